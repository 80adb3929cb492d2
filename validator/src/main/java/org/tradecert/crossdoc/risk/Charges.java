package org.tradecert.crossdoc.risk;

import org.tradecert.api.Evidence;
import org.tradecert.crossdoc.DocumentFacts;
import org.tradecert.crossdoc.Fact;
import org.tradecert.crossdoc.FactNames;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The goods value, freight and insurance of a transaction in one currency, for the freight and
 * insurance ratios. The goods value comes from the invoice (its line total, else the sum of its
 * lines), and each charge from the invoice, else from the declaration.
 */
final class Charges {

    /** An amount in the goods value's currency with the fact it comes from. */
    record Charge(BigDecimal value, DocumentFacts document, String label, Fact fact) {

        Evidence evidence() {
            return document.evidence(label, fact);
        }
    }

    private Charges() {
    }

    /** Returns the invoiced value of the goods, or nothing without an invoice that states it. */
    static Optional<Charge> goodsValue(List<DocumentFacts> documents) {
        for (DocumentFacts document : documents) {
            if (!document.documentType().equals("commercial-invoice")) {
                continue;
            }
            Fact total = document.first(FactNames.LINE_TOTAL);
            BigDecimal value = total == null ? null : Decimals.parse(total.value());
            if (value != null && value.signum() > 0 && total.qualifier() != null) {
                return Optional.of(new Charge(value, document, FactNames.LINE_TOTAL, total));
            }
            BigDecimal sum = BigDecimal.ZERO;
            Fact first = null;
            for (Fact line : document.all(FactNames.LINE_AMOUNT)) {
                BigDecimal amount = Decimals.parse(line.value());
                if (amount == null || first != null && !java.util.Objects.equals(first.qualifier(), line.qualifier())) {
                    return Optional.empty();
                }
                sum = sum.add(amount);
                first = first == null ? line : first;
            }
            if (first != null && sum.signum() > 0) {
                return Optional.of(new Charge(sum, document, FactNames.LINE_AMOUNT, new Fact(sum.toPlainString(), first.qualifier(),
                        first.path(), first.line(), null)));
            }
        }
        return Optional.empty();
    }

    /** Returns a charge (freight or insurance) in the given currency, the invoice's or else the declaration's, or nothing when neither states it convertibly. */
    static Optional<Charge> charge(String name, List<DocumentFacts> documents, String currency, ExchangeRates rates) {
        for (String type : List.of("commercial-invoice", "goods-declaration")) {
            for (DocumentFacts document : documents) {
                Fact fact = document.documentType().equals(type) ? document.first(name) : null;
                Optional<BigDecimal> value = fact == null ? Optional.empty() : rates.convert(Decimals.parse(fact.value()), fact.qualifier(), currency);
                if (value.isPresent()) {
                    return Optional.of(new Charge(value.get(), document, name, fact));
                }
            }
        }
        return Optional.empty();
    }

    /** Returns the Recommendation 19 mode of transport that a document states, else the one its transport document's type implies, or null. */
    static String mode(List<DocumentFacts> documents) {
        for (DocumentFacts document : documents) {
            if (document.has(FactNames.TRANSPORT_MODE)) {
                return document.first(FactNames.TRANSPORT_MODE).value().strip();
            }
        }
        for (DocumentFacts document : documents) {
            if (document.documentType().equals("sea-transport-document")) {
                return "1";
            }
            if (document.documentType().equals("air-waybill")) {
                return "4";
            }
        }
        return null;
    }
}
