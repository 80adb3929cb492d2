package org.tradecert.schema.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often a property may occur, written {@code min..max} in the model with {@code n} for
 * unbounded, as in UN/CEFACT BIE cardinalities.
 */
public record Cardinality(int min, int max) {

    public static final int UNBOUNDED = -1;

    private static final Pattern FORM = Pattern.compile("(\\d{1,4})\\.\\.(\\d{1,4}|n)");

    public static Cardinality parse(String text) {
        Matcher matcher = FORM.matcher(text == null ? "" : text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("cardinality '" + text + "' is not of the form min..max, for example 0..1, 1..1, 0..n");
        }
        int min = Integer.parseInt(matcher.group(1));
        int max = "n".equals(matcher.group(2)) ? UNBOUNDED : Integer.parseInt(matcher.group(2));
        return new Cardinality(min, max);
    }

    public boolean required() {
        return min > 0;
    }

    public boolean repeatable() {
        return max == UNBOUNDED || max > 1;
    }

    public boolean unbounded() {
        return max == UNBOUNDED;
    }

    /** True when max is at least min and at least one, so the property can occur at all. */
    public boolean sane() {
        return max == UNBOUNDED || (max >= 1 && max >= min);
    }

    @Override
    public String toString() {
        return min + ".." + (max == UNBOUNDED ? "n" : Integer.toString(max));
    }
}
