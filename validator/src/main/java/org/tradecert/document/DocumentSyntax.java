package org.tradecert.document;

/** The two syntaxes of the standard, and what a file that is neither looks like. */
public enum DocumentSyntax {
    XML, JSON, UNKNOWN;

    /** Tells the syntax from the first character after an optional UTF-8 byte-order mark and white space. */
    public static DocumentSyntax sniff(byte[] bytes) {
        int i = JsonReading.hasUtf8Bom(bytes) ? 3 : 0;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
            i++;
        }
        if (i == bytes.length) {
            return UNKNOWN;
        }
        return switch (bytes[i]) {
            case '<' -> XML;
            case '{', '[' -> JSON;
            default -> UNKNOWN;
        };
    }

    public String mediaType() {
        return switch (this) {
            case XML -> "application/xml";
            case JSON -> "application/json";
            default -> "application/octet-stream";
        };
    }
}
