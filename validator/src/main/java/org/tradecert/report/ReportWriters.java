package org.tradecert.report;

import org.tradecert.api.DocumentResult;
import org.tradecert.api.Provenance;
import org.tradecert.api.RunSummary;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Opens report writers for the {@code --format} values of a command line. */
public final class ReportWriters {

    private ReportWriters() {
    }

    /**
     * Opens the writer of one report. A report with a path is written to that file, created or
     * replaced, without colours; closing the writer closes the file. A report without a path is
     * written to {@code standardOutput}, which stays open.
     */
    public static ReportWriter open(ReportFormat format, OutputStream standardOutput, Locale locale, ReportOptions options) throws IOException {
        if (format.toStandardOutput()) {
            return open(format.kind(), standardOutput, locale, options);
        }
        Path file = format.path();
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
        try {
            return new FileReportWriter(open(format.kind(), out, locale, options.withColour(false)), out);
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
    }

    /** Opens a writer of the given format on a stream the caller owns; closing the writer leaves the stream open. */
    public static ReportWriter open(ReportFormat.Kind kind, OutputStream out, Locale locale, ReportOptions options) throws IOException {
        ReportTexts texts = new ReportTexts(locale);
        return switch (kind) {
            case TEXT -> new TextReportWriter(out, texts, options);
            case JSON -> new JsonReportWriter(out, texts, options);
            case JUNIT -> new JunitReportWriter(out, texts, options);
            case SARIF -> new SarifReportWriter(out, texts, options);
            case HTML -> new HtmlReportWriter(out, texts, options);
        };
    }

    /**
     * Opens one writer for every report, as {@link ReportFormat#parseAll} returned them, behind a
     * single writer that hands each call to all of them in order. Closing it closes them all.
     */
    public static ReportWriter openAll(List<ReportFormat> formats, OutputStream standardOutput, Locale locale, ReportOptions options)
            throws IOException {
        List<ReportWriter> writers = new ArrayList<>();
        try {
            for (ReportFormat format : formats) {
                writers.add(open(format, standardOutput, locale, options));
            }
        } catch (IOException | RuntimeException e) {
            closeAll(writers, e);
            throw e;
        }
        return writers.size() == 1 ? writers.get(0) : new AllReportWriters(writers);
    }

    private static void closeAll(List<ReportWriter> writers, Throwable cause) {
        for (ReportWriter writer : writers) {
            try {
                writer.close();
            } catch (IOException | RuntimeException e) {
                cause.addSuppressed(e);
            }
        }
    }

    /** A writer to a file it opened itself, which it closes after the writer. */
    private static final class FileReportWriter implements ReportWriter {

        private final ReportWriter writer;
        private final OutputStream file;

        FileReportWriter(ReportWriter writer, OutputStream file) {
            this.writer = writer;
            this.file = file;
        }

        @Override
        public void begin(Provenance provenance) throws IOException {
            writer.begin(provenance);
        }

        @Override
        public void accept(DocumentResult result) throws IOException {
            writer.accept(result);
        }

        @Override
        public void end(RunSummary summary) throws IOException {
            writer.end(summary);
            file.flush();
        }

        @Override
        public void close() throws IOException {
            try (OutputStream closing = file) {
                writer.close();
            }
        }
    }

    /** Several reports of one run, each given every call in order. */
    private static final class AllReportWriters implements ReportWriter {

        private final List<ReportWriter> writers;

        AllReportWriters(List<ReportWriter> writers) {
            this.writers = List.copyOf(writers);
        }

        @Override
        public void begin(Provenance provenance) throws IOException {
            for (ReportWriter writer : writers) {
                writer.begin(provenance);
            }
        }

        @Override
        public void accept(DocumentResult result) throws IOException {
            for (ReportWriter writer : writers) {
                writer.accept(result);
            }
        }

        @Override
        public void end(RunSummary summary) throws IOException {
            for (ReportWriter writer : writers) {
                writer.end(summary);
            }
        }

        /** Closes every writer, even when one fails; the first failure is thrown with the others suppressed. */
        @Override
        public void close() throws IOException {
            IOException first = null;
            for (ReportWriter writer : writers) {
                try {
                    writer.close();
                } catch (IOException e) {
                    if (first == null) {
                        first = e;
                    } else {
                        first.addSuppressed(e);
                    }
                }
            }
            if (first != null) {
                throw first;
            }
        }
    }
}
