package org.tradecert.report;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One report a run writes: its format and where it goes, parsed from a {@code --format} value
 * such as {@code text}, {@code sarif=build/tradecert.sarif} or {@code json=-}. Without a path,
 * or with {@code -}, the report goes to standard output.
 *
 * @param path the report file, or null for standard output
 */
public record ReportFormat(Kind kind, Path path) {

    /** The report formats, by the name {@code --format} uses. */
    public enum Kind {
        TEXT("text"),
        JSON("json"),
        JUNIT("junit"),
        SARIF("sarif"),
        HTML("html");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** Returns the name on the command line, e.g. {@code junit}. */
        public String id() {
            return id;
        }

        static Kind byId(String id) {
            for (Kind kind : values()) {
                if (kind.id.equals(id)) {
                    return kind;
                }
            }
            return null;
        }
    }

    public ReportFormat {
        if (kind == null) {
            throw new IllegalArgumentException("a report format needs a kind");
        }
    }

    public boolean toStandardOutput() {
        return path == null;
    }

    /**
     * Parses one {@code --format} value: a format name, optionally followed by {@code =PATH}.
     * Names are case-insensitive; {@code -} as the path means standard output.
     *
     * @throws ReportFormatException when the name is unknown or the path is empty or not a valid path
     */
    public static ReportFormat parse(String value) {
        if (value == null || value.isBlank()) {
            throw new ReportFormatException("report.format.empty", knownNames());
        }
        String text = value.strip();
        int equals = text.indexOf('=');
        String name = (equals < 0 ? text : text.substring(0, equals)).strip().toLowerCase(Locale.ROOT);
        Kind kind = Kind.byId(name);
        if (kind == null) {
            throw new ReportFormatException("report.format.unknown", ControlCharacters.escape(name), knownNames());
        }
        if (equals < 0) {
            return new ReportFormat(kind, null);
        }

        String location = text.substring(equals + 1).strip();
        if (location.isEmpty()) {
            throw new ReportFormatException("report.format.emptyPath", kind.id());
        }
        if (location.equals("-")) {
            return new ReportFormat(kind, null);
        }
        try {
            return new ReportFormat(kind, Path.of(location));
        } catch (InvalidPathException e) {
            throw new ReportFormatException("report.format.badPath", ControlCharacters.escape(location), e.getReason());
        }
    }

    /**
     * Parses every {@code --format} value of a command line, in order. At most one report may go
     * to standard output, and no two reports to the same file, because their bytes would mix.
     */
    public static List<ReportFormat> parseAll(List<String> values) {
        List<ReportFormat> formats = new ArrayList<>();
        ReportFormat toStandardOutput = null;
        Map<Path, ReportFormat> byFile = new HashMap<>();
        for (String value : values) {
            ReportFormat format = parse(value);
            if (format.toStandardOutput()) {
                if (toStandardOutput != null) {
                    throw new ReportFormatException("report.format.twoOnStandardOutput", toStandardOutput.kind().id(), format.kind().id());
                }
                toStandardOutput = format;
            } else {
                ReportFormat earlier = byFile.putIfAbsent(format.path().toAbsolutePath().normalize(), format);
                if (earlier != null) {
                    throw new ReportFormatException("report.format.samePath", earlier.kind().id(), format.kind().id(),
                            ControlCharacters.escape(format.path().toString()));
                }
            }
            formats.add(format);
        }
        return List.copyOf(formats);
    }

    private static String knownNames() {
        List<String> names = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            names.add(kind.id());
        }
        return String.join(", ", names);
    }

    /** Returns the value as it would be written on a command line, e.g. {@code sarif=out.sarif}. */
    @Override
    public String toString() {
        return path == null ? kind.id() : kind.id() + "=" + path;
    }
}
