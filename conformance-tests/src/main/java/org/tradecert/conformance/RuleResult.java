package org.tradecert.conformance;

import org.tradecert.api.Finding;

import java.util.List;

/**
 * What one rule of the rule pack concluded within a scenario, over every submission, trade
 * transaction or ledger the scenario selected.
 *
 * @param subjects how many of them the rule was evaluated on
 * @param findings the rule's findings that concern the participant, failing ones and warnings below the threshold alike
 * @param reason   for {@code NOT_APPLICABLE} and {@code ERROR}, why; else null
 */
public record RuleResult(String ruleId, ScenarioStatus status, int subjects, List<Finding> findings, Text reason) {

    public RuleResult {
        findings = List.copyOf(findings);
    }
}
