package org.tradecert.api;

/**
 * Where a finding applies: the file, the submission when the document came in an envelope,
 * and inside the document an XPath with line and column for XML or a JSON Pointer for JSON.
 * Any part may be null when it does not apply.
 */
public record Location(String file, String submissionId, String xpath, Integer line, Integer column, String jsonPointer) {

    public static Location ofFile(String file) {
        return new Location(file, null, null, null, null, null);
    }

    public Location withSubmission(String id) {
        return new Location(file, id, xpath, line, column, jsonPointer);
    }

    public Location withFile(String name) {
        return new Location(name, submissionId, xpath, line, column, jsonPointer);
    }

    /** A short human form: {@code file:line:column xpath} or {@code file pointer}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (file != null) {
            text.append(file);
        }
        if (line != null && line > 0) {
            text.append(':').append(line);
            if (column != null && column > 0) {
                text.append(':').append(column);
            }
        }
        if (xpath != null) {
            text.append(text.length() > 0 ? " " : "").append(xpath);
        }
        if (jsonPointer != null) {
            text.append(text.length() > 0 ? " " : "").append(jsonPointer.isEmpty() ? "/" : jsonPointer);
        }
        return text.toString();
    }
}
