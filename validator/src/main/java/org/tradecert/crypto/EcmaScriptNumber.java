package org.tradecert.crypto;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats a double exactly as ECMAScript's {@code Number.prototype.toString()} does (ECMA-262,
 * Number::toString), which RFC 8785 requires for numbers. {@link Double#toString(double)} is not
 * a substitute: before Java 19 (JDK-4511638) it sometimes prints more digits than needed, as in
 * {@code 4.6566128730773926E-10} for the double that ECMAScript writes {@code 4.656612873077393e-10},
 * and its thresholds for exponent notation differ from ECMAScript's.
 */
final class EcmaScriptNumber {

    /** Seventeen significant digits identify every double, so the digit search stops there. */
    private static final int MAX_DIGITS = 17;

    private EcmaScriptNumber() {
    }

    /**
     * Formats a finite double. Zero, including {@code -0}, is {@code "0"}.
     *
     * @throws IllegalArgumentException for NaN and the infinities, which ECMAScript formats but JSON cannot carry
     */
    static String format(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("JSON has no form for " + value);
        }
        if (value == 0) {
            return "0";
        }
        if (value < 0) {
            return "-" + format(-value);
        }

        BigDecimal shortest = shortestDecimal(value).stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale();
        return layout(digits, k, n);
    }

    /**
     * Finds the decimal with the fewest significant digits that parses back to {@code value}.
     * Among candidates with that many digits it takes the one closest to the exact binary value,
     * and on a tie the one with an even last digit, as the note to ECMA-262 Number::toString
     * recommends and V8 does.
     * For each digit count only the two neighbours of the exact value can qualify, because the
     * values that round to {@code value} form one interval around it.
     */
    private static BigDecimal shortestDecimal(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int precision = 1; precision <= MAX_DIGITS; precision++) {
            BigDecimal below = exact.round(new MathContext(precision, RoundingMode.FLOOR));
            BigDecimal above = exact.round(new MathContext(precision, RoundingMode.CEILING));
            boolean belowParses = parsesTo(below, value);
            boolean aboveParses = parsesTo(above, value);

            if (belowParses && aboveParses) {
                return closer(below, above, exact);
            }
            if (belowParses) {
                return below;
            }
            if (aboveParses) {
                return above;
            }
        }
        throw new IllegalStateException("no decimal of " + MAX_DIGITS + " digits parses to " + value);
    }

    private static boolean parsesTo(BigDecimal candidate, double value) {
        return Double.parseDouble(candidate.toString()) == value;
    }

    private static BigDecimal closer(BigDecimal below, BigDecimal above, BigDecimal exact) {
        int comparison = exact.subtract(below).compareTo(above.subtract(exact));
        if (comparison < 0) {
            return below;
        }
        if (comparison > 0) {
            return above;
        }
        return below.unscaledValue().testBit(0) ? above : below;
    }

    /**
     * Lays out the k digits {@code s} of the value s × 10^(n−k) by the rules of ECMA-262
     * Number::toString: plain up to 21 integer digits, {@code 0.000…} down to six leading zeros,
     * otherwise exponent notation with an explicit sign.
     */
    private static String layout(String digits, int k, int n) {
        if (k <= n && n <= 21) {
            return digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return digits.substring(0, n) + "." + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + digits;
        }

        int exponent = n - 1;
        String sign = exponent < 0 ? "-" : "+";
        String mantissa = k == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return mantissa + "e" + sign + Math.abs(exponent);
    }
}
