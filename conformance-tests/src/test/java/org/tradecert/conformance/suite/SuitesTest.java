package org.tradecert.conformance.suite;

import org.junit.jupiter.api.Test;
import org.tradecert.conformance.ConformanceTexts;
import org.tradecert.conformance.Role;
import org.tradecert.conformance.Text;
import org.tradecert.i18n.Messages;
import org.tradecert.rules.RuleCatalogue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The suites as shipped: one per role, every rule they name in the rule pack, every scenario named in both languages. */
class SuitesTest {

    @Test
    void everyRoleHasSuite() throws Exception {
        List<Suite> suites = Suites.all();

        assertThat(suites).extracting(Suite::role).containsExactly(Role.values());
        assertThat(suites).allSatisfy(suite -> {
            assertThat(suite.version()).isEqualTo("1.0.0");
            assertThat(suite.id()).isEqualTo("tradecert-conformance-" + suite.role().id());
            assertThat(suite.digest()).matches("sha-256:[0-9a-f]{64}");
            assertThat(suite.scenarios()).hasSizeGreaterThan(8);
        });
    }

    /** A scenario that names a rule the catalogue lacks fails the build here, before any certification runs it. */
    @Test
    void suitesFitRulePack() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Suite suite : Suites.all()) {
            Suites.check(suite, RuleCatalogue.standard()).forEach(problem -> problems.add(problem.toString()));
        }

        assertThat(problems).isEmpty();
    }

    @Test
    void scenariosCarryIdVersionAndRules() throws Exception {
        for (Suite suite : Suites.all()) {
            for (ScenarioDefinition scenario : suite.scenarios()) {
                assertThat(scenario.tags()).as(scenario.id()).contains("@suite:" + suite.role().id(), "@suite-version:1.0.0");
                assertThat(scenario.name()).as(scenario.id()).containsIgnoringCase(suite.role().words());
                boolean dynamic = scenario.tags().stream().anyMatch(tag -> tag.startsWith("@layer:") || tag.equals("@rules:remaining"));
                assertThat(!scenario.ruleIds().isEmpty() || dynamic).as(scenario.id()).isTrue();
            }
        }
    }

    @Test
    void everyScenarioHasChineseName() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Suite suite : Suites.all()) {
            for (ScenarioDefinition scenario : suite.scenarios()) {
                if (!ConformanceTexts.hasOwn(Messages.CHINESE, "scenario." + scenario.id() + ".name")) {
                    missing.add(scenario.id());
                }
            }
        }

        assertThat(missing).isEmpty();
    }

    @Test
    void bundlesHaveSameKeys() throws Exception {
        Properties english = load("org/tradecert/conformance/conformance.properties");
        Properties chinese = load("org/tradecert/conformance/conformance_zh_CN.properties");

        List<String> untranslated = english.stringPropertyNames().stream().filter(key -> !chinese.containsKey(key)).sorted().toList();
        List<String> onlyChinese = chinese.stringPropertyNames().stream().filter(key -> !english.containsKey(key))
                .filter(key -> !key.startsWith("scenario.")).sorted().toList();
        assertThat(untranslated).isEmpty();
        assertThat(onlyChinese).isEmpty();
    }

    @Test
    void unknownRuleIsReported() throws Exception {
        Suite suite = Suites.parse(Role.BANK, "memory:bank.feature", feature("""
                  @id:BNK-01 @rule:NO-SUCH-RULE
                  Scenario: Bank does something
                    Given every submission the bank made

                  @id:BNK-02 @rules:remaining
                  Scenario: Every other check of the rule pack passes on the bank's submissions
                    Given every submission the bank made
                """));

        List<Text> problems = Suites.check(suite, RuleCatalogue.standard());

        assertThat(problems).extracting(Text::key).containsExactly("suite.unknownRule");
        assertThat(problems.get(0).toString()).contains("BNK-01").contains("NO-SUCH-RULE").contains("tradecert-core");
    }

    @Test
    void remainingChecksMustComeLast() throws Exception {
        Suite suite = Suites.parse(Role.BANK, "memory:bank.feature", feature("""
                  @id:BNK-01 @rules:remaining
                  Scenario: Every other check of the rule pack passes on the bank's submissions
                    Given every submission the bank made

                  @id:BNK-01 @rule:PAY-CURRENCY
                  Scenario: Bank reports a payment
                    Given every submission the bank made
                """));

        assertThat(Suites.check(suite, RuleCatalogue.standard())).extracting(Text::key)
                .containsExactly("suite.remainingNotLast", "suite.duplicateId");
    }

    @Test
    void featureOfOtherRoleIsRejected() {
        assertThatThrownBy(() -> Suites.parse(Role.EXPORTER, "memory:bank.feature", feature("""
                  @id:BNK-01 @rules:remaining
                  Scenario: Every other check
                    Given every submission the bank made
                """)))
                .isInstanceOfSatisfying(SuiteException.class,
                        e -> assertThat(e.problems()).extracting(Text::key).containsExactly("suite.wrongRole"));
    }

    @Test
    void scenarioWithoutIdIsRejected() {
        assertThatThrownBy(() -> Suites.parse(Role.BANK, "memory:bank.feature", feature("""
                  @rule:PAY-CURRENCY
                  Scenario: Bank reports a payment
                    Given every submission the bank made
                """)))
                .isInstanceOfSatisfying(SuiteException.class,
                        e -> assertThat(e.problems()).extracting(Text::key).containsExactly("suite.noScenarioId"));
    }

    private static byte[] feature(String scenarios) {
        return ("@suite:bank @suite-version:1.0.0\nFeature: Bank conformance suite\n\n" + scenarios).getBytes(StandardCharsets.UTF_8);
    }

    private static Properties load(String resource) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = SuitesTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
