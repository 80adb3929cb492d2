package org.tradecert.selftest;

import java.util.List;
import java.util.Map;

/**
 * The run of one case: what the run found, how it differs from the case, or the problem that
 * kept the case from running.
 *
 * @param found   rule id to number of findings over every result of the run; empty when the case did not run
 * @param problem why the case could not run, such as an XPath that matches nothing; null when it ran
 */
public record CaseResult(FixtureCase fixtureCase, Map<String, Integer> found, List<Difference> differences, Problem problem) {

    public CaseResult {
        found = Map.copyOf(found);
        differences = List.copyOf(differences);
    }

    static CaseResult failed(FixtureCase fixtureCase, Problem problem) {
        return new CaseResult(fixtureCase, Map.of(), List.of(), problem);
    }

    /** Returns true when the case ran and gave exactly the findings and layer statuses it expects. */
    public boolean matches() {
        return problem == null && differences.isEmpty();
    }
}
