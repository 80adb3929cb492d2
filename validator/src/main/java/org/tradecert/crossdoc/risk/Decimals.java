package org.tradecert.crossdoc.risk;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/** Decimal helpers of the indicators: reading fact values and writing numbers for messages. */
final class Decimals {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Significant digits of the reference number that {@link #showLike} keeps. */
    private static final int SHOWN_DIGITS = 4;

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,20}(\\.[0-9]{1,20})?");

    private Decimals() {
    }

    /** Parses the decimal a fact value states, or returns null when it is not a plain decimal number. */
    static BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        if (!DECIMAL.matcher(stripped).matches()) {
            return null;
        }
        return new BigDecimal(stripped);
    }

    /** Computes {@code part} as a percentage of {@code whole}. */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, MathContext.DECIMAL64);
    }

    /** Formats a number for a message: six significant digits, no exponent, no trailing zeros. */
    static String show(BigDecimal value) {
        return value.round(new MathContext(6, RoundingMode.HALF_EVEN)).stripTrailingZeros().toPlainString();
    }

    /**
     * Formats a number for a message with the decimals that the reference number needs for four
     * significant digits, so that a value, its range and its median read alike: with the median
     * 85.145 the range reads 67.73 to 107.07. A zero reference gives two decimals.
     */
    static String showLike(BigDecimal value, BigDecimal reference) {
        int scale = 2;
        if (reference.signum() != 0) {
            int integerDigits = reference.precision() - reference.scale();
            scale = Math.max(0, SHOWN_DIGITS - integerDigits);
        }
        return value.setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }

    /** Formats an amount for a message: as stated, with no more than two decimals after a conversion. */
    static String amount(BigDecimal value) {
        return (value.scale() > 2 ? value.setScale(2, RoundingMode.HALF_EVEN) : value).toPlainString();
    }

    /** Formats a percentage for a message, with one decimal. */
    static String showPercent(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    }
}
