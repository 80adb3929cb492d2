package org.tradecert.cli.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradecert.cli.CliRun;
import org.tradecert.cli.ExitCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code tradecert rules test} on the fixtures of the checkout and on small fixture folders written for a test. */
class RulesTestCommandTest {

    private static final String INVOICE = "documents/valid/sea/commercial-invoice.xml";

    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("examples/selftest"))) {
            dir = dir.getParent();
        }
        return dir;
    }

    /** Writes a fixture folder beside a copy of the sea invoice, with one fixture of INV-LINE-AMOUNT expecting the given count. */
    private static Path folder(Path temp, int count) throws IOException {
        Path invoice = temp.resolve("examples").resolve(INVOICE);
        Files.createDirectories(invoice.getParent());
        Files.copy(root().resolve("examples").resolve(INVOICE), invoice);
        Path fixtures = Files.createDirectories(temp.resolve("examples/selftest/document-rules"));
        Files.writeString(fixtures.resolveSibling("bases.yaml"), "bases:\n  - document: " + INVOICE + "\n");
        Files.writeString(fixtures.resolve("INV-LINE-AMOUNT.yaml"), """
                rule: INV-LINE-AMOUNT
                fires:
                  - name: the net price of line 1 raised to 85.60
                    document: %s
                    edits:
                      - set: /ci:CommercialInvoice/ci:IncludedLineItem[1]/ci:NetPriceAmount
                        to: "85.60"
                    findings:
                      INV-LINE-AMOUNT: %d
                """.formatted(INVOICE, count));
        return fixtures.getParent();
    }

    @Test
    void checkoutFixturesPass() {
        CliRun run = CliRun.of("rules", "test", "INV-LINE-AMOUNT", "sig-digest", "LEDGER-HEIGHT", "SCHEMA-VIOLATION", "--lang", "en");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("Self-tests of 4 rules").contains("PASS         INV-LINE-AMOUNT")
                .contains("PASS         SIG-DIGEST").contains("CANNOT FIRE  SCHEMA-VIOLATION")
                .contains("Rules: 3 pass, 0 fail, 1 cannot fire.");
    }

    @Test
    void wrongCountReportsDifference(@TempDir Path temp) throws IOException {
        CliRun run = CliRun.of("rules", "test", "--fixtures", folder(temp, 2).toString(), "INV-LINE-AMOUNT", "--lang", "en");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.NON_CONFORMANT);
        assertThat(run.out()).contains("FAIL         INV-LINE-AMOUNT  passing cases: 1, firing cases: 1")
                .contains("fires[1] the net price of line 1 raised to 85.60: differs")
                .contains("INV-LINE-AMOUNT: 2 findings expected, 1 found")
                .doesNotContain("passes[1]");
    }

    @Test
    void allCasesListedInChinese(@TempDir Path temp) throws IOException {
        CliRun run = CliRun.of("rules", "test", "--fixtures", folder(temp, 1).toString(), "INV-LINE-AMOUNT", "--all-cases", "--lang", "zh-CN");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("通过    INV-LINE-AMOUNT  通过用例 1 个，触发用例 1 个")
                .contains("passes[1] 单证 " + INVOICE + "（未修改）：符合")
                .contains("1 条规则通过，0 条未通过，0 条无法触发。");
    }

    @Test
    void ruleWithoutFixtureFails(@TempDir Path temp) throws IOException {
        CliRun run = CliRun.of("rules", "test", "--fixtures", folder(temp, 1).toString(), "INV-DUE-DATE", "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCode.NON_CONFORMANT);
        assertThat(run.out()).contains("Rule INV-DUE-DATE has no self-test fixture; write ").contains("document-rules/INV-DUE-DATE.yaml");
    }

    @Test
    void unknownRuleIsUsageError() {
        CliRun run = CliRun.of("rules", "test", "INV-NO-SUCH-RULE", "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("There is no rule 'INV-NO-SUCH-RULE'");
    }

    @Test
    void folderWithoutBasesIsConfigurationError(@TempDir Path temp) {
        CliRun run = CliRun.of("rules", "test", "--fixtures", temp.toString(), "INV-LINE-AMOUNT", "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCode.CONFIGURATION);
        assertThat(run.err()).contains(temp + " is not a fixture folder: it has no bases.yaml.");
    }

    @Test
    void helpDescribesCommandInBothLanguages() {
        assertThat(CliRun.of("rules", "test", "--help", "--lang", "en").out()).contains("Run the self-tests of rules").contains("--fixtures=DIR");
        assertThat(CliRun.of("rules", "test", "--help", "--lang", "zh-CN").out()).contains("运行规则自测").contains("--all-cases");
    }
}
