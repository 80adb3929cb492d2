package org.tradecert.crossdoc.rules;

import org.tradecert.crossdoc.DocumentFacts;
import org.tradecert.crossdoc.Fact;
import org.tradecert.crossdoc.FactNames;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Amounts with their ISO 4217 currency. Two amounts in different currencies are compared only
 * through an exchange rate a document of the transaction states; the toolkit never looks a
 * rate up.
 */
final class Amounts {

    /** An amount in one currency. */
    record Amount(BigDecimal value, String currency) {

        Amount plus(Amount other) {
            return new Amount(value.add(other.value), currency);
        }

        Amount minus(Amount other) {
            return new Amount(value.subtract(other.value), currency);
        }

        /** The amount as written in findings, such as {@code 235520.00 USD}. */
        String written() {
            return value.toPlainString() + " " + currency;
        }
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Amounts() {
    }

    /** The amount of a fact whose qualifier is its currency, or null when it has no decimal value or no currency. */
    static Amount of(Fact fact) {
        BigDecimal value = Transactions.decimal(fact);
        if (value == null || fact.qualifier() == null || fact.qualifier().isBlank()) {
            return null;
        }
        return new Amount(value, fact.qualifier().strip());
    }

    /** The amount written in a fact's qualifier as {@code <decimal> <currency>}, as remitted invoices carry it; or null. */
    static Amount ofQualifier(Fact fact) {
        if (fact == null || fact.qualifier() == null) {
            return null;
        }
        String[] parts = SPACES.split(fact.qualifier().strip());
        if (parts.length != 2 || "null".equals(parts[1])) {
            return null;
        }
        try {
            return new Amount(new BigDecimal(parts[0]), parts[1]);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The amount in another currency, through an exchange rate stated by one of the documents
     * (as {@code SOURCE/TARGET} = rate, used in either direction); null when none states one.
     */
    static Amount convert(Amount amount, String currency, List<DocumentFacts> documents) {
        if (amount == null || currency == null) {
            return null;
        }
        if (amount.currency().equals(currency)) {
            return amount;
        }
        for (DocumentFacts document : documents) {
            for (Fact rate : document.all(FactNames.EXCHANGE_RATE)) {
                BigDecimal factor = Transactions.decimal(rate);
                if (factor == null || factor.signum() == 0 || rate.qualifier() == null) {
                    continue;
                }
                if (rate.qualifier().equals(amount.currency() + "/" + currency)) {
                    return new Amount(amount.value().multiply(factor, MathContext.DECIMAL128), currency);
                }
                if (rate.qualifier().equals(currency + "/" + amount.currency())) {
                    return new Amount(amount.value().divide(factor, MathContext.DECIMAL128), currency);
                }
            }
        }
        return null;
    }

    /** Whether one of the documents states an exchange rate between the two currencies, in either direction. */
    static boolean rateBetween(String first, String second, List<DocumentFacts> documents) {
        for (DocumentFacts document : documents) {
            for (Fact rate : document.all(FactNames.EXCHANGE_RATE)) {
                String pair = rate.qualifier();
                if ((first + "/" + second).equals(pair) || (second + "/" + first).equals(pair)) {
                    return true;
                }
            }
        }
        return false;
    }
}
