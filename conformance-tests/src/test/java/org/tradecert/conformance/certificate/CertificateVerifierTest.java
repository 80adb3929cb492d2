package org.tradecert.conformance.certificate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradecert.conformance.Certification;
import org.tradecert.conformance.CertificationRequest;
import org.tradecert.conformance.Certifier;
import org.tradecert.conformance.CoveredSubmission;
import org.tradecert.conformance.Role;
import org.tradecert.conformance.Text;
import org.tradecert.registry.Pem;
import org.tradecert.registry.RegistryLoader;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Verifying certificates offline: signer trust, validity, and re-running the suite over submissions that did or did not change. */
class CertificateVerifierTest {

    static final Path SEA = CertificateTest.root().resolve("examples/ledgers/sea-ok");
    static final Instant ISSUED = Instant.parse("2026-12-01T08:00:00Z");
    static final Instant NOW = Instant.parse("2027-01-15T00:00:00Z");

    static Certification certification;
    static byte[] selfSigned;

    @BeforeAll
    static void certify() throws Exception {
        certification = new Certifier().certify(CertificationRequest.of(Role.EXPORTER, SEA));
        ObjectNode core = CertificateCore.of(certification, ISSUED, ISSUED.plusSeconds(365L * 86400));
        selfSigned = CertificateSigner.sign(core, CertificateTest.key("exporter"), CertificateTest.chain("exporter"));
    }

    private static CertificateVerifier.Options options(Path submissions) {
        return new CertificateVerifier.Options(null, List.of(), List.of(), NOW, submissions, null);
    }

    private static CertificateVerifier.Check check(CertificateVerifier.Report report, String name) {
        return report.checks().stream().filter(check -> check.name().equals(name)).findFirst().orElseThrow();
    }

    private static String details(CertificateVerifier.Check check) {
        return String.join("\n", check.details().stream().map(Text::toString).toList());
    }

    @Test
    void unchangedSubmissionsConfirmResult() {
        CertificateVerifier.Report report = new CertificateVerifier().verify(selfSigned, options(SEA));

        assertThat(report.failed()).as(report.checks().toString()).isFalse();
        assertThat(report.untrusted()).isFalse();
        assertThat(check(report, CertificateVerifier.RERUN).status()).isEqualTo(CertificateVerifier.Status.OK);
        assertThat(check(report, CertificateVerifier.SIGNER).status()).isEqualTo(CertificateVerifier.Status.OK);
        assertThat(details(check(report, CertificateVerifier.SIGNER))).contains("the participant itself (self-certification)");
    }

    @Test
    void withoutTrustAnchorSignerIsNotChecked() {
        CertificateVerifier.Report report = new CertificateVerifier().verify(selfSigned, options(null));

        assertThat(report.failed()).isFalse();
        assertThat(report.untrusted()).isTrue();
        assertThat(check(report, CertificateVerifier.RERUN).status()).isEqualTo(CertificateVerifier.Status.NOT_CHECKED);
    }

    @Test
    void registryEstablishesTrust() throws Exception {
        CertificateVerifier.Options options = new CertificateVerifier.Options(
                new RegistryLoader().load(CertificateTest.CONSORTIUM.resolve("network.json")), List.of(), List.of(), NOW, null, null);

        CertificateVerifier.Report report = new CertificateVerifier().verify(selfSigned, options);

        assertThat(report.failed()).isFalse();
        assertThat(report.untrusted()).isFalse();
    }

    @Test
    void authorityCertificateIsNamed() throws Exception {
        ObjectNode core = CertificateCore.of(certification, ISSUED, ISSUED.plusSeconds(86400 * 30L));
        byte[] byBank = CertificateSigner.sign(core, CertificateTest.key("bank"), CertificateTest.chain("bank"));
        List<java.security.cert.X509Certificate> authority = Pem.certificates(Files.readString(CertificateTest.CONSORTIUM.resolve("ca/ca.cert.pem")));
        List<java.security.cert.X509CRL> revoked = List.of(Pem.crl(Files.readString(CertificateTest.CONSORTIUM.resolve("ca/crl-0001.pem"))));

        CertificateVerifier.Report withCrl = new CertificateVerifier().verify(byBank,
                new CertificateVerifier.Options(null, authority, revoked, ISSUED.plusSeconds(60), null, null));
        CertificateVerifier.Report withoutCrl = new CertificateVerifier().verify(byBank,
                new CertificateVerifier.Options(null, authority, List.of(), ISSUED.plusSeconds(60), null, null));

        assertThat(withCrl.failed()).as(withCrl.checks().toString()).isFalse();
        assertThat(details(check(withCrl, CertificateVerifier.SIGNER))).contains("organisation 911201017000HH107F, for the participant");
        assertThat(check(withoutCrl, CertificateVerifier.SIGNER).status()).isEqualTo(CertificateVerifier.Status.FAILED);
        assertThat(details(check(withoutCrl, CertificateVerifier.SIGNER))).contains("revocation unknown");
    }

    @Test
    void expiredCertificateFails() {
        CertificateVerifier.Options options = new CertificateVerifier.Options(null, List.of(), List.of(), ISSUED.plusSeconds(400L * 86400), null, null);

        CertificateVerifier.Report report = new CertificateVerifier().verify(selfSigned, options);

        assertThat(check(report, CertificateVerifier.VALIDITY).status()).isEqualTo(CertificateVerifier.Status.FAILED);
        assertThat(details(check(report, CertificateVerifier.VALIDITY))).startsWith("The certificate expired on 2027-12-01T08:00:00Z");
    }

    @Test
    void changedDocumentOfCoveredSubmissionIsNamed(@TempDir Path temp) throws Exception {
        Path ledger = copy(SEA, temp.resolve("sea"));
        Path block = ledger.resolve("blocks/000000000003.block.json");
        String text = Files.readString(block);
        int content = text.indexOf("\"content\"");
        int at = text.indexOf('"', content + 11) + 200;
        Files.writeString(block, text.substring(0, at) + (text.charAt(at) == 'A' ? 'B' : 'A') + text.substring(at + 1));
        String invoice = submission("commercial-invoice").submissionId();

        CertificateVerifier.Report report = new CertificateVerifier().verify(selfSigned, options(ledger));

        CertificateVerifier.Check rerun = check(report, CertificateVerifier.RERUN);
        assertThat(rerun.status()).isEqualTo(CertificateVerifier.Status.FAILED);
        assertThat(details(rerun)).contains("Scenario EXP-02").contains("was PASSED, the re-run gives FAILED")
                .contains("SIG-DIGEST").contains("(submission " + invoice + ")");
        assertThat(details(rerun)).contains("Changed: the document of submission " + invoice + " (commercial invoice HL-INV-2026-0142 version 1)");
        String chinese = String.join("\n", rerun.details().stream().map(detail -> detail.render(Locale.SIMPLIFIED_CHINESE)).toList());
        assertThat(chinese).contains("场景 EXP-02“出口商用网络认可的有效密钥和证书签署每次提交”原为通过，重新运行结果为不通过。");
        assertThat(report.failed()).isTrue();
    }

    @Test
    void changedStatementOfCoveredSubmissionIsNamed(@TempDir Path temp) throws Exception {
        Path ledger = copy(SEA, temp.resolve("sea"));
        Path block = ledger.resolve("blocks/000000000004.block.json");
        String text = Files.readString(block);
        int payload = text.indexOf("\"payload\"");
        int at = text.indexOf('"', payload + 9) + 40;
        Files.writeString(block, text.substring(0, at) + (text.charAt(at) == 'x' ? 'y' : 'x') + text.substring(at + 1));
        CoveredSubmission packing = submission("packing-list");

        CertificateVerifier.Report report = new CertificateVerifier().verify(selfSigned, options(ledger));

        String details = details(check(report, CertificateVerifier.RERUN));
        assertThat(check(report, CertificateVerifier.RERUN).status()).isEqualTo(CertificateVerifier.Status.FAILED);
        assertThat(details).contains(packing.submissionId()).contains("packing list HL-PL-2026-0142");
    }

    private static CoveredSubmission submission(String type) {
        return certification.covered().stream().filter(covered -> covered.documentType().equals(type)).findFirst().orElseThrow();
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

    @Test
    void reportNamesFormProblem() {
        byte[] changed = new String(selfSigned, StandardCharsets.US_ASCII).replace("{\"payload\"", "{ \"payload\"")
                .getBytes(StandardCharsets.US_ASCII);

        CertificateVerifier.Report report = new CertificateVerifier().verify(changed, options(null));

        assertThat(report.failed()).isTrue();
        assertThat(report.certificate()).isNull();
        assertThat(details(check(report, CertificateVerifier.FORM))).startsWith("The certificate file differs from the canonical form");
    }
}
