package org.tradecert.selftest;

import java.util.List;

/**
 * The self-test verdict of one rule: it passes when its fixture has at least one passing and
 * one firing case, the file has no problem, and every case gives exactly what it expects. A
 * rule whose fixture says that no input can make it fire, and why, holds with its passing cases
 * alone; it is reported apart, so a reader sees which rules no input can fire.
 *
 * @param problems   problems of the fixture file and of its coverage; the cases of a file with problems are not run
 * @param cannotFire the reason the fixture gives why the rule cannot fire, or null
 */
public record RuleReport(String ruleId, List<CaseResult> cases, List<Problem> problems, String cannotFire) {

    public enum Status {
        PASS, FAIL, CANNOT_FIRE
    }

    public RuleReport {
        cases = List.copyOf(cases);
        problems = List.copyOf(problems);
    }

    /** True when the fixture has no problem, runs at least one case, and every case gives what it expects. */
    public boolean holds() {
        return problems.isEmpty() && !cases.isEmpty() && cases.stream().allMatch(CaseResult::holds);
    }

    public Status status() {
        if (!holds()) {
            return Status.FAIL;
        }
        return cannotFire != null ? Status.CANNOT_FIRE : Status.PASS;
    }
}
