package org.tradecert.report;

/**
 * Visible escapes for characters that must not reach a reader raw: C0 and C1 controls, DEL,
 * the Unicode bidirectional controls, the line and paragraph separators, the byte-order mark,
 * the noncharacters U+FFFE and U+FFFF, and unpaired surrogates.
 *
 * <p>Document data (file names, values, JSON member names in pointers) can contain any of
 * them. On a terminal an ESC starts an escape sequence that can recolour the text, move the
 * cursor or retitle the window. A newline can forge report lines, and bidirectional controls
 * reorder the displayed text. XML 1.0 cannot carry most C0 controls at all, not even as
 * character references.
 * The escapes are {@code \n}, {@code \r}, {@code \t} and {@code \}{@code uXXXX} otherwise.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** Returns the text with every unsafe character replaced by its visible escape; null stays null. */
    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }

        StringBuilder escaped = new StringBuilder(text.length() + 16);
        escaped.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                escaped.append(c).append(text.charAt(i + 1));
                i++;
            } else if (unsafe(c)) {
                appendEscape(escaped, c);
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** True when the text contains a character that {@link #escape(String)} would replace. */
    public static boolean containsUnsafe(String text) {
        return text != null && firstUnsafe(text) >= 0;
    }

    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (unsafe(c)) {
                return i;
            }
        }
        return -1;
    }

    /** True for a character (or a surrogate found unpaired) that is escaped. */
    static boolean unsafe(char c) {
        return c < 0x20
                || (c >= 0x7F && c <= 0x9F)
                || c == 0x061C
                || c == 0x200E || c == 0x200F
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069)
                || c == 0x2028 || c == 0x2029
                || c == 0xFEFF
                || c == 0xFFFE || c == 0xFFFF
                || Character.isSurrogate(c);
    }

    private static void appendEscape(StringBuilder out, char c) {
        switch (c) {
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> out.append(String.format("\\u%04X", (int) c));
        }
    }
}
