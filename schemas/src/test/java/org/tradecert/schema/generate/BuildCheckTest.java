package org.tradecert.schema.generate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The build's guard: committed schemas equal what the model generates, and released files never change. */
class BuildCheckTest {

    private static final Path MODEL = Path.of("model");
    private static final Path TREE = Path.of("src/main/resources/org/tradecert/schemas");

    @Test
    void committedTreeMatchesModel() throws IOException {
        assertThat(BuildCheck.check(MODEL, TREE)).isEmpty();
    }

    @Test
    void changedCharacterInGeneratedSchemaIsNamed(@TempDir Path temp) throws IOException {
        Path tree = copy(TREE, temp.resolve("tree"));
        Path xsd = tree.resolve("commercial-invoice/1.0.0/xsd/commercial-invoice.xsd");
        replaceFirst(xsd, "minOccurs=\"0\"", "minOccurs=\"1\"");

        List<String> problems = BuildCheck.check(MODEL, tree);

        assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p).contains(xsd.toString()));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("differs from what the model generates"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("released commercial-invoice 1.0.0 changed"));
    }

    @Test
    void changedReleasedFileIsNamed(@TempDir Path temp) throws Exception {
        Path tree = copy(TREE, temp.resolve("tree"));
        Path released = tree.resolve("packing-list/1.0.0/json/packing-list.schema.json");
        replaceFirst(released, "\"minItems\": 1", "\"minItems\": 2");

        List<String> problems = BuildCheck.check(MODEL, tree);

        assertThat(problems).anySatisfy(p -> assertThat(p).contains(released.toString()).contains("released packing-list 1.0.0 changed"));
    }

    @Test
    void firstBuildOfReleasedModelRecordsDigests(@TempDir Path temp) throws Exception {
        Path tree = temp.resolve("tree");

        SchemaBuild.Result result = new SchemaBuild().write(MODEL, tree);

        assertThat(result.problems()).isEmpty();
        assertThat(result.manifest().find("packing-list", "1.0.0").orElseThrow().files())
                .containsKey("packing-list/1.0.0/xsd/packing-list.xsd");
        assertThat(Files.readString(tree.resolve(SchemaLayout.RELEASE_MANIFEST)))
                .isEqualTo(Files.readString(TREE.resolve(SchemaLayout.RELEASE_MANIFEST)));
    }

    @Test
    void buildRefusesToChangeReleasedVersion(@TempDir Path temp) throws Exception {
        Path model = copy(MODEL, temp.resolve("model"));
        Path tree = copy(TREE, temp.resolve("tree"));
        byte[] before = Files.readAllBytes(tree.resolve("packing-list/1.0.0/xsd/packing-list.xsd"));

        replaceFirst(model.resolve("packing-list.yaml"), "card: 0..1", "card: 1..1");
        SchemaBuild.Result second = new SchemaBuild().write(model, tree);

        assertThat(second.problems()).isNotEmpty()
                .allSatisfy(p -> assertThat(p).contains("released packing-list 1.0.0").contains("declare a new version"));
        assertThat(Files.readAllBytes(tree.resolve("packing-list/1.0.0/xsd/packing-list.xsd"))).isEqualTo(before);
    }

    @Test
    void strayFileInVersionFolderIsNamed(@TempDir Path temp) throws IOException {
        Path tree = copy(TREE, temp.resolve("tree"));
        Path stray = tree.resolve("booking/1.0.0/xsd/booking-extension.xsd");
        Files.writeString(stray, "<xsd:schema/>");

        assertThat(BuildCheck.check(MODEL, tree)).anySatisfy(p -> assertThat(p).contains(stray.toString()).contains("not generated"));
    }

    static Path copy(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path destination = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(file, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return target;
    }

    static void replaceFirst(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).as(file + " contains " + from).contains(from);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to), StandardCharsets.UTF_8);
    }
}
