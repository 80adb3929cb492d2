package org.tradecert.conformance;

import java.util.List;

/**
 * The result of one scenario of the suite for the participant.
 *
 * @param id      the scenario's stable id, for example {@code EXP-07}
 * @param name    the scenario's name as the suite writes it (English)
 * @param line    the line of the scenario in the feature file
 * @param tags    the scenario's tags, its feature's included
 * @param reason  why it is not applicable or could not reach a result; else null
 * @param rules   the rules it evaluated, in the order it evaluated them
 */
public record ScenarioResult(String id, String name, int line, List<String> tags, ScenarioStatus status, Text reason,
                             List<RuleResult> rules) {

    public ScenarioResult {
        tags = List.copyOf(tags);
        rules = List.copyOf(rules);
    }

    /** The ids of the rules that failed, or broke, in this scenario. */
    public List<String> ruleIds(ScenarioStatus wanted) {
        return rules.stream().filter(rule -> rule.status() == wanted).map(RuleResult::ruleId).toList();
    }
}
