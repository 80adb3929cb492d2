package org.tradecert.crossdoc.rules;

import org.tradecert.api.Evidence;
import org.tradecert.api.Layer;
import org.tradecert.api.Location;
import org.tradecert.api.Severity;
import org.tradecert.crossdoc.CrossContext;
import org.tradecert.crossdoc.CrossDocumentRule;
import org.tradecert.crossdoc.DocumentFacts;
import org.tradecert.crossdoc.Fact;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.TradeTransaction;
import org.tradecert.rules.RuleDefinition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * X25 (duplicate invoices): a seller numbers each invoice once. Two invoice submissions with
 * the same number and a seller identifier in common are reported unless one is a later
 * version of the other (it supersedes it, directly or through versions between) or a replay
 * of the same signed statement, which the authorisation layer reports. The same invoice
 * presented twice is a multiple-invoicing indicator of trade-based money laundering.
 */
public final class InvoiceNumbersUnique extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("XDOC-X25-DUPLICATE-INVOICE", Layer.CROSS_DOCUMENT, Severity.ERROR,
            "FATF-Egmont trade-based money laundering indicators (2021), multiple invoicing", Transactions.INVOICE);

    public InvoiceNumbersUnique() {
        super(DEFINITION);
    }

    @Override
    public void check(TradeTransaction transaction, CrossContext context) {
        List<DocumentFacts> invoices = transaction.documents().stream()
                .filter(document -> Transactions.INVOICE.equals(document.documentType())).toList();
        if (invoices.isEmpty()) {
            NotApplicable.missingDocument(context, Transactions.INVOICE);
            return;
        }
        Map<String, List<DocumentFacts>> bySellerAndNumber = new LinkedHashMap<>();
        for (DocumentFacts invoice : invoices) {
            Set<String> sellers = new HashSet<>();
            invoice.all(FactNames.SELLER_ID).forEach(fact -> sellers.add(fact.value()));
            for (String seller : sellers) {
                bySellerAndNumber.computeIfAbsent(seller + "\u0000" + invoice.documentId(), any -> new ArrayList<>()).add(invoice);
            }
        }
        Set<String> reported = new HashSet<>();
        for (Map.Entry<String, List<DocumentFacts>> entry : bySellerAndNumber.entrySet()) {
            List<DocumentFacts> originals = originals(entry.getValue());
            for (int i = 1; i < originals.size(); i++) {
                DocumentFacts first = originals.get(0);
                DocumentFacts duplicate = originals.get(i);
                if (!reported.add(first.index() + "|" + duplicate.index())) {
                    continue;
                }
                String seller = entry.getKey().substring(0, entry.getKey().indexOf('\u0000'));
                context.report(List.of(evidence(duplicate), evidence(first)), submission(duplicate), submission(first),
                        duplicate.documentId(), seller);
            }
        }
    }

    /**
     * The submissions that start a chain of versions: those that supersede none of the others,
     * one per distinct statement digest (a replayed statement is the same submission).
     */
    private static List<DocumentFacts> originals(List<DocumentFacts> invoices) {
        Set<String> digests = new HashSet<>();
        invoices.forEach(invoice -> {
            if (invoice.statementDigest() != null) {
                digests.add(invoice.statementDigest());
            }
        });
        List<DocumentFacts> originals = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (DocumentFacts invoice : invoices) {
            boolean version = invoice.supersedes() != null && digests.contains(invoice.supersedes());
            boolean replay = invoice.statementDigest() != null && !seen.add(invoice.statementDigest());
            if (!version && !replay) {
                originals.add(invoice);
            }
        }
        return originals;
    }

    private static Evidence evidence(DocumentFacts invoice) {
        Fact number = invoice.first(FactNames.INVOICE_NUMBER);
        return number != null ? invoice.evidence(FactNames.INVOICE_NUMBER, number)
                : new Evidence(FactNames.INVOICE_NUMBER, invoice.documentId(), invoice.documentType(), invoice.documentId(),
                new Location(invoice.source(), invoice.submissionId(), null, null, null, null));
    }

    private static String submission(DocumentFacts invoice) {
        return invoice.submissionId() == null ? invoice.source() : invoice.submissionId();
    }
}
