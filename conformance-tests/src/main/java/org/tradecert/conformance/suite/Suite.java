package org.tradecert.conformance.suite;

import org.tradecert.conformance.Role;

import java.util.List;
import java.util.Optional;

/**
 * The conformance suite of one role: one Gherkin feature file shipped in this module's jar.
 *
 * @param id        the suite's id, {@code tradecert-conformance-<role>}
 * @param version   the {@code @suite-version:} tag of the feature
 * @param digest    {@code sha-256:<hex>} of the feature file's bytes, so a certificate names the exact text it ran
 * @param uri       where Cucumber reads the feature, a {@code classpath:} URI
 * @param scenarios the scenarios in file order
 */
public record Suite(Role role, String id, String version, String digest, String uri, String featureName,
                    List<ScenarioDefinition> scenarios) {

    public Suite {
        scenarios = List.copyOf(scenarios);
    }

    public Optional<ScenarioDefinition> scenario(String scenarioId) {
        return scenarios.stream().filter(scenario -> scenario.id().equals(scenarioId)).findFirst();
    }

    /** The rule ids every scenario of the suite names in its tags. */
    public List<String> namedRuleIds() {
        return scenarios.stream().flatMap(scenario -> scenario.ruleIds().stream()).distinct().toList();
    }
}
