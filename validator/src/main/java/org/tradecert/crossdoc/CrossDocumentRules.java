package org.tradecert.crossdoc;

import org.tradecert.crossdoc.rules.ConsistencyRules;
import org.tradecert.rules.RuleDefinition;

import java.util.List;

/** Every cross-document rule (layer 8) and risk indicator (layer 10). */
public final class CrossDocumentRules {

    private static final List<CrossDocumentRule> ALL = List.copyOf(ConsistencyRules.all());

    private CrossDocumentRules() {
    }

    public static List<CrossDocumentRule> all() {
        return ALL;
    }

    public static List<RuleDefinition> definitions() {
        return ALL.stream().map(CrossDocumentRule::definition).toList();
    }
}
