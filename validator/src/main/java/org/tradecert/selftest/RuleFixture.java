package org.tradecert.selftest;

import java.nio.file.Path;
import java.util.List;

/**
 * The self-test of one rule as its file states it: the cases where the rule passes and the cases
 * where it fires, and the problems found while reading the file. A file with problems is not run.
 *
 * @param file       the fixture file, or null when the rule has none
 * @param cannotFire why no input can make the rule fire, for a rule whose file states it instead of listing firing cases;
 *                   null for every other rule
 */
public record RuleFixture(String ruleId, Path file, List<FixtureCase> passes, List<FixtureCase> fires, String cannotFire,
                          List<Problem> problems) {

    public RuleFixture {
        passes = List.copyOf(passes);
        fires = List.copyOf(fires);
        problems = List.copyOf(problems);
    }
}
