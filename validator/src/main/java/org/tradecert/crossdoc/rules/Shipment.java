package org.tradecert.crossdoc.rules;

import org.tradecert.crossdoc.DocumentFacts;
import org.tradecert.crossdoc.Fact;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.TradeTransaction;

/**
 * The date of shipment as documentary-credit practice reads it from the transport document:
 * the on-board date of a bill of lading (its issue date when it is a shipped bill without a
 * separate notation), or the issue date of an air waybill (UCP 600 articles 20 and 23).
 */
final class Shipment {

    /**
     * The fact that dates the shipment, and the document it is on.
     *
     * @param name the fact's name, for evidence
     */
    record Dated(DocumentFacts document, String name, Fact fact, Times.When when) {

        org.tradecert.api.Evidence evidence() {
            return document.evidence(name, fact);
        }
    }

    private Shipment() {
    }

    /** The shipment date of the transaction, or null when no transport document dates it. */
    static Dated date(TradeTransaction transaction) {
        for (DocumentFacts document : Transactions.ofTypes(transaction, Transactions.SEA_TRANSPORT_DOCUMENT)) {
            Fact onBoard = document.first(FactNames.SHIPPED_ON_BOARD);
            Fact shipped = document.first(FactNames.SHIPPED_BILL);
            String name = onBoard != null ? FactNames.SHIPPED_ON_BOARD
                    : shipped != null && Boolean.parseBoolean(shipped.value()) ? FactNames.ISSUE_TIME : null;
            Fact dated = name == null ? null : document.first(name);
            if (Times.of(dated) != null) {
                return new Dated(document, name, dated, Times.of(dated));
            }
        }
        for (DocumentFacts document : Transactions.ofTypes(transaction, Transactions.AIR_WAYBILL)) {
            Fact issued = document.first(FactNames.ISSUE_TIME);
            if (Times.of(issued) != null) {
                return new Dated(document, FactNames.ISSUE_TIME, issued, Times.of(issued));
            }
        }
        return null;
    }
}
