package org.tradecert.rules;

import java.util.List;

/**
 * A named, versioned set of rules with a content digest over every rule's id, layer,
 * severity, document types, source and English and Chinese texts, so a report can say exactly
 * which rules produced it and anyone can tell whether two runs used the same ones.
 *
 * @param digest {@code sha-256:<hex>}
 */
public record RulePack(String name, String version, String digest, List<RuleDefinition> rules) {

    public RulePack {
        rules = List.copyOf(rules);
    }
}
