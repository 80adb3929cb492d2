package org.tradecert.schema.governance;

import org.tradecert.schema.generate.SchemaBuild;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * A copy of the repository's models and schema tree in a temporary folder, with fixture model
 * files laid over it one after another and built each time, the way the committee edits a
 * model file and runs {@code schema build} for each release.
 */
public final class FixtureRepository {

    public static final Path MODEL = Path.of("model");
    public static final Path TREE = Path.of("src/main/resources/org/tradecert/schemas");
    public static final String FIXTURES = "/org/tradecert/schema/governance/fixtures/";

    private final Path model;
    private final Path tree;

    private FixtureRepository(Path model, Path tree) {
        this.model = model;
        this.tree = tree;
    }

    /** Copies the released models and tree into {@code folder}. */
    public static FixtureRepository copy(Path folder) throws IOException {
        Path model = folder.resolve("model");
        Path tree = folder.resolve("tree");
        copyTree(MODEL, model);
        copyTree(TREE, tree);
        return new FixtureRepository(model, tree);
    }

    public Path model() {
        return model;
    }

    public Path tree() {
        return tree;
    }

    /** Lays one fixture model file over its document type and rebuilds the tree; fails on any build problem. */
    public FixtureRepository release(String fixture) throws Exception {
        place(fixture);
        SchemaBuild.Result result = new SchemaBuild().write(model, tree);
        if (!result.problems().isEmpty()) {
            throw new IllegalStateException("fixture " + fixture + " does not build: " + result.problems());
        }
        return this;
    }

    /** Lays one fixture model file over its document type without building. */
    public FixtureRepository place(String fixture) throws IOException {
        String type = fixture.substring(0, fixture.lastIndexOf('-'));
        try (var in = FixtureRepository.class.getResourceAsStream(FIXTURES + fixture + ".yaml")) {
            if (in == null) {
                throw new IOException("no fixture " + fixture);
            }
            Files.copy(in, model.resolve(type + ".yaml"), StandardCopyOption.REPLACE_EXISTING);
        }
        return this;
    }

    /** Applies a text replacement to a model file; fails when the text is not there. */
    public FixtureRepository edit(String file, String from, String to) throws IOException {
        Path path = model.resolve(file);
        String text = Files.readString(path);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(file + " does not contain: " + from);
        }
        Files.writeString(path, text.replace(from, to));
        return this;
    }

    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    public static List<String> fixtures() {
        return List.of("transport-event-1.1.0", "transport-event-2.0.0", "transport-event-1.2.0");
    }
}
