package org.tradecert.crossdoc.rules;

import java.math.BigDecimal;
import java.math.MathContext;

/** Tolerance arithmetic on decimals; amounts, weights and quantities never pass through binary floating point. */
final class Decimals {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private Decimals() {
    }

    /** {@code percent} per cent of the magnitude of {@code value}. */
    static BigDecimal percentOf(BigDecimal value, BigDecimal percent) {
        return value.abs().multiply(percent, MathContext.DECIMAL128).divide(HUNDRED, MathContext.DECIMAL128);
    }

    /** Whether two values differ by no more than {@code allowed}. */
    static boolean within(BigDecimal first, BigDecimal second, BigDecimal allowed) {
        return first.subtract(second).abs().compareTo(allowed) <= 0;
    }

    /** Whether two values differ by no more than {@code percent} per cent of the larger magnitude, so the test is symmetric. */
    static boolean withinPercent(BigDecimal first, BigDecimal second, BigDecimal percent) {
        return within(first, second, percentOf(first.abs().max(second.abs()), percent));
    }

    /** A percentage for a message, such as {@code 0.5 %}. */
    static String percent(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString() + " %";
    }

    /** A decimal for a message, in plain notation without trailing zeros. */
    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
