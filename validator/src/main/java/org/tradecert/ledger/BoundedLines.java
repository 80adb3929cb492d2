package org.tradecert.ledger;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads a ledger export line by line without ever holding more than a set number of characters
 * of one line. A hostile export with a line of gigabytes is reported as too long, and the lines
 * after it are still read.
 */
final class BoundedLines {

    /** The marker {@link #next} returns for a line over the limit, whose characters are skipped. */
    static final String TOO_LONG = new String("line too long");

    private final Reader reader;
    private final int maxChars;
    private final StringBuilder line = new StringBuilder();

    BoundedLines(Reader reader, int maxChars) {
        this.reader = reader;
        this.maxChars = maxChars;
    }

    /** Returns the next line without its end, {@link #TOO_LONG} (compare by identity), or null at the end of the input. */
    String next() throws IOException {
        line.setLength(0);
        boolean tooLong = false;
        int c = reader.read();
        if (c == -1) {
            return null;
        }

        while (c != -1 && c != '\n') {
            if (!tooLong && line.length() < maxChars) {
                line.append((char) c);
            } else {
                tooLong = true;
                line.setLength(0);
            }
            c = reader.read();
        }
        if (tooLong) {
            return TOO_LONG;
        }
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            line.setLength(end - 1);
        }
        return line.toString();
    }
}
