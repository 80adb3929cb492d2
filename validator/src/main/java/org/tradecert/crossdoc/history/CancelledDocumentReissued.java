package org.tradecert.crossdoc.history;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.crossdoc.CrossContext;
import org.tradecert.crossdoc.CrossDocumentRule;
import org.tradecert.crossdoc.DocumentFacts;
import org.tradecert.crossdoc.TradeTransaction;
import org.tradecert.rules.RuleDefinition;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A cancelled document gets no later version. Cancellation (purpose code 1, UNTDID 1225) is
 * final, because bringing the number back with a new version would hide that the document was
 * withdrawn. The issuer issues a new document with a new number instead.
 */
public final class CancelledDocumentReissued extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("XDOC-HIST-CANCELLED-REISSUED", Layer.CROSS_DOCUMENT,
            Severity.ERROR, "UNTDID 1225 message function 1 (cancellation); tradecert ledger history");

    public CancelledDocumentReissued() {
        super(DEFINITION);
    }

    @Override
    public void check(TradeTransaction transaction, CrossContext context) {
        Map<String, DocumentFacts> cancelledBy = new HashMap<>();
        for (DocumentFacts document : transaction.documents()) {
            String identity = Cancellations.identity(document);
            DocumentFacts cancellation = cancelledBy.get(identity);
            if (cancellation != null && !Cancellations.isCancellation(document)) {
                context.report(List.of(Cancellations.purposeEvidence(document),
                                Cancellations.purposeEvidence(cancellation)),
                        document.documentType(), document.documentId(), document.documentVersion(), cancellation.documentVersion());
            }
            if (cancellation == null && Cancellations.isCancellation(document)) {
                cancelledBy.put(identity, document);
            }
        }

        if (cancelledBy.isEmpty()) {
            context.notApplicable("outcome.no-cancellation");
        }
    }
}
