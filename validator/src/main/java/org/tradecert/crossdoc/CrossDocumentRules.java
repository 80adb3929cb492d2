package org.tradecert.crossdoc;

import org.tradecert.crossdoc.history.HistoryRules;
import org.tradecert.crossdoc.risk.RiskRules;
import org.tradecert.crossdoc.rules.ConsistencyRules;
import org.tradecert.rules.RuleDefinition;

import java.util.List;

/** Every cross-document rule (layer 8) and risk indicator (layer 10). */
public final class CrossDocumentRules {

    private static final List<CrossDocumentRule> ALL = concat(
            List.of(TransactionTooLarge.INSTANCE),
            ConsistencyRules.all(),
            HistoryRules.all(),
            RiskRules.all());

    private CrossDocumentRules() {
    }

    public static List<CrossDocumentRule> all() {
        return ALL;
    }

    @SafeVarargs
    private static List<CrossDocumentRule> concat(List<CrossDocumentRule>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }

    public static List<RuleDefinition> definitions() {
        return ALL.stream().map(CrossDocumentRule::definition).toList();
    }
}
