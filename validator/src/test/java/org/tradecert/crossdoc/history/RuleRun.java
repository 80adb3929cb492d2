package org.tradecert.crossdoc.history;

import org.tradecert.api.Finding;
import org.tradecert.api.RuleOutcome;
import org.tradecert.codelist.CodeListRegistry;
import org.tradecert.crossdoc.CrossDocumentLayer;
import org.tradecert.crossdoc.CrossDocumentProfile;
import org.tradecert.crossdoc.CrossDocumentRule;
import org.tradecert.crossdoc.TradeTransaction;

import java.util.List;

/** Runs one rule over one transaction through the real cross-document layer and returns what it concluded. */
public record RuleRun(List<Finding> findings, RuleOutcome outcome) {

    private static final CodeListRegistry CODE_LISTS = CodeListRegistry.builtIn();

    public static RuleRun of(CrossDocumentRule rule, TradeTransaction transaction) {
        CrossDocumentLayer layer = new CrossDocumentLayer(List.of(rule), CrossDocumentProfile.defaults(), CODE_LISTS);
        CrossDocumentLayer.Result result = layer.run(transaction, "test#transaction:" + transaction.id(), rule.definition().layer());
        return new RuleRun(result.findings(), result.outcomes().get(0));
    }

    public RuleOutcome.Status status() {
        return outcome.status();
    }
}
