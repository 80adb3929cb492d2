package org.tradecert.conformance.run;

import org.tradecert.conformance.RuleResult;
import org.tradecert.conformance.ScenarioStatus;
import org.tradecert.conformance.Text;
import org.tradecert.conformance.suite.ScenarioDefinition;

import java.util.ArrayList;
import java.util.List;

/** What the glue concluded about one scenario while Cucumber ran it; the runner turns it into a result. */
public final class ScenarioRecord {

    private final ScenarioDefinition definition;
    private final String testCaseId;
    private final List<RuleResult> rules = new ArrayList<>();
    private ScenarioStatus status;
    private Text reason;

    ScenarioRecord(ScenarioDefinition definition, String testCaseId) {
        this.definition = definition;
        this.testCaseId = testCaseId;
    }

    public ScenarioDefinition definition() {
        return definition;
    }

    public String testCaseId() {
        return testCaseId;
    }

    public List<RuleResult> rules() {
        return List.copyOf(rules);
    }

    /** The status the glue decided, or null when no step decided one. */
    public ScenarioStatus status() {
        return status;
    }

    public Text reason() {
        return reason;
    }

    public void addRules(List<RuleResult> results) {
        rules.addAll(results);
    }

    /** Records the scenario's result; the first decision is kept, so a later step cannot hide an earlier one. */
    public void decide(ScenarioStatus value, Text why) {
        if (status == null) {
            status = value;
            reason = why;
        }
    }
}
