package org.tradecert.document;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The checks made on the raw bytes of a document before any parser sees them: not empty, text
 * rather than binary, UTF-8 (a byte-order mark is accepted), an XML declaration that names no
 * other encoding, and no document type declaration. Each returns a problem naming the rule,
 * so a hostile or broken file is refused with a precise reason before parsing starts.
 */
public final class InputScreen {

    /** How far into the file to look for NUL bytes when telling binary from text. */
    private static final int BINARY_PROBE = 8192;

    private InputScreen() {
    }

    /** The first problem of the bytes, or null when they may be parsed. */
    public static DocumentReader.Problem check(byte[] bytes) {
        if (bytes.length == 0) {
            return new DocumentReader.Problem(DocumentReader.ProblemKind.EMPTY, null, null, null);
        }
        String wide = DocumentSyntax.wideEncoding(bytes);
        if (wide != null) {
            return new DocumentReader.Problem(DocumentReader.ProblemKind.ENCODING, wide, 1, 1);
        }
        DocumentSyntax syntax = DocumentSyntax.sniff(bytes);
        if (syntax == DocumentSyntax.UNKNOWN) {
            return binary(bytes) ? new DocumentReader.Problem(DocumentReader.ProblemKind.BINARY, start(bytes), 1, 1)
                    : new DocumentReader.Problem(DocumentReader.ProblemKind.NOT_XML_OR_JSON, start(bytes), 1, 1);
        }
        int invalid = invalidUtf8(bytes);
        if (invalid >= 0) {
            int[] place = place(bytes, invalid);
            return new DocumentReader.Problem(DocumentReader.ProblemKind.ENCODING,
                    String.format(Locale.ROOT, "byte 0x%02X at offset %d", bytes[invalid] & 0xFF, invalid), place[0], place[1]);
        }
        if (syntax == DocumentSyntax.XML) {
            String declared = declaredEncoding(bytes);
            if (declared != null && !declared.equalsIgnoreCase("UTF-8")) {
                return new DocumentReader.Problem(DocumentReader.ProblemKind.DECLARED_ENCODING, declared, 1, 1);
            }
            int doctype = doctypeOffset(bytes);
            if (doctype >= 0) {
                int[] place = place(bytes, doctype);
                return new DocumentReader.Problem(DocumentReader.ProblemKind.XML_DTD, null, place[0], place[1]);
            }
        }
        return null;
    }

    private static boolean binary(byte[] bytes) {
        int end = Math.min(bytes.length, BINARY_PROBE);
        for (int i = 0; i < end; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        int invalid = invalidUtf8(java.util.Arrays.copyOf(bytes, end));
        return invalid >= 0 && invalid < end - 3;
    }

    /** The first characters of the file, made printable, for the message. */
    private static String start(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (int i = JsonReading.hasUtf8Bom(bytes) ? 3 : 0; i < bytes.length && text.length() < 16; i++) {
            int b = bytes[i] & 0xFF;
            if (b >= 0x20 && b < 0x7F) {
                text.append((char) b);
            } else {
                text.append(String.format(Locale.ROOT, "\\x%02X", b));
            }
        }
        return text.toString();
    }

    /**
     * The offset of the first byte that is not part of well-formed UTF-8 (RFC 3629: no overlong
     * forms, no encoded surrogates, nothing above U+10FFFF), or -1. A leading byte-order mark is fine.
     */
    static int invalidUtf8(byte[] bytes) {
        int i = JsonReading.hasUtf8Bom(bytes) ? 3 : 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length;
            int minimum;
            if (b >= 0xC2 && b <= 0xDF) {
                length = 2;
                minimum = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                length = 3;
                minimum = 0x800;
            } else if (b >= 0xF0 && b <= 0xF4) {
                length = 4;
                minimum = 0x10000;
            } else {
                return i;
            }
            if (i + length > bytes.length) {
                return i;
            }
            int code = b & (0xFF >> (length + 1));
            for (int k = 1; k < length; k++) {
                int next = bytes[i + k] & 0xFF;
                if ((next & 0xC0) != 0x80) {
                    return i;
                }
                code = (code << 6) | (next & 0x3F);
            }
            if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
                return i;
            }
            i += length;
        }
        return -1;
    }

    /** The encoding named in the XML declaration, or null when there is none. */
    static String declaredEncoding(byte[] bytes) {
        int start = JsonReading.hasUtf8Bom(bytes) ? 3 : 0;
        if (!startsWith(bytes, start, "<?xml")) {
            return null;
        }
        int end = indexOf(bytes, start, "?>", 512);
        if (end < 0) {
            return null;
        }
        String declaration = new String(bytes, start, end - start, StandardCharsets.US_ASCII);
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("encoding\\s*=\\s*[\"']([^\"']*)[\"']").matcher(declaration);
        return matcher.find() ? matcher.group(1) : null;
    }

    /**
     * Where a {@code <!DOCTYPE} stands in the prolog, or -1. Only the prolog is searched (the
     * declaration, comments, processing instructions and white space before the root element),
     * so the same characters inside a comment or text later on are not mistaken for it.
     */
    static int doctypeOffset(byte[] bytes) {
        int i = JsonReading.hasUtf8Bom(bytes) ? 3 : 0;
        while (i < bytes.length) {
            byte b = bytes[i];
            if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
                i++;
            } else if (startsWith(bytes, i, "<?")) {
                int end = indexOf(bytes, i, "?>", Integer.MAX_VALUE);
                if (end < 0) {
                    return -1;
                }
                i = end + 2;
            } else if (startsWith(bytes, i, "<!--")) {
                int end = indexOf(bytes, i + 4, "-->", Integer.MAX_VALUE);
                if (end < 0) {
                    return -1;
                }
                i = end + 3;
            } else if (startsWith(bytes, i, "<!DOCTYPE")) {
                return i;
            } else {
                return -1;
            }
        }
        return -1;
    }

    /** Line and column, from 1, of a byte offset; columns count characters, not bytes. */
    static int[] place(byte[] bytes, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new int[] {line, column};
    }

    private static boolean startsWith(byte[] bytes, int at, String prefix) {
        if (at + prefix.length() > bytes.length) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (bytes[at + k] != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, int from, String needle, int within) {
        int end = (int) Math.min(bytes.length - (long) needle.length(), (long) from + within);
        for (int i = from; i <= end; i++) {
            if (startsWith(bytes, i, needle)) {
                return i;
            }
        }
        return -1;
    }
}
