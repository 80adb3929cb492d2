package org.tradecert.cli.certify;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradecert.cli.CliRun;
import org.tradecert.cli.ExitCode;
import org.tradecert.json.SafeJson;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** tradecert certify and certificate verify as a participant runs them, on the example sea shipment. */
class CertifyCommandTest {

    static final Path SEA = SeaShipment.root().resolve("examples/ledgers/sea-ok");
    static final Path EXPORTER = SeaShipment.consortium().resolve("participants/exporter");

    @TempDir
    static Path temp;
    static Path out;
    static CliRun certified;

    @BeforeAll
    static void certifyExporter() {
        out = temp.resolve("exporter");
        certified = CliRun.of("certify", "--role", "exporter", "--submissions", SEA.toString(), "--out", out.toString(),
                "--key", EXPORTER.resolve("key.pem").toString(), "--cert", EXPORTER.resolve("cert.pem").toString(),
                "--issued-at", "2026-12-01T08:00:00Z", "--lang", "en");
    }

    @Test
    void exporterIsCertified() {
        assertThat(certified.exitCode()).as(certified.err() + certified.out()).isEqualTo(ExitCode.OK);
        assertThat(certified.out()).contains("Certification of Tianjin Hailian Mechanical & Electrical Import & Export Co., Ltd. "
                + "(USCC 91120116MA05TC707B) as exporter");
        assertThat(certified.out()).containsPattern("PASSED +EXP-07 +Exporter issues a commercial invoice whose amounts add up");
        assertThat(certified.out()).containsPattern("NOT_APPLICABLE +EXP-13 +Exporter ships by air");
        // How many scenarios pass and how many have nothing to judge depends on the rules of the pack.
        assertThat(certified.out()).containsPattern("Verdict: CONFORMANT \\(\\d+ passed, 0 failed, \\d+ not applicable, 0 errors\\)");
        assertThat(certified.out()).contains("Certificate: " + out.resolve("certificate.jws") + " (valid until 2027-12-01T08:00:00Z)");
    }

    @Test
    void reportsAreWritten() throws Exception {
        for (String file : new String[]{"certificate.jws", "certification.json", "findings.sarif", "findings.html",
                "cucumber/report.html", "cucumber/junit.xml", "cucumber/report.json", "cucumber/messages.ndjson"}) {
            assertThat(out.resolve(file)).as(file).isNotEmptyFile();
        }
        JsonNode report = SafeJson.mapper().readTree(Files.readAllBytes(out.resolve("certification.json")));
        assertThat(report.path("format").asText()).isEqualTo("tradecert-certification-report/1");
        assertThat(report.path("signed").asBoolean()).isTrue();
        assertThat(report.path("certificate").path("verdict").asText()).isEqualTo("CONFORMANT");
        assertThat(report.path("scenarios").size()).isEqualTo(17);
        JsonNode sarif = SafeJson.mapper().readTree(Files.readAllBytes(out.resolve("findings.sarif")));
        assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
    }

    @Test
    void cucumberReportShowsReasonWithoutStackTrace() throws Exception {
        List<JsonNode> skipped = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("cucumber/messages.ndjson"))) {
            JsonNode result = SafeJson.mapper().readTree(line).path("testStepFinished").path("testStepResult");
            if (result.path("exception").isObject()) {
                skipped.add(result);
            }
        }

        // EXP-13 (air) does not apply to the sea exporter, so at least one step is skipped with a reason.
        assertThat(skipped).isNotEmpty();
        for (JsonNode result : skipped) {
            assertThat(result.path("status").asText()).as(result.toString()).isEqualTo("SKIPPED");
            assertThat(result.path("exception").path("type").asText()).as(result.toString())
                    .isEqualTo("org.tradecert.conformance.run.ScenarioNotApplicable");
            assertThat(result.path("exception").path("message").asText()).as(result.toString()).startsWith("The exporter submitted no ");
            assertThat(result.path("exception").path("stackTrace").asText()).as(result.toString()).isEmpty();
        }
    }

    @Test
    void certificateVerifiesAgainstSubmissions() {
        CliRun verified = CliRun.of("certificate", "verify", out.resolve("certificate.jws").toString(), "--submissions", SEA.toString(),
                "--at", "2027-01-01", "--lang", "en");

        assertThat(verified.exitCode()).as(verified.out() + verified.err()).isEqualTo(ExitCode.OK);
        assertThat(verified.out()).contains("the participant itself (self-certification)")
                .contains("Re-running the suite gives the same result: 2 submissions covered, 17 scenarios.")
                .endsWith("Verified." + System.lineSeparator());
    }

    @Test
    void certificateWithoutTrustAnchorIsIncomplete() {
        CliRun verified = CliRun.of("certificate", "verify", out.resolve("certificate.jws").toString(), "--at", "2027-01-01", "--lang", "en");

        assertThat(verified.exitCode()).isEqualTo(ExitCode.INCOMPLETE);
        assertThat(verified.out()).contains("NOT CHECKED").contains("No trust anchor was given");
    }

    @Test
    void expiredCertificateFails() {
        CliRun verified = CliRun.of("certificate", "verify", out.resolve("certificate.jws").toString(), "--at", "2028-01-01",
                "--registry", SeaShipment.consortium().resolve("network.json").toString(), "--lang", "en");

        assertThat(verified.exitCode()).isEqualTo(ExitCode.NON_CONFORMANT);
        assertThat(verified.out()).contains("The certificate expired on 2027-12-01T08:00:00Z");
    }

    @Test
    void chineseOutput(@TempDir Path folder) {
        CliRun run = CliRun.of("certify", "--role", "bank", "--submissions", SEA.toString(), "--out", folder.toString(), "--lang", "zh-CN");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("海河商业银行天津滨海分行（USCC 911201017000HH107F）作为银行的认证")
                .contains("银行报告金额和费用合计一致的付款")
                .contains("结论：合规")
                .contains("未签署证书");
    }

    @Test
    void withoutKeyNoCertificate(@TempDir Path folder) {
        CliRun run = CliRun.of("certify", "--role", "bank", "--submissions", SEA.toString(), "--out", folder.toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(folder.resolve("certificate.jws")).doesNotExist();
        assertThat(folder.resolve("certification.json")).isNotEmptyFile();
        assertThat(run.out()).contains("No certificate was signed: give --key and --cert to sign one.");
    }

    @Test
    void unknownRoleIsUsageError(@TempDir Path folder) {
        CliRun run = CliRun.of("certify", "--role", "shipper", "--submissions", SEA.toString(), "--out", folder.toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("'shipper' is not a role with a conformance suite").contains("freight-forwarder");
    }

    @Test
    void keyWithoutCertificateIsUsageError(@TempDir Path folder) {
        CliRun run = CliRun.of("certify", "--role", "exporter", "--submissions", SEA.toString(), "--out", folder.toString(),
                "--key", EXPORTER.resolve("key.pem").toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--key and --cert go together");
    }

    @Test
    void foreignKeyIsConfigurationError(@TempDir Path folder) {
        CliRun run = CliRun.of("certify", "--role", "exporter", "--submissions", SEA.toString(), "--out", folder.toString(),
                "--key", SeaShipment.consortium().resolve("participants/bank/key.pem").toString(),
                "--cert", EXPORTER.resolve("cert.pem").toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCode.CONFIGURATION);
        assertThat(run.err()).contains("The signing key does not belong to the certificate");
    }

    @Test
    void unknownParticipantIsUsageError(@TempDir Path folder) {
        CliRun run = CliRun.of("certify", "--role", "exporter", "--participant", "91000000000000000X", "--submissions", SEA.toString(),
                "--out", folder.toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("91000000000000000X is not a participant of the network").contains("91120116MA05TC707B");
    }

    @Test
    void roleWithoutSubmissionsIsUsageError(@TempDir Path folder) {
        CliRun run = CliRun.of("certify", "--role", "airline", "--submissions", SEA.toString(), "--out", folder.toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("No organisation made submissions as airline");
    }

    @Test
    void networkParticipantWithoutSubmissionsIsUsageError(@TempDir Path folder) {
        // The bank of the demo consortium is in the network but made no submission as exporter.
        CliRun run = CliRun.of("certify", "--role", "exporter", "--participant", "911201017000HH107F", "--submissions", SEA.toString(),
                "--out", folder.toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("911201017000HH107F made no submissions as exporter");
        assertThat(run.err()).contains("91120116MA05TC707B");
    }

    @Test
    void outputFileIsInputOutputError(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("afile"), "");

        for (String language : new String[]{"en", "zh-CN"}) {
            CliRun run = CliRun.of("certify", "--role", "bank", "--submissions", SEA.toString(), "--out", file.toString(), "--lang", language);

            assertThat(run.exitCode()).as(language).isEqualTo(ExitCode.INPUT_OUTPUT);
            assertThat(run.err()).as(language).doesNotContain("FileAlreadyExists");
        }
        CliRun english = CliRun.of("certify", "--role", "bank", "--submissions", SEA.toString(), "--out", file.toString(), "--lang", "en");
        CliRun chinese = CliRun.of("certify", "--role", "bank", "--submissions", SEA.toString(), "--out", file.resolve("sub").toString(),
                "--lang", "zh-CN");
        assertThat(english.err()).contains(file + " is a file, but --out needs a folder.");
        assertThat(chinese.err()).contains(file + " 是文件，但 --out 需要文件夹。");
    }

    @Test
    void missingKeyIsConfigurationError(@TempDir Path folder) {
        CliRun run = CliRun.of("certify", "--role", "exporter", "--submissions", SEA.toString(), "--out", folder.resolve("out").toString(),
                "--key", folder.resolve("none.pem").toString(), "--cert", EXPORTER.resolve("cert.pem").toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCode.CONFIGURATION);
        assertThat(run.err()).contains(folder.resolve("none.pem") + ": no such file.");
    }

    @Test
    void keyWithoutPemSuggestsPrivateKey(@TempDir Path folder) throws Exception {
        Path junk = Files.writeString(folder.resolve("junk.pem"), "not a key\n");

        CliRun run = CliRun.of("certify", "--role", "exporter", "--submissions", SEA.toString(), "--out", folder.resolve("out").toString(),
                "--key", junk.toString(), "--cert", EXPORTER.resolve("cert.pem").toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCode.CONFIGURATION);
        assertThat(run.err()).contains("-----BEGIN PRIVATE KEY-----");
        assertThat(run.err()).doesNotContain("PUBLIC KEY");
    }

    @Test
    void missingSubmissionsIsInputError(@TempDir Path folder) {
        CliRun run = CliRun.of("certify", "--role", "exporter", "--submissions", folder.resolve("none").toString(),
                "--out", folder.resolve("out").toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_OUTPUT);
        assertThat(run.err()).contains("no such file or folder");
    }

    @Test
    void envelopesWithoutRegistryAreConfigurationError(@TempDir Path folder) throws Exception {
        Path envelopes = folder.resolve("envelopes");
        Files.createDirectories(envelopes);
        Files.copy(SeaShipment.root().resolve("examples/documents/valid/sea/commercial-invoice.xml"), envelopes.resolve("invoice.xml"));
        CliRun.of("sign", "--key", EXPORTER.resolve("key.pem").toString(), "--cert", EXPORTER.resolve("cert.pem").toString(),
                "--registry", SeaShipment.consortium().resolve("network.json").toString(), "--type", "commercial-invoice",
                envelopes.resolve("invoice.xml").toString());

        CliRun run = CliRun.of("certify", "--role", "exporter", "--submissions", envelopes.toString(), "--out", folder.resolve("out").toString(),
                "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCode.CONFIGURATION);
        assertThat(run.err()).contains("No network registry for");
    }

    @Test
    void badThresholdIsUsageError(@TempDir Path folder) {
        CliRun run = CliRun.of("certify", "--role", "bank", "--submissions", SEA.toString(), "--out", folder.toString(), "--fail-on", "info");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void helpNamesOptions() {
        CliRun help = CliRun.of("certify", "--help", "--lang", "en");
        CliRun verifyHelp = CliRun.of("certificate", "verify", "--help", "--lang", "en");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--role=ROLE").contains("--participant=ORG").contains("--submissions=PATH").contains("--out=DIR")
                .contains("--key=FILE").contains("--valid-days=DAYS").contains("Exit codes: 0 conformant, 1 not conformant");
        assertThat(verifyHelp.out()).contains("--submissions=PATH").contains("--trust=FILE").contains("--crl=FILE").contains("--at=TIME");
    }
}
