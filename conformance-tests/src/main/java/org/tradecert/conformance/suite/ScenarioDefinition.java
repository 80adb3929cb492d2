package org.tradecert.conformance.suite;

import java.util.List;

/**
 * One scenario of a suite as written: its stable id, name, place and tags.
 *
 * @param id      the scenario's {@code @id:} tag, for example {@code EXP-07}; stable across wording changes
 * @param line    the line of the {@code Scenario:} keyword in the feature file
 * @param tags    every tag of the scenario, its feature's included, as written with the {@code @}
 * @param ruleIds the rule ids of its {@code @rule:} tags, in tag order
 */
public record ScenarioDefinition(String id, String name, int line, List<String> tags, List<String> ruleIds) {

    /** Tag of the scenario's stable id. */
    public static final String ID_TAG = "@id:";
    /** Tag naming one rule of the rule pack that the scenario exercises. */
    public static final String RULE_TAG = "@rule:";
    /** Tag of the scenario that evaluates every check no other scenario of its suite evaluated; it must come last. */
    public static final String REMAINING_TAG = "@rules:remaining";

    public ScenarioDefinition {
        tags = List.copyOf(tags);
        ruleIds = List.copyOf(ruleIds);
    }

    public boolean remaining() {
        return tags.contains(REMAINING_TAG);
    }
}
