package org.tradecert.crossdoc.risk;

import org.tradecert.crossdoc.DocumentFacts;
import org.tradecert.crossdoc.Fact;
import org.tradecert.crossdoc.FactNames;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The exchange rates a transaction's documents state explicitly ({@code SOURCE/TARGET} and the
 * rate). Amounts in different currencies are compared only through one of these; the
 * indicators never assume a market rate.
 */
final class ExchangeRates {

    private static final Pattern PAIR = Pattern.compile("[A-Z]{3}/[A-Z]{3}");

    private final Map<String, BigDecimal> rates = new HashMap<>();

    private ExchangeRates() {
    }

    static ExchangeRates of(List<DocumentFacts> documents) {
        ExchangeRates found = new ExchangeRates();
        for (DocumentFacts document : documents) {
            for (Fact fact : document.all(FactNames.EXCHANGE_RATE)) {
                BigDecimal rate = Decimals.parse(fact.value());
                String pair = fact.qualifier() == null ? "" : fact.qualifier().strip().toUpperCase(Locale.ROOT);
                if (rate != null && rate.signum() > 0 && PAIR.matcher(pair).matches()) {
                    found.rates.putIfAbsent(pair, rate);
                }
            }
        }
        return found;
    }

    /** Converts an amount to another currency through a stated rate, in either direction; returns nothing without one. */
    Optional<BigDecimal> convert(BigDecimal amount, String from, String to) {
        if (amount == null || from == null || to == null) {
            return Optional.empty();
        }
        String source = from.strip().toUpperCase(Locale.ROOT);
        String target = to.strip().toUpperCase(Locale.ROOT);
        if (source.equals(target)) {
            return Optional.of(amount);
        }
        BigDecimal direct = rates.get(source + "/" + target);
        if (direct != null) {
            return Optional.of(amount.multiply(direct, MathContext.DECIMAL64));
        }
        BigDecimal inverse = rates.get(target + "/" + source);
        if (inverse != null) {
            return Optional.of(amount.divide(inverse, MathContext.DECIMAL64));
        }
        return Optional.empty();
    }
}
