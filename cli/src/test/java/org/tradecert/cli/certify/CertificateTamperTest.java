package org.tradecert.cli.certify;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradecert.cli.CliRun;
import org.tradecert.cli.ExitCode;
import org.tradecert.json.SafeJson;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One changed byte, in the certificate or in a submission it covers, makes certificate verify
 * exit 1 and say which: the certificate itself, or the submission by its id.
 */
class CertificateTamperTest {

    static final Path EXPORTER = SeaShipment.consortium().resolve("participants/exporter");
    static final Path REGISTRY = SeaShipment.consortium().resolve("network.json");

    @TempDir
    static Path temp;
    static Path ledger;
    static Path certificate;
    static String invoiceSubmission;
    static String packingSubmission;

    @BeforeAll
    static void certify() throws Exception {
        ledger = copy(SeaShipment.root().resolve("examples/ledgers/sea-ok"), temp.resolve("sea"));
        CliRun run = CliRun.of("certify", "--role", "exporter", "--submissions", ledger.toString(), "--out", temp.resolve("out").toString(),
                "--key", EXPORTER.resolve("key.pem").toString(), "--cert", EXPORTER.resolve("cert.pem").toString(),
                "--issued-at", "2026-12-01T08:00:00Z");
        assertThat(run.exitCode()).as(run.err()).isZero();
        certificate = temp.resolve("out/certificate.jws");
        for (var covered : SafeJson.mapper().readTree(Files.readAllBytes(temp.resolve("out/certification.json")))
                .path("certificate").path("submissions").path("covered")) {
            if (covered.path("documentType").asText().equals("commercial-invoice")) {
                invoiceSubmission = covered.path("submissionId").asText();
            } else {
                packingSubmission = covered.path("submissionId").asText();
            }
        }
    }

    static Path copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }

    private static CliRun verify(Path file, Path submissions) {
        return submissions == null
                ? CliRun.of("certificate", "verify", file.toString(), "--registry", REGISTRY.toString(), "--at", "2027-01-01", "--lang", "en")
                : CliRun.of("certificate", "verify", file.toString(), "--submissions", submissions.toString(), "--at", "2027-01-01", "--lang", "en");
    }

    @Test
    void untouchedCertificateVerifies() {
        CliRun run = verify(certificate, ledger);

        assertThat(run.exitCode()).as(run.out()).isZero();
    }

    /** Positions as a fraction of the file: the structure at the start, the header, the payload, the signature, the last byte. */
    @ParameterizedTest(name = "byte at {0} of the file")
    @ValueSource(doubles = {0.0, 0.001, 0.05, 0.3, 0.6, 0.9, 0.995, 1.0})
    void changedCertificateByteFails(double where, @TempDir Path folder) throws Exception {
        byte[] bytes = Files.readAllBytes(certificate);
        int at = Math.min(bytes.length - 1, (int) Math.round(where * (bytes.length - 1)));
        bytes[at] = (byte) (bytes[at] == 'A' ? 'B' : bytes[at] + 1);
        Path changed = Files.write(folder.resolve("certificate.jws"), bytes);

        CliRun run = verify(changed, null);

        assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCode.NON_CONFORMANT);
        assertThat(run.out()).containsPattern("FAILED +form +The (certificate|signature of the certificate|signed content|protected header|member)")
                .contains("Not verified");
        assertThat(run.out()).containsPattern("NOT CHECKED +validity +Skipped because the form check failed.");
        assertThat(run.out()).containsPattern("NOT CHECKED +signer +Skipped because the form check failed.");
        assertThat(run.out()).containsPattern("NOT CHECKED +re-run +Skipped because the form check failed.");
        assertThat(run.out()).doesNotContain("(invalid)");
    }

    @Test
    void controlCharacterInPayloadNamesNoParserDetail(@TempDir Path folder) throws Exception {
        String file = Files.readString(certificate, StandardCharsets.US_ASCII);
        String payload = SafeJson.mapper().readTree(file).path("payload").asText();
        byte[] content = Base64.getUrlDecoder().decode(payload);
        content[12] = 0x12;
        String changedPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(content);
        Path changed = Files.writeString(folder.resolve("certificate.jws"), file.replace(payload, changedPayload), StandardCharsets.US_ASCII);

        CliRun run = verify(changed, null);

        assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCode.NON_CONFORMANT);
        assertThat(run.out()).contains("The signed content of the certificate is not valid JSON, so it was changed or damaged after signing.");
        assertThat(run.out()).doesNotContain("CTRL-CHAR");
    }

    @Test
    void changedDocumentByteNamesSubmission(@TempDir Path folder) throws Exception {
        Path changed = copy(ledger, folder.resolve("sea"));
        Path block = changed.resolve("blocks/000000000003.block.json");
        String text = Files.readString(block);
        int at = text.indexOf('"', text.indexOf("\"content\"") + 10) + 300;
        Files.writeString(block, text.substring(0, at) + (text.charAt(at) == 'A' ? 'B' : 'A') + text.substring(at + 1));

        CliRun run = verify(certificate, changed);

        assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCode.NON_CONFORMANT);
        assertThat(run.out()).contains("FAILED").contains("re-run").contains("(submission " + invoiceSubmission + ")")
                .contains("Changed: the document of submission " + invoiceSubmission + " (commercial invoice HL-INV-2026-0142 version 1)")
                .contains("Scenario EXP-02 'Exporter signs each submission with a valid key and certificate of the network' was PASSED");
        assertThat(run.out()).contains("The verdict is now NOT CONFORMANT; the certificate says CONFORMANT.");

        CliRun chinese = CliRun.of("certificate", "verify", certificate.toString(), "--submissions", changed.toString(), "--at", "2027-01-01",
                "--lang", "zh-CN");

        assertThat(chinese.exitCode()).as(chinese.out()).isEqualTo(ExitCode.NON_CONFORMANT);
        assertThat(chinese.out()).contains("原为通过，重新运行结果为不通过。");
        assertThat(chinese.out()).contains("结论现为不合规；证书记载的是合规。");
        assertThat(chinese.out()).contains("（商业发票 HL-INV-2026-0142 第 1 版）");
    }

    @Test
    void changedStatementByteNamesSubmission(@TempDir Path folder) throws Exception {
        Path changed = copy(ledger, folder.resolve("sea"));
        Path block = changed.resolve("blocks/000000000004.block.json");
        String text = Files.readString(block);
        int at = text.indexOf('"', text.indexOf("\"payload\"") + 9) + 60;
        Files.writeString(block, text.substring(0, at) + (text.charAt(at) == 'x' ? 'y' : 'x') + text.substring(at + 1));

        CliRun run = verify(certificate, changed);

        assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCode.NON_CONFORMANT);
        assertThat(run.out()).contains("submission " + packingSubmission + " (packing list HL-PL-2026-0142 version 1)");
    }

    @Test
    void changedDetachedDocumentNamesSubmission(@TempDir Path folder) throws Exception {
        Path envelopes = folder.resolve("envelopes");
        SeaShipment.build(envelopes, null, true, Map.of());
        Files.copy(REGISTRY, envelopes.resolve("network.json"));
        Path out = folder.resolve("out");
        CliRun certified = CliRun.of("certify", "--role", "exporter", "--submissions", envelopes.toString(), "--out", out.toString(),
                "--key", EXPORTER.resolve("key.pem").toString(), "--cert", EXPORTER.resolve("cert.pem").toString(),
                "--issued-at", "2026-12-01T08:00:00Z", "--lang", "en");
        assertThat(certified.exitCode()).as(certified.out() + certified.err()).isZero();
        CliRun before = verify(out.resolve("certificate.jws"), envelopes);

        Path packing = envelopes.resolve("packing-list.xml");
        byte[] bytes = Files.readAllBytes(packing);
        int at = new String(bytes, StandardCharsets.UTF_8).indexOf("HL-PL-2026-0142") + 3;
        bytes[at] = (byte) (bytes[at] + 1);
        Files.write(packing, bytes);
        CliRun after = verify(out.resolve("certificate.jws"), envelopes);

        assertThat(before.exitCode()).as(before.out()).isZero();
        assertThat(after.exitCode()).as(after.out()).isEqualTo(ExitCode.NON_CONFORMANT);
        String submission = SafeJson.mapper().readTree(Files.readAllBytes(envelopes.resolve("packing-list.xml.envelope.json")))
                .path("payload").asText();
        assertThat(submission).isNotEmpty();
        assertThat(after.out()).contains("packing-list.xml.envelope.json").contains("SIG-DIGEST")
                .containsPattern("Changed: the document of submission \\S+ \\(packing list HL-PL-2026-0142 version 1\\)");
    }
}
