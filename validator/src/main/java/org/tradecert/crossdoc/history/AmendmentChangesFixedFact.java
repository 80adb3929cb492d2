package org.tradecert.crossdoc.history;

import org.tradecert.api.Evidence;
import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.crossdoc.CrossContext;
import org.tradecert.crossdoc.CrossDocumentRule;
import org.tradecert.crossdoc.DocumentFacts;
import org.tradecert.crossdoc.Fact;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.TradeTransaction;
import org.tradecert.rules.RuleDefinition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An amendment keeps the facts {@link AmendmentPolicy} fixes for its document type. An invoice
 * keeps its seller, buyer and currency, for example, and a bill of lading, once shipped on
 * board, its shipper, containers, port of loading, on-board date and vessel. Changing them
 * under the same number would let one document stand for two different trades.
 */
public final class AmendmentChangesFixedFact extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("XDOC-HIST-AMENDMENT-FIXED-FACT", Layer.CROSS_DOCUMENT,
            Severity.ERROR, "tradecert ledger history: facts an amendment may not change; UCP 600 article 20 for the shipped-on-board bill of lading");

    public AmendmentChangesFixedFact() {
        super(DEFINITION);
    }

    @Override
    public void check(TradeTransaction transaction, CrossContext context) {
        Map<String, DocumentFacts> byDigest = new HashMap<>();
        for (DocumentFacts document : transaction.documents()) {
            if (document.statementDigest() != null) {
                byDigest.putIfAbsent(document.statementDigest(), document);
            }
        }

        int compared = 0;
        for (DocumentFacts amendment : transaction.documents()) {
            DocumentFacts previous = amendment.supersedes() == null ? null : byDigest.get(amendment.supersedes());
            List<AmendmentPolicy.FixedFact> fixed = AmendmentPolicy.forType(amendment.documentType());
            // A cancellation may carry only what identifies the document, and the cancellation rules judge it.
            if (previous == null || fixed.isEmpty() || Cancellations.isCancellation(amendment)) {
                continue;
            }
            compared++;
            for (AmendmentPolicy.FixedFact fact : fixed) {
                if (fact.onceShippedOnBoard() && !previous.has(FactNames.SHIPPED_ON_BOARD)) {
                    continue;
                }
                compare(previous, amendment, fact, context);
            }
        }

        if (compared == 0) {
            context.notApplicable("outcome.no-amendment");
        }
    }

    private static void compare(DocumentFacts previous, DocumentFacts amendment, AmendmentPolicy.FixedFact fact, CrossContext context) {
        List<Fact> before = previous.all(fact.fact());
        List<Fact> after = amendment.all(fact.fact());
        if (FactValues.normalise(before, fact.withQualifier()).equals(FactValues.normalise(after, fact.withQualifier()))) {
            return;
        }

        List<Evidence> evidence = new ArrayList<>();
        for (Fact value : after.isEmpty() ? java.util.Collections.<Fact>singletonList(null) : after) {
            evidence.add(amendment.evidence(fact.fact(), value));
        }
        for (Fact value : before.isEmpty() ? java.util.Collections.<Fact>singletonList(null) : before) {
            evidence.add(previous.evidence(fact.fact(), value));
        }
        context.mismatch(FactValues.written(before), FactValues.written(after), evidence, fact.fact(), amendment.documentType(),
                amendment.documentId(), previous.documentVersion(), amendment.documentVersion());
    }
}
