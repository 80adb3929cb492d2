package org.tradecert.codelist;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads comma-separated records as RFC 4180 writes them: fields in double quotes may hold commas, quotes (doubled) and line breaks. */
public final class Csv {

    private final BufferedReader reader;
    private long line;

    public Csv(BufferedReader reader) {
        this.reader = reader;
    }

    /** The line number where the last record returned started. */
    public long line() {
        return line;
    }

    /** Returns the next record, or null at the end of the input. */
    public List<String> next() throws IOException {
        String text = reader.readLine();
        if (text == null) {
            return null;
        }
        line++;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (true) {
            if (i == text.length()) {
                if (!quoted) {
                    break;
                }
                String more = reader.readLine();
                if (more == null) {
                    throw new IOException("a quoted field opened on line " + line + " is never closed");
                }
                field.append('\n');
                text = more;
                i = 0;
                continue;
            }
            char c = text.charAt(i++);
            if (quoted) {
                if (c == '"') {
                    if (i < text.length() && text.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
