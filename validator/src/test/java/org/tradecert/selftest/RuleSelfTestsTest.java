package org.tradecert.selftest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tradecert.ProjectPaths;
import org.tradecert.rules.RuleCatalogue;
import org.tradecert.rules.RuleDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Runs the self-test of every rule of the catalogue from the fixtures in examples/selftest, and
 * fails naming every rule that has no fixture, no passing case or no firing case.
 */
class RuleSelfTestsTest {

    /** The rules whose fixtures state that no input can fire them; adding one needs a developer's review, not only a fixture. */
    private static final Set<String> REVIEWED_CANNOT_FIRE = Set.of("SCHEMA-VIOLATION", "CERT-MALFORMED");

    /** The problem keys of a rule that lacks a fixture file, a passing case or a firing case. */
    private static final Set<String> MISSING_FIXTURE = Set.of("no-fixture", "no-passing-case", "no-firing-case");

    private static final RuleCatalogue CATALOGUE = RuleCatalogue.standard();
    private static FixtureSet fixtures;
    private static SelfTestRunner runner;
    private static Map<String, RuleReport> reports;

    private static synchronized SelfTestRunner runner() {
        if (runner == null) {
            fixtures = FixtureSet.load(ProjectPaths.examples().resolve(FixtureSet.FOLDER), CATALOGUE);
            runner = new SelfTestRunner(fixtures, CATALOGUE, Runtime.getRuntime().availableProcessors());
        }
        return runner;
    }

    /** Runs every rule's self-test once, several rules at a time, and keeps the reports for the tests below. */
    private static synchronized Map<String, RuleReport> reports() {
        if (reports == null) {
            reports = runner().run(runner().allRuleIds(), report -> { }).stream()
                    .collect(Collectors.toMap(RuleReport::ruleId, Function.identity()));
        }
        return reports;
    }

    @AfterAll
    static void close() {
        if (runner != null) {
            runner.close();
        }
    }

    @Test
    void fixtureFolderReadsWithoutProblems() {
        assertThat(runner().fixtures().baseProblems()).as("problems of bases.yaml and of files of no rule").isEmpty();
        assertThat(runner().fixtures().bases()).as("declared bases").isNotEmpty();
    }

    @Test
    void everyRuleHasPassingAndFiringFixtures() {
        List<String> missing = new ArrayList<>();
        for (RuleDefinition rule : CATALOGUE.rules()) {
            RuleReport report = reports().get(rule.id());
            report.problems().stream()
                    .filter(problem -> MISSING_FIXTURE.contains(problem.key()))
                    .forEach(problem -> missing.add(explain(problem)));
        }

        if (!missing.isEmpty()) {
            fail(missing.size() + " rules lack the self-test fixtures every rule needs (see docs/rule-self-tests.md):\n  "
                    + String.join("\n  ", missing));
        }
    }

    @Test
    void declaredBasesGiveNoFinding() {
        List<CaseResult> bases = runner().checkBases();

        assertThat(bases).isNotEmpty();
        for (CaseResult base : bases) {
            assertThat(base.matches()).as("base " + base.fixtureCase().base() + ": " + base.differences() + " " + base.problem()).isTrue();
        }
    }

    @Test
    void onlyReviewedRulesCannotFire() {
        Set<String> declared = new TreeSet<>();
        reports().values().stream().filter(report -> report.cannotFire() != null).forEach(report -> declared.add(report.ruleId()));

        assertThat(declared).as("rules whose fixtures say no input can fire them").isEqualTo(new TreeSet<>(REVIEWED_CANNOT_FIRE));
    }

    @TestFactory
    Stream<DynamicTest> everyRulePassesItsFixtures() {
        return runner().allRuleIds().stream().map(id -> DynamicTest.dynamicTest(id, () -> {
            RuleReport report = reports().get(id);

            if (report.status() == RuleReport.Status.FAIL) {
                fail(describe(report));
            }
        }));
    }

    /** Says in plain words what a rule lacks and which file to write. */
    private static String explain(Problem problem) {
        String rule = problem.arguments().get(0);
        return switch (problem.key()) {
            case "no-fixture" -> rule + " has no self-test fixture: write " + problem.arguments().get(1)
                    + " with a case under passes (or a base declared in bases.yaml) and a case under fires";
            case "no-firing-case" -> rule + " has no firing case: add one under fires in its fixture file";
            case "no-passing-case" -> rule + " has no passing case: add one under passes, or declare the base of a firing case in bases.yaml";
            default -> problem.toString();
        };
    }

    /** Lists what went wrong in a report, case by case, for the failure message. */
    static String describe(RuleReport report) {
        StringBuilder text = new StringBuilder("The self-test of " + report.ruleId() + " fails:");
        report.problems().forEach(problem -> text.append("\n  ").append(MISSING_FIXTURE.contains(problem.key())
                ? explain(problem) : "problem: " + problem));
        for (CaseResult result : report.cases()) {
            if (result.matches()) {
                continue;
            }
            FixtureCase fixtureCase = result.fixtureCase();
            text.append("\n  ").append(fixtureCase.where()).append(' ')
                    .append(fixtureCase.name() == null ? fixtureCase.base() : fixtureCase.name());
            if (result.problem() != null) {
                text.append("\n    problem: ").append(result.problem());
            }
            result.differences().forEach(difference -> text.append("\n    ").append(difference));
        }
        return text.toString();
    }
}
