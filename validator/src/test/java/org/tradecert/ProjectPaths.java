package org.tradecert;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Locations the tests read in place: the project's examples and the shared data beside the checkout. */
public final class ProjectPaths {

    private ProjectPaths() {
    }

    /** The repository root: the first directory upwards from the working directory that holds examples/. */
    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("examples")) && Files.exists(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("schemas"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("the repository root (with examples/ and schemas/) is not above " + Path.of("").toAbsolutePath());
    }

    public static Path examples() {
        return root().resolve("examples");
    }

    /**
     * A path under the shared data folder beside the repository; skips the calling test with
     * a clear message when the folder is absent, as on a fresh clone.
     */
    public static Path shared(String relative) {
        Path path = root().resolve("..").resolve("shared").resolve(relative).normalize();
        Assumptions.assumeTrue(Files.exists(path), "skipped: " + path + " is absent (a fresh clone has no ../shared)");
        return path;
    }

    /** Every regular file under a directory with one of the given extensions, sorted. */
    public static List<Path> files(Path directory, String... extensions) {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> Stream.of(extensions).anyMatch(e -> p.getFileName().toString().endsWith(e)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
