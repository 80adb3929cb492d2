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

    /**
     * The name of a UTF-16 or UTF-32 encoding the bytes start with (by byte-order mark or by the
     * zero bytes of an ASCII first character), or null. The standard accepts UTF-8 only.
     */
    public static String wideEncoding(byte[] bytes) {
        if (bytes.length >= 4 && bytes[0] == 0 && bytes[1] == 0 && (bytes[2] == 0 || (bytes[2] & 0xFF) == 0xFE)) {
            return "UTF-32BE";
        }
        if (bytes.length >= 4 && bytes[2] == 0 && bytes[3] == 0 && (bytes[1] == 0 || (bytes[1] & 0xFF) == 0xFE)) {
            return "UTF-32LE";
        }
        if (bytes.length >= 2 && (((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) || (bytes[0] == 0 && bytes[1] != 0))) {
            return "UTF-16BE";
        }
        if (bytes.length >= 2 && (((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) || (bytes[0] != 0 && bytes[1] == 0))) {
            return "UTF-16LE";
        }
        return null;
    }

    public String mediaType() {
        return switch (this) {
            case XML -> "application/xml";
            case JSON -> "application/json";
            default -> "application/octet-stream";
        };
    }
}
