package org.tradecert.crossdoc.risk;

import org.tradecert.crossdoc.DocumentFacts;
import org.tradecert.crossdoc.Fact;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.TradeTransaction;
import org.tradecert.crossdoc.history.Cancellations;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The invoice totals of a transaction with their sellers, for the indicators over amounts across transactions. */
final class InvoiceTotals {

    /**
     * One invoice's total.
     *
     * @param seller the seller's first identifier, else the submitting organisation
     */
    record Total(DocumentFacts invoice, String seller, Fact fact, BigDecimal amount, String currency) {

        /** Returns the total as a key: currency and amount without trailing zeros, so 100.00 and 100 are one amount. */
        String amountKey() {
            return currency + " " + amount.stripTrailingZeros().toPlainString();
        }
    }

    private InvoiceTotals() {
    }

    static List<Total> of(TradeTransaction transaction) {
        List<Total> totals = new ArrayList<>();
        for (DocumentFacts document : Cancellations.live(transaction)) {
            if (!document.documentType().equals("commercial-invoice")) {
                continue;
            }
            Fact fact = document.has(FactNames.INVOICE_TOTAL) ? document.first(FactNames.INVOICE_TOTAL) : document.first(FactNames.AMOUNT_DUE);
            BigDecimal amount = fact == null ? null : Decimals.parse(fact.value());
            if (amount == null || amount.signum() <= 0 || fact.qualifier() == null) {
                continue;
            }
            Fact seller = document.first(FactNames.SELLER_ID);
            totals.add(new Total(document, seller != null ? seller.value() : document.organisation(), fact, amount,
                    fact.qualifier().strip().toUpperCase(Locale.ROOT)));
        }
        return totals;
    }
}
