package org.tradecert.crossdoc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One consignment from booking to payment: the submissions that reference each other, share a
 * transport document number or a booking number, in ledger order. Comparisons use the current
 * version of each document; superseded versions stay available for the history rules.
 *
 * @param id        a readable id: the transport document number when there is one, else the booking number, else the first document's number
 * @param documents every submission of the transaction, in ledger order; empty when the transaction is too large to check
 * @param tooLarge  the number of submissions of a transaction with more than the engine checks
 *                  ({@link TransactionIndex#MAX_DOCUMENTS}), whose documents are left unread; 0 otherwise
 */
public record TradeTransaction(String id, List<DocumentFacts> documents, int tooLarge) {

    public TradeTransaction {
        documents = List.copyOf(documents);
    }

    public TradeTransaction(String id, List<DocumentFacts> documents) {
        this(id, documents, 0);
    }

    /** The newest version of each document (by type, issuing organisation and number), in ledger order. */
    public List<DocumentFacts> current() {
        Map<String, DocumentFacts> newest = new LinkedHashMap<>();
        for (DocumentFacts document : documents) {
            String key = document.documentType() + "\u0000" + document.organisation() + "\u0000" + document.documentId();
            DocumentFacts earlier = newest.get(key);
            if (earlier == null || document.documentVersion() >= earlier.documentVersion()) {
                newest.remove(key);
                newest.put(key, document);
            }
        }
        List<DocumentFacts> list = new ArrayList<>(newest.values());
        list.sort(java.util.Comparator.comparingLong(DocumentFacts::index));
        return list;
    }

    /** The current documents of one type, e.g. {@code commercial-invoice}. */
    public List<DocumentFacts> ofType(String documentType) {
        return current().stream().filter(document -> document.documentType().equals(documentType)).toList();
    }

    /** The first current document of a type, or null. */
    public DocumentFacts one(String documentType) {
        List<DocumentFacts> found = ofType(documentType);
        return found.isEmpty() ? null : found.get(0);
    }
}
