package org.tradecert.crossdoc.history;

import org.tradecert.api.Evidence;
import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.crossdoc.CrossContext;
import org.tradecert.crossdoc.CrossDocumentRule;
import org.tradecert.crossdoc.DocumentFacts;
import org.tradecert.crossdoc.TradeTransaction;
import org.tradecert.rules.RuleDefinition;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * No document submitted after a cancellation relies on the cancelled document. A
 * cancellation (purpose code 1, UNTDID 1225) withdraws a document, so a declaration,
 * payment or event that still names it after that rests on nothing.
 */
public final class CancelledDocumentReliedOn extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("XDOC-HIST-CANCELLED-RELIED-ON", Layer.CROSS_DOCUMENT,
            Severity.ERROR, "UNTDID 1225 message function 1 (cancellation); tradecert ledger history");

    public CancelledDocumentReliedOn() {
        super(DEFINITION);
    }

    @Override
    public void check(TradeTransaction transaction, CrossContext context) {
        List<DocumentFacts> all = transaction.documents();
        Set<String> handled = new HashSet<>();
        boolean anyCancellation = false;

        for (DocumentFacts cancellation : all) {
            if (!Cancellations.isCancellation(cancellation) || !handled.add(Cancellations.identity(cancellation))) {
                continue;
            }
            anyCancellation = true;
            checkReliance(transaction, cancellation, context);
        }

        if (!anyCancellation) {
            context.notApplicable("outcome.no-cancellation");
        }
    }

    /** Reports every current document submitted after the cancellation that names the cancelled document. */
    private static void checkReliance(TradeTransaction transaction, DocumentFacts cancellation, CrossContext context) {
        String identity = Cancellations.identity(cancellation);
        Set<String> numbers = new LinkedHashSet<>();
        Set<String> digests = new HashSet<>();
        for (DocumentFacts version : transaction.documents()) {
            if (Cancellations.identity(version).equals(identity)) {
                numbers.addAll(DocumentReferences.numbers(version));
                if (version.statementDigest() != null) {
                    digests.add(version.statementDigest());
                }
            }
        }

        for (DocumentFacts later : transaction.current()) {
            if (later.index() <= cancellation.index() || Cancellations.identity(later).equals(identity)
                    || Cancellations.isCancellation(later)) {
                continue;
            }
            Evidence reference = DocumentReferences.reference(later, cancellation.documentType(), numbers, digests);
            if (reference != null) {
                context.report(List.of(reference, Cancellations.purposeEvidence(cancellation)),
                        later.documentType(), later.documentId(), cancellation.documentType(), cancellation.documentId(),
                        cancellation.createdAt() == null ? "-" : cancellation.createdAt());
            }
        }
    }
}
