package org.tradecert.selftest;

/**
 * One way the run of a case differs from what the case expects.
 *
 * @param ruleId   the rule concerned; null for a layer difference
 * @param expected for {@link Kind#COUNT}, the number of findings the case expects
 * @param actual   for {@link Kind#COUNT}, the number of findings the run gave
 * @param detail   for {@link Kind#NOT_PASSED}, the rule's most telling outcome ({@code error}, {@code failed},
 *                 {@code not-applicable}) or {@code not-run}; for {@link Kind#LAYER_ERROR}, the layer and what stopped it
 */
public record Difference(Kind kind, String ruleId, int expected, int actual, String detail) {

    public enum Kind {
        /** A rule gave another number of findings than expected; 0 on either side means missing or unexpected. */
        COUNT,
        /** On a passing case the rule did not run and hold: it was not applicable, or it broke. */
        NOT_PASSED,
        /** A layer stopped with an error the case does not expect. */
        LAYER_ERROR,
        /** The case expects a layer to stop with an error, and every layer finished. */
        NO_LAYER_ERROR
    }

    static Difference count(String ruleId, int expected, int actual) {
        return new Difference(Kind.COUNT, ruleId, expected, actual, null);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case COUNT -> ruleId + ": expected " + expected + " finding(s), got " + actual;
            case NOT_PASSED -> ruleId + " did not run and pass: " + detail;
            case LAYER_ERROR -> "layer in error: " + detail;
            case NO_LAYER_ERROR -> "no layer stopped with an error";
        };
    }
}
