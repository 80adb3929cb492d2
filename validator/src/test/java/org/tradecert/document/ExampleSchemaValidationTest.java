package org.tradecert.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tradecert.ProjectPaths;
import org.tradecert.schema.catalog.SchemaCatalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every valid example, XML and JSON, passes its XML Schema (JAXP) or JSON Schema (networknt);
 * every invalid example whose sidecar names the schema layer fails, and the validator's
 * message names what its sidecar mentions. Examples of later layers are schema-valid on purpose.
 */
class ExampleSchemaValidationTest {

    private static final DocumentReader READER = new DocumentReader(SchemaCatalog.bundled());
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TestFactory
    Stream<DynamicTest> validExamplesPassTheirSchema() {
        List<Path> files = ProjectPaths.files(ProjectPaths.examples().resolve("documents/valid"), ".xml", ".json");
        assertThat(files).as("valid examples").hasSizeGreaterThanOrEqualTo(2 * 8);
        return files.stream().map(file -> DynamicTest.dynamicTest(ProjectPaths.examples().relativize(file).toString(), () -> {
            DocumentReader.Result result = READER.read(Files.readAllBytes(file), file.toString(), null, Locale.ENGLISH, true);

            assertThat(result.parseError()).as("parse error").isNull();
            assertThat(result.typeError()).as("type error").isNull();
            assertThat(result.violations()).as("schema violations").isEmpty();
            assertThat(result.bound()).as("bound Java model").isNotNull();
        }));
    }

    @TestFactory
    Stream<DynamicTest> invalidExamplesFailForTheirStatedReason() {
        List<Path> files = ProjectPaths.files(ProjectPaths.examples().resolve("documents/invalid"), ".xml", ".json").stream()
                .filter(file -> sidecarLayer(file).equals("schema"))
                .toList();
        assertThat(files).as("invalid examples").hasSizeGreaterThanOrEqualTo(2 * 8);
        return files.stream().map(file -> DynamicTest.dynamicTest(ProjectPaths.examples().relativize(file).toString(), () -> {
            JsonNode sidecar = sidecar(file);
            boolean xml = file.toString().endsWith(".xml");
            String mentioned = sidecar.path("mentions").path(xml ? "xml" : "json").asText();

            DocumentReader.Result result = READER.read(Files.readAllBytes(file), file.toString(), null, Locale.ENGLISH, false);

            assertThat(result.release()).as("document type found").isNotNull();
            assertThat(result.release().id()).as("document type").isEqualTo(sidecar.path("type").asText());
            assertThat(result.violations()).as("schema violations").isNotEmpty();
            assertThat(result.violations())
                    .as("a violation names '%s'", mentioned)
                    .anySatisfy(v -> assertThat(v.message() + " " + v.location()).contains(mentioned));
        }));
    }

    private static String sidecarLayer(Path example) {
        try {
            return sidecar(example).path("layer").asText();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static JsonNode sidecar(Path example) throws IOException {
        String name = example.getFileName().toString();
        Path sidecar = example.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expect.yaml");
        assertThat(sidecar).as("sidecar of " + name).exists();
        return YAML.readTree(sidecar.toFile());
    }
}
