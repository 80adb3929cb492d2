package org.tradecert.report;

import org.tradecert.api.DocumentResult;
import org.tradecert.api.Provenance;
import org.tradecert.api.RunSummary;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * A report in one format, written while a run streams past: {@link #begin} once with what the
 * run uses, {@link #accept} once per result in input order, {@link #end} once with the totals,
 * then {@link #close}. A writer keeps only what its format needs before the end (the HTML page
 * spools its sections to a temporary file), so memory does not grow with the number of inputs.
 *
 * <pre>
 * RunSummary summary = new RunSummary(options.failOn());
 * try (ReportWriter report = ReportWriters.openAll(formats, System.out, locale, options)) {
 *     report.begin(validator.provenance());
 *     validator.validatePaths(paths, report.sink(summary));
 *     report.end(summary);
 * }
 * </pre>
 *
 * <p>A writer is not thread-safe; the engine hands results to its sink one at a time.
 */
public interface ReportWriter extends Closeable {

    /** Starts the report with what the run uses: tool, rule pack, schemas, code lists, registry and configuration. */
    void begin(Provenance provenance) throws IOException;

    /** Adds the result of one input; results must arrive in input order. */
    void accept(DocumentResult result) throws IOException;

    /** Finishes the report with the totals of the run and flushes it. */
    void end(RunSummary summary) throws IOException;

    /**
     * Releases what the writer opened itself (a report file, a temporary spool file). A stream
     * handed to the writer by its caller, such as standard output, stays open.
     */
    @Override
    default void close() throws IOException {
    }

    /**
     * Returns a sink for {@code Validator.validate} that adds each result to the summary and then
     * to this report. An {@link IOException} of the report is rethrown as {@link UncheckedIOException}.
     */
    default Consumer<DocumentResult> sink(RunSummary summary) {
        return result -> {
            summary.add(result);
            try {
                accept(result);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
