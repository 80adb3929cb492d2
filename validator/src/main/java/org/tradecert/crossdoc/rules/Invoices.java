package org.tradecert.crossdoc.rules;

import org.tradecert.crossdoc.DocumentFacts;
import org.tradecert.crossdoc.Fact;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.TradeTransaction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds the invoices another document of a transaction relates to. */
final class Invoices {

    private Invoices() {
    }

    /**
     * The invoices of the transaction that a document names; all of them when it names none,
     * because then the transaction's invoices are the only ones it can relate to.
     */
    static List<DocumentFacts> of(TradeTransaction transaction, DocumentFacts document) {
        List<DocumentFacts> invoices = Transactions.ofTypes(transaction, Transactions.INVOICE);
        List<String> named = new ArrayList<>();
        for (Fact fact : document.all(FactNames.INVOICE_NUMBER)) {
            named.add(fact.value());
        }
        if (named.isEmpty()) {
            return invoices;
        }
        return invoices.stream().filter(invoice -> named.contains(invoice.documentId())).toList();
    }

    /**
     * One invoice as the line rules read it: the invoice itself, or for several invoices one
     * merged set of facts whose line keys are {@code <invoice number>/<line id>}, so that no two
     * invoices' lines are confused and items can be matched to them only by HS subheading.
     */
    static DocumentFacts merged(List<DocumentFacts> invoices) {
        if (invoices.size() == 1) {
            return invoices.get(0);
        }
        Map<String, List<Fact>> facts = new HashMap<>();
        for (DocumentFacts invoice : invoices) {
            invoice.facts().forEach((name, values) -> {
                for (Fact fact : values) {
                    String key = fact.key() == null || !name.startsWith("line") ? fact.key() : invoice.documentId() + "/" + fact.key();
                    facts.computeIfAbsent(name, any -> new ArrayList<>())
                            .add(new Fact(fact.value(), fact.qualifier(), fact.path(), fact.line(), key));
                }
            });
        }
        DocumentFacts first = invoices.get(0);
        return new DocumentFacts(first.index(), first.source(), first.submissionId(), first.statementDigest(), first.documentType(),
                Transactions.labels(invoices).replace(Transactions.INVOICE + " ", ""), first.documentVersion(), first.organisation(),
                first.role(), first.createdAt(), first.ledgerTime(), first.supersedes(), first.references(), first.syntax(),
                first.conformant(), facts);
    }

    /** The invoice a fact of {@link #merged} came from: the one whose number prefixes the fact's key, else the first. */
    static DocumentFacts owner(List<DocumentFacts> invoices, Fact fact) {
        if (invoices.size() > 1 && fact.key() != null) {
            for (DocumentFacts invoice : invoices) {
                if (fact.key().startsWith(invoice.documentId() + "/")) {
                    return invoice;
                }
            }
        }
        return invoices.get(0);
    }
}
