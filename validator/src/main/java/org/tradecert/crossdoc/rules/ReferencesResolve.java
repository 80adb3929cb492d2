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

import java.util.List;
import java.util.Map;

/**
 * X25 (references): every reference resolves to a submission on the ledger in the same trade
 * transaction: each statement reference (by statement digest, or by document type and
 * number), each document a document names by UNTDID 1001 code and number (invoice 380,
 * packing list 271, declaration 830 or 929, booking request 335 or confirmation 770,
 * remittance advice 481) with a document of that code, and each invoice line a packing list
 * or declaration item names with a line of the invoice; such a line is written
 * {@code 380:<invoice number>/<line id>} in findings. A reference that resolves nowhere
 * points to a document that was never submitted or to a typing error. Transport document
 * numbers are compared by the transport document rule.
 */
public final class ReferencesResolve extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("XDOC-X25-REFERENCES", Layer.CROSS_DOCUMENT, Severity.ERROR,
            "tradecert ledger design; FATF-Egmont trade-based money laundering indicators (2021)");

    /** The document type of this standard behind each UNTDID 1001 code a document may reference by number. */
    private static final Map<String, String> TYPES = Map.of("380", Transactions.INVOICE, "271", Transactions.PACKING_LIST,
            "830", Transactions.DECLARATION, "929", Transactions.DECLARATION, "335", Transactions.BOOKING, "770", Transactions.BOOKING,
            "481", Transactions.PAYMENT);

    public ReferencesResolve() {
        super(DEFINITION);
    }

    @Override
    public void check(TradeTransaction transaction, CrossContext context) {
        boolean any = false;
        for (DocumentFacts document : transaction.current()) {
            for (String reference : document.references()) {
                any = true;
                if (!resolvesStatement(transaction, reference)) {
                    Evidence evidence = new Evidence("reference", reference, document.documentType(), document.documentId(),
                            new Location(document.source(), document.submissionId(), null, null, null, null));
                    context.report(List.of(evidence), Transactions.label(document), reference);
                }
            }
            for (Fact reference : document.all(FactNames.REFERENCED_DOCUMENT)) {
                int colon = reference.value().indexOf(':');
                String code = colon < 0 ? null : reference.value().substring(0, colon);
                if (code == null || !TYPES.containsKey(code)) {
                    continue;
                }
                any = true;
                if (!resolvesNumber(transaction, code, reference.value().substring(colon + 1))) {
                    context.report(List.of(document.evidence(FactNames.REFERENCED_DOCUMENT, reference)), Transactions.label(document),
                            reference.value());
                }
            }
            any |= checkInvoiceLines(transaction, document, context);
        }
        if (!any) {
            context.notApplicable("outcome.crossdoc.absent", FactNames.REFERENCED_DOCUMENT);
        }
    }

    /** Whether a statement reference names a submission of the transaction, any version. */
    private static boolean resolvesStatement(TradeTransaction transaction, String reference) {
        if (reference.startsWith("digest:")) {
            String digest = reference.substring("digest:".length());
            return transaction.documents().stream().anyMatch(document -> digest.equals(document.statementDigest()));
        }
        if (reference.startsWith("doc:")) {
            String rest = reference.substring("doc:".length());
            int colon = rest.indexOf(':');
            String type = colon < 0 ? rest : rest.substring(0, colon);
            String number = colon < 0 ? null : rest.substring(colon + 1);
            return transaction.documents().stream().anyMatch(document -> type.equals(document.documentType()) && number != null
                    && number.equals(document.documentId()));
        }
        return true;
    }

    /** Whether a document of the transaction has the code (checked where the document states its own) and the number. */
    private static boolean resolvesNumber(TradeTransaction transaction, String code, String number) {
        String type = TYPES.get(code);
        for (DocumentFacts document : transaction.documents()) {
            if (!type.equals(document.documentType()) || !number.equals(document.documentId())) {
                continue;
            }
            Fact own = document.first(FactNames.DOCUMENT_TYPE_CODE);
            if (own == null || own.value().equals(code) || !Transactions.BOOKING.equals(type)) {
                return true;
            }
        }
        return false;
    }

    /** Reports item references to invoice lines the one invoice the document relates to does not have. */
    private static boolean checkInvoiceLines(TradeTransaction transaction, DocumentFacts document, CrossContext context) {
        List<Fact> references = document.all(FactNames.LINE_INVOICE_LINE);
        List<DocumentFacts> invoices = Invoices.of(transaction, document);
        if (references.isEmpty() || invoices.size() != 1) {
            return false;
        }
        DocumentFacts invoice = invoices.get(0);
        List<String> lines = LineMatching.lines(invoice);
        for (Fact reference : references) {
            if (!lines.contains(reference.value())) {
                context.report(List.of(document.evidence(FactNames.LINE_INVOICE_LINE, reference)), Transactions.label(document),
                        "380:" + invoice.documentId() + "/" + reference.value());
            }
        }
        return true;
    }
}
