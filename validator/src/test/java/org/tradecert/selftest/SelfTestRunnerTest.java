package org.tradecert.selftest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradecert.ProjectPaths;
import org.tradecert.rules.RuleCatalogue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The self-test runner on small fixture folders written for each test beside a copy of the sea
 * invoice: what it reports when a fixture is wrong, incomplete or does not fit its rule.
 */
class SelfTestRunnerTest {

    private static final String INVOICE = "documents/valid/sea/commercial-invoice.xml";
    private static final String NET_PRICE = "/ci:CommercialInvoice/ci:IncludedLineItem[1]/ci:NetPriceAmount";

    @TempDir
    Path examples;

    private Path fixtures;

    @BeforeEach
    void copyInvoice() throws IOException {
        Path invoice = examples.resolve(INVOICE);
        Files.createDirectories(invoice.getParent());
        Files.copy(ProjectPaths.examples().resolve(INVOICE), invoice);
        fixtures = Files.createDirectories(examples.resolve(FixtureSet.FOLDER));
        write(FixtureSet.BASES_FILE, "bases:\n  - document: " + INVOICE + "\n");
    }

    private void write(String relative, String text) throws IOException {
        Path file = fixtures.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private RuleReport run(String ruleId) {
        try (SelfTestRunner runner = new SelfTestRunner(FixtureSet.load(fixtures, RuleCatalogue.standard()), RuleCatalogue.standard(), 1)) {
            return runner.run(ruleId);
        }
    }

    /** A fixture of INV-LINE-AMOUNT that raises the net price of line 1 and expects the given findings. */
    private static String linePrice(String findings) {
        return """
                rule: INV-LINE-AMOUNT
                fires:
                  - name: the net price of line 1 raised
                    document: %s
                    edits:
                      - set: %s
                        to: "85.60"
                    findings:
                %s""".formatted(INVOICE, NET_PRICE, findings);
    }

    @Test
    void matchingFixturePasses() throws IOException {
        write("document-rules/INV-LINE-AMOUNT.yaml", linePrice("      INV-LINE-AMOUNT: 1\n"));

        RuleReport report = run("INV-LINE-AMOUNT");

        assertThat(report.status()).as(RuleSelfTestsTest.describe(report)).isEqualTo(RuleReport.Status.PASS);
        assertThat(report.cases()).extracting(result -> result.fixtureCase().kind())
                .as("the unedited declared base is the passing case").containsExactly(FixtureCase.Kind.PASSES, FixtureCase.Kind.FIRES);
        assertThat(report.cases().get(0).fixtureCase().implicit()).isTrue();
    }

    @Test
    void wrongCountIsADifference() throws IOException {
        write("document-rules/INV-LINE-AMOUNT.yaml", linePrice("      INV-LINE-AMOUNT: 2\n"));

        RuleReport report = run("INV-LINE-AMOUNT");

        assertThat(report.status()).isEqualTo(RuleReport.Status.FAIL);
        assertThat(report.cases().get(1).differences()).containsExactly(Difference.count("INV-LINE-AMOUNT", 2, 1));
    }

    @Test
    void findingOfAnotherRuleIsADifference() throws IOException {
        write("document-rules/INV-LINE-TOTAL.yaml", """
                rule: INV-LINE-TOTAL
                fires:
                  - name: the line total lowered, the grand total left as it was
                    document: %s
                    edits:
                      - set: /ci:CommercialInvoice/ci:MonetarySummation/ci:LineTotalAmount
                        to: "228000.00"
                    findings:
                      INV-LINE-TOTAL: 1
                """.formatted(INVOICE));

        RuleReport report = run("INV-LINE-TOTAL");

        assertThat(report.cases().get(1).differences()).containsExactly(Difference.count("INV-GRAND-TOTAL", 0, 1));
        assertThat(report.cases().get(1).found()).containsEntry("INV-LINE-TOTAL", 1).containsEntry("INV-GRAND-TOTAL", 1);
    }

    @Test
    void xpathMatchingNothingStopsTheCase() throws IOException {
        write("document-rules/INV-LINE-AMOUNT.yaml", linePrice("      INV-LINE-AMOUNT: 1\n").replace("IncludedLineItem[1]", "IncludedLineItem[3]"));

        RuleReport report = run("INV-LINE-AMOUNT");

        CaseResult fire = report.cases().get(1);
        assertThat(fire.problem()).isNotNull();
        assertThat(fire.problem().key()).isEqualTo("xpath-matches-nothing");
        assertThat(fire.problem().arguments()).contains(NET_PRICE.replace("[1]", "[3]"));
        assertThat(report.status()).isEqualTo(RuleReport.Status.FAIL);
    }

    @Test
    void unknownKeyIsAProblemOfTheFile() throws IOException {
        write("document-rules/INV-LINE-AMOUNT.yaml", linePrice("      INV-LINE-AMOUNT: 1\n").replace("fires:", "fire:"));

        RuleReport report = run("INV-LINE-AMOUNT");

        assertThat(report.cases()).as("a file with problems is not run").isEmpty();
        assertThat(report.problems()).extracting(Problem::key).containsExactly("unknown-key");
        assertThat(report.problems().get(0).arguments()).contains("fire");
    }

    @Test
    void duplicateKeyIsASyntaxProblem() throws IOException {
        write("document-rules/INV-LINE-AMOUNT.yaml", linePrice("      INV-LINE-AMOUNT: 1\n      INV-LINE-AMOUNT: 2\n"));

        RuleReport report = run("INV-LINE-AMOUNT");

        assertThat(report.problems()).extracting(Problem::key).containsExactly("syntax");
    }

    @Test
    void firingCaseMustExpectItsRule() throws IOException {
        write("document-rules/INV-LINE-AMOUNT.yaml", linePrice("      INV-GRAND-TOTAL: 1\n"));

        RuleReport report = run("INV-LINE-AMOUNT");

        assertThat(report.problems()).extracting(Problem::key).containsExactly("fires-without-rule");
    }

    @Test
    void ruleWithoutFixtureFails() {
        RuleReport report = run("INV-DUE-DATE");

        assertThat(report.status()).isEqualTo(RuleReport.Status.FAIL);
        assertThat(report.problems()).extracting(Problem::key).containsExactly("no-fixture");
        assertThat(report.problems().get(0).arguments().get(1)).endsWith("document-rules/INV-DUE-DATE.yaml");
    }

    @Test
    void fixtureForUnknownRuleIsAProblem() throws IOException {
        write("document-rules/INV-NO-SUCH-RULE.yaml", linePrice("      INV-LINE-AMOUNT: 1\n").replace("rule: INV-LINE-AMOUNT", "rule: INV-NO-SUCH-RULE"));

        try (SelfTestRunner runner = new SelfTestRunner(FixtureSet.load(fixtures, RuleCatalogue.standard()), RuleCatalogue.standard(), 1)) {
            assertThat(runner.allRuleIds()).contains("INV-NO-SUCH-RULE");
            assertThat(runner.run("INV-NO-SUCH-RULE").problems()).extracting(Problem::key).contains("unknown-rule");
        }
    }

    @Test
    void fileInAnotherLayersFolderIsAProblem() throws IOException {
        write("schema/INV-LINE-AMOUNT.yaml", linePrice("      INV-LINE-AMOUNT: 1\n"));

        RuleReport report = run("INV-LINE-AMOUNT");

        assertThat(report.problems()).extracting(Problem::key).containsExactly("wrong-folder");
    }

    @Test
    void undeclaredBaseLeavesRuleWithoutPassingCase() throws IOException {
        write(FixtureSet.BASES_FILE, "bases: []\n");
        write("document-rules/INV-LINE-AMOUNT.yaml", linePrice("      INV-LINE-AMOUNT: 1\n"));

        RuleReport report = run("INV-LINE-AMOUNT");

        assertThat(report.problems()).extracting(Problem::key).containsExactly("no-passing-case");
        assertThat(report.status()).isEqualTo(RuleReport.Status.FAIL);
    }

    @Test
    void notApplicableRuleDoesNotPass() throws IOException {
        write("document-rules/INV-PAYEE-IBAN.yaml", """
                rule: INV-PAYEE-IBAN
                fires:
                  - name: an IBAN with wrong check digits
                    document: %s
                    edits:
                      - insert: "<ram:IBANID>DE12123456781234567890</ram:IBANID>"
                        before: /ci:CommercialInvoice/ci:PayeeFinancialAccount/ram:ProprietaryID
                      - remove: /ci:CommercialInvoice/ci:PayeeFinancialAccount/ram:ProprietaryID
                    findings:
                      INV-PAYEE-IBAN: 1
                """.formatted(INVOICE));

        RuleReport report = run("INV-PAYEE-IBAN");

        assertThat(report.cases().get(0).differences()).containsExactly(
                new Difference(Difference.Kind.NOT_PASSED, "INV-PAYEE-IBAN", 0, 0, "not-applicable"));
        assertThat(report.cases().get(1).matches()).isTrue();
    }

    @Test
    void cannotFireNeedsReasonAndPassingCases() throws IOException {
        write("schema/SCHEMA-VIOLATION.yaml", """
                rule: SCHEMA-VIOLATION
                cannot-fire: No document of this release can raise another kind of schema error.
                passes:
                  - document: %s
                """.formatted(INVOICE));
        write("schema/SCHEMA-STRUCTURE.yaml", """
                rule: SCHEMA-STRUCTURE
                cannot-fire: A reason, but no passing case.
                """);

        assertThat(run("SCHEMA-VIOLATION").status()).isEqualTo(RuleReport.Status.CANNOT_FIRE);
        assertThat(run("SCHEMA-VIOLATION").cannotFire()).startsWith("No document");
        assertThat(run("SCHEMA-STRUCTURE").problems()).extracting(Problem::key).containsExactly("cannot-fire");
    }

    @Test
    void layerErrorIsADifferenceUnlessExpected() throws IOException {
        String fixture = """
                rule: INPUT-TIMEOUT
                passes:
                  - document: %s
                fires:
                  - name: a time limit of one nanosecond
                    document: %s
                    options:
                      time-limit: 1 ns
                    findings:
                      INPUT-TIMEOUT: 1
                """.formatted(INVOICE, INVOICE);
        write("input/INPUT-TIMEOUT.yaml", fixture);

        RuleReport unexpected = run("INPUT-TIMEOUT");
        write("input/INPUT-TIMEOUT.yaml", fixture + "    incomplete: true\n");
        RuleReport expected = run("INPUT-TIMEOUT");

        assertThat(unexpected.cases().get(1).differences()).extracting(Difference::kind).containsOnly(Difference.Kind.LAYER_ERROR);
        assertThat(expected.status()).as(RuleSelfTestsTest.describe(expected)).isEqualTo(RuleReport.Status.PASS);
    }

    @Test
    void fixtureFolderFoundFromBelowTheCheckout() throws IOException {
        Path nested = Files.createDirectories(examples.resolve("documents/valid/sea"));

        assertThat(FixtureSet.find(nested)).isEmpty();
        assertThat(FixtureSet.find(examples.getParent().resolve(examples.getFileName()))).isEmpty();
        assertThat(FixtureSet.find(ProjectPaths.root().resolve("validator"))).contains(ProjectPaths.examples().resolve(FixtureSet.FOLDER));
    }

    @Test
    void editsNeverWriteToTheExamples() throws IOException {
        byte[] before = Files.readAllBytes(examples.resolve(INVOICE));
        write("document-rules/INV-LINE-AMOUNT.yaml", linePrice("      INV-LINE-AMOUNT: 1\n"));

        run("INV-LINE-AMOUNT");

        assertThat(Files.readAllBytes(examples.resolve(INVOICE))).isEqualTo(before);
        assertThat(List.of(examples.resolve(INVOICE).getParent().toFile().list())).containsExactly("commercial-invoice.xml");
    }
}
