package org.tradecert.selftest;

import java.util.List;

/**
 * The self-test verdict of one rule: it passes when its fixture has at least one passing and
 * one firing case, the file has no problem, and every case gives exactly what it expects. A
 * rule whose fixture states why no input can make it fire passes with its passing cases alone.
 * Its status is {@code CANNOT_FIRE}, so a reader sees which rules no input can fire.
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

    /** Returns FAIL unless the fixture has no problem, runs at least one case and every case matches. */
    public Status status() {
        if (!problems.isEmpty() || cases.isEmpty() || !cases.stream().allMatch(CaseResult::matches)) {
            return Status.FAIL;
        }
        return cannotFire != null ? Status.CANNOT_FIRE : Status.PASS;
    }
}
