package org.tradecert.rules.invoice;

import org.tradecert.model.udt.v1.AmountType;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * Amount arithmetic shared by the trade document rules: the ISO 4217 minor unit of a currency,
 * rounding to it and the text form of an amount in findings. Every value is a
 * {@link BigDecimal}, compared with {@code compareTo} so that 100.0 equals 100.00.
 */
public final class Money {

    /** Precision of intermediate products and quotients, before the final rounding to a minor unit. */
    public static final MathContext WORKING = MathContext.DECIMAL128;

    /** Decimal places assumed for a currency that ISO 4217 does not know or gives no minor unit (as EN 16931 does for all amounts). */
    static final int DEFAULT_MINOR_UNIT = 2;

    private Money() {
    }

    /**
     * Returns the number of decimal places of the currency's minor unit (ISO 4217, from
     * {@link Currency#getDefaultFractionDigits()}): 2 for USD, 0 for JPY, 3 for KWD. An unknown
     * code, which the code-list layer reports, and a code without minor unit count as 2.
     */
    public static int minorUnit(String currency) {
        if (currency == null) {
            return DEFAULT_MINOR_UNIT;
        }
        try {
            int digits = Currency.getInstance(currency).getDefaultFractionDigits();
            return digits < 0 ? DEFAULT_MINOR_UNIT : digits;
        } catch (IllegalArgumentException e) {
            return DEFAULT_MINOR_UNIT;
        }
    }

    /** Rounds half up (commercial rounding) to the minor unit of the currency. */
    public static BigDecimal round(BigDecimal value, String currency) {
        return value.setScale(minorUnit(currency), RoundingMode.HALF_UP);
    }

    /** Returns the value of an amount, or zero when the amount is absent. */
    public static BigDecimal valueOrZero(AmountType amount) {
        return amount == null || amount.getValue() == null ? BigDecimal.ZERO : amount.getValue();
    }

    /** True when the amount is present and has a value. */
    public static boolean present(AmountType amount) {
        return amount != null && amount.getValue() != null;
    }

    /** Formats an amount as findings show it: {@code 235520.00 USD}. */
    public static String text(AmountType amount) {
        return text(amount.getValue(), amount.getCurrencyID());
    }

    /** Formats a value in a currency as findings show it, never in exponent notation. */
    public static String text(BigDecimal value, String currency) {
        return plain(value) + (currency == null ? "" : " " + currency);
    }

    /** Formats a number without exponent notation: {@code 1E+3} becomes {@code 1000}. */
    public static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    /** True when an amount is stated in a currency other than {@code currency}. An amount without a currency is not. */
    public static boolean otherCurrency(AmountType amount, String currency) {
        return amount != null && amount.getCurrencyID() != null && currency != null && !amount.getCurrencyID().equals(currency);
    }
}
