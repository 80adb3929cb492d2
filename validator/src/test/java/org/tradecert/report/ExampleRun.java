package org.tradecert.report;

import org.tradecert.ProjectPaths;
import org.tradecert.api.DocumentResult;
import org.tradecert.api.Provenance;
import org.tradecert.api.RunSummary;
import org.tradecert.engine.Validator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A real validation run over the valid and invalid example documents and one path that does
 * not exist, and the helpers the report tests use to render it. Paths are relative to the
 * module directory, as a user in a checkout would give them.
 */
record ExampleRun(Provenance provenance, List<DocumentResult> results) {

    static final Path VALID = relative(ProjectPaths.examples().resolve("documents/valid"));
    static final Path INVALID = relative(ProjectPaths.examples().resolve("documents/invalid"));
    static final Path MISSING = relative(ProjectPaths.examples().resolve("documents/no-such-document.xml"));

    private static ExampleRun examples;

    /** Returns the run over the examples, validated once and shared by the tests of this package. */
    static synchronized ExampleRun examples() {
        if (examples == null) {
            examples = run(Validator.builder().build(), List.of(VALID, INVALID, MISSING));
        }
        return examples;
    }

    static ExampleRun run(Validator validator, List<Path> paths) {
        List<DocumentResult> results = new ArrayList<>();
        validator.validatePaths(paths, results::add);
        return new ExampleRun(validator.provenance(), List.copyOf(results));
    }

    /** Renders the run in one format, with a fresh summary at the options' threshold. */
    byte[] render(ReportFormat.Kind kind, Locale locale, ReportOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RunSummary summary = new RunSummary(options.failOn());
        try (ReportWriter writer = ReportWriters.open(kind, out, locale, options)) {
            writer.begin(provenance);
            for (DocumentResult result : results) {
                summary.add(result);
                writer.accept(result);
            }
            writer.end(summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    String renderText(ReportFormat.Kind kind, Locale locale, ReportOptions options) {
        return new String(render(kind, locale, options), StandardCharsets.UTF_8);
    }

    List<DocumentResult> under(Path directory) {
        return results.stream().filter(result -> Path.of(result.source()).startsWith(directory)).toList();
    }

    DocumentResult bySource(Path file) {
        return results.stream().filter(result -> Path.of(result.source()).equals(file)).findFirst()
                .orElseThrow(() -> new AssertionError("no result for " + file));
    }

    private static Path relative(Path path) {
        return Path.of("").toAbsolutePath().relativize(path);
    }
}
