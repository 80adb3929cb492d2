package org.tradecert.cli.schema;

import org.tradecert.schema.generate.SchemaBuild;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * A temporary copy of the repository's models and schema tree with the transport event
 * fixture releases of the schemas module built into it, for driving the governance commands.
 */
final class Fixtures {

    static final Path SCHEMAS = Path.of("../schemas");
    static final Path FIXTURES = SCHEMAS.resolve("src/test/resources/org/tradecert/schema/governance/fixtures");

    final Path model;
    final Path tree;

    private Fixtures(Path model, Path tree) {
        this.model = model;
        this.tree = tree;
    }

    static Fixtures copy(Path folder) throws IOException {
        Path model = folder.resolve("model");
        Path tree = folder.resolve("tree");
        copyTree(SCHEMAS.resolve("model"), model);
        copyTree(SCHEMAS.resolve("src/main/resources/org/tradecert/schemas"), tree);
        return new Fixtures(model, tree);
    }

    /** Lays a fixture model over its type and builds the tree. */
    Fixtures release(String fixture) throws Exception {
        Files.copy(FIXTURES.resolve(fixture + ".yaml"), model.resolve(fixture.substring(0, fixture.lastIndexOf('-')) + ".yaml"),
                StandardCopyOption.REPLACE_EXISTING);
        SchemaBuild.Result result = new SchemaBuild().write(model, tree);
        if (!result.problems().isEmpty()) {
            throw new IllegalStateException(fixture + " does not build: " + result.problems());
        }
        return this;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
