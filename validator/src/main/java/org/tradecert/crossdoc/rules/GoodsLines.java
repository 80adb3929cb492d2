package org.tradecert.crossdoc.rules;

import org.tradecert.crossdoc.DocumentFacts;
import org.tradecert.crossdoc.TradeTransaction;

import java.util.ArrayList;
import java.util.List;

/**
 * The documents that describe the goods line by line, paired with the invoice lines they are
 * compared with: packing lists and declarations item by item, bookings, bills of lading and
 * air waybills as a whole. Shared by the rules on HS codes, descriptions and origin.
 */
final class GoodsLines {

    /**
     * A document compared with invoices.
     *
     * @param invoices the invoices it relates to
     * @param invoice  those invoices as one set of facts ({@link Invoices#merged})
     * @param itemised whether its items can be matched to invoice lines (packing lists and declarations)
     */
    record Pairing(DocumentFacts document, List<DocumentFacts> invoices, DocumentFacts invoice, boolean itemised) {
    }

    private GoodsLines() {
    }

    /** Every document that describes the goods, paired with its invoices; empty when the transaction has no invoice. */
    static List<Pairing> pairings(TradeTransaction transaction) {
        List<Pairing> pairings = new ArrayList<>();
        for (DocumentFacts document : Transactions.ofTypes(transaction, Transactions.PACKING_LIST, Transactions.DECLARATION)) {
            add(pairings, transaction, document, true);
        }
        List<DocumentFacts> carriage = new ArrayList<>(Transactions.bookings(transaction));
        carriage.addAll(Transactions.transportDocuments(transaction));
        for (DocumentFacts document : carriage) {
            add(pairings, transaction, document, false);
        }
        return pairings;
    }

    private static void add(List<Pairing> pairings, TradeTransaction transaction, DocumentFacts document, boolean itemised) {
        List<DocumentFacts> invoices = Invoices.of(transaction, document);
        if (!invoices.isEmpty()) {
            pairings.add(new Pairing(document, invoices, Invoices.merged(invoices), itemised));
        }
    }
}
