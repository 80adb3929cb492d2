package org.tradecert.conformance.certificate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradecert.conformance.Certification;
import org.tradecert.conformance.CertificationRequest;
import org.tradecert.conformance.Certifier;
import org.tradecert.conformance.Role;
import org.tradecert.crypto.Keys;
import org.tradecert.crypto.SignatureAlgorithm;
import org.tradecert.registry.Pem;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Signing a certificate core and reading it back, and every one-byte change of the file being rejected. */
class CertificateTest {

    static final Path CONSORTIUM = root().resolve("examples/consortium");
    static final Instant ISSUED = Instant.parse("2026-12-01T08:00:00Z");

    static ObjectNode core;
    static byte[] file;

    @BeforeAll
    static void sign() throws Exception {
        Certification certification = new Certifier().certify(CertificationRequest.of(Role.EXPORTER, root().resolve("examples/ledgers/sea-ok")));
        core = CertificateCore.of(certification, ISSUED, ISSUED.plusSeconds(365L * 86400));
        file = CertificateSigner.sign(core, key("exporter"), chain("exporter"));
    }

    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("examples"))) {
            dir = dir.getParent();
        }
        return dir;
    }

    static PrivateKey key(String role) throws Exception {
        return Keys.readPrivateKey(Files.readString(CONSORTIUM.resolve("participants").resolve(role).resolve("key.pem")), null);
    }

    static List<X509Certificate> chain(String role) throws Exception {
        return Pem.certificates(Files.readString(CONSORTIUM.resolve("participants").resolve(role).resolve("cert.pem")));
    }

    @Test
    void signedCertificateReadsBack() throws Exception {
        ConformanceCertificate certificate = ConformanceCertificate.read(file);

        assertThat(certificate.core()).isEqualTo(core);
        assertThat(certificate.algorithm()).isEqualTo(SignatureAlgorithm.SM2_SM3);
        assertThat(Pem.subject(certificate.signer())).contains("91120116MA05TC707B");
        assertThat(certificate.issuedAt()).isEqualTo(ISSUED);
        assertThat(certificate.expiresAt()).isEqualTo(ISSUED.plusSeconds(365L * 86400));
    }

    @Test
    void fileIsCanonicalJwsLine() {
        String text = new String(file, StandardCharsets.US_ASCII);

        assertThat(text).startsWith("{\"payload\":\"").endsWith("\"}\n").contains("\",\"protected\":\"").contains("\",\"signature\":\"");
        assertThat(text.chars().filter(c -> c == '\n').count()).isEqualTo(1);
    }

    @Test
    void coreNamesWhatTheIssueAsks() {
        assertThat(core.path("participant").path("organisation").asText()).isEqualTo("91120116MA05TC707B");
        assertThat(core.path("participant").path("role").asText()).isEqualTo("exporter");
        assertThat(core.path("suite").path("id").asText()).isEqualTo("tradecert-conformance-exporter");
        assertThat(core.path("suite").path("version").asText()).isEqualTo("1.0.0");
        assertThat(core.path("suite").path("digest").asText()).startsWith("sha-256:");
        assertThat(core.path("rulePack").path("digest").asText()).startsWith("sha-256:");
        assertThat(core.path("schemas").size()).isPositive();
        assertThat(core.path("codeLists").size()).isPositive();
        assertThat(core.path("tool").path("version").asText()).isNotEmpty();
        assertThat(core.path("submissions").path("merkleRoot").asText()).hasSize(64);
        assertThat(core.path("submissions").path("covered").size()).isEqualTo(2);
        assertThat(core.path("scenarios").size()).isEqualTo(17);
        assertThat(core.path("verdict").asText()).isEqualTo("CONFORMANT");
        assertThat(core.path("issuedAt").asText()).isEqualTo("2026-12-01T08:00:00Z");
        assertThat(core.path("expiresAt").asText()).isEqualTo("2027-12-01T08:00:00Z");
    }

    /**
     * A byte of the file changed to the next byte value makes the certificate unreadable or its
     * signature fail: every byte outside the payload (structure, header with the signer's
     * certificate, signature, final line feed) and every seventh byte of the payload.
     */
    @Test
    void changedBytesAreRejected() {
        String text = new String(file, StandardCharsets.US_ASCII);
        int payloadStart = text.indexOf("\"payload\":\"") + 11;
        int payloadEnd = text.indexOf('"', payloadStart);
        List<Integer> accepted = new ArrayList<>();
        for (int i = 0; i < file.length; i += i >= payloadStart && i < payloadEnd ? 7 : 1) {
            byte[] changed = file.clone();
            changed[i] = (byte) (changed[i] + 1);
            try {
                ConformanceCertificate.read(changed);
                accepted.add(i);
            } catch (CertificateException e) {
                assertThat(e.text().key()).startsWith("certificate.");
            }
        }

        assertThat(accepted).isEmpty();
    }

    @Test
    void paddedBase64IsRejected() {
        String text = new String(file, StandardCharsets.US_ASCII);
        String signature = text.substring(text.indexOf("\"signature\":\"") + 13, text.lastIndexOf('"'));
        byte[] padded = text.replace(signature, Base64.getUrlEncoder().encodeToString(Base64.getUrlDecoder().decode(signature)))
                .getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> ConformanceCertificate.read(padded))
                .isInstanceOfSatisfying(CertificateException.class, e -> assertThat(e.text().key()).isIn("certificate.base64", "certificate.notCanonical"));
    }

    @Test
    void keyOfAnotherCertificateIsRefused() {
        assertThatThrownBy(() -> CertificateSigner.sign(core, key("bank"), chain("exporter")))
                .isInstanceOfSatisfying(CertificateException.class,
                        e -> assertThat(e.text().key()).isEqualTo("certificate.keyMismatch"));
    }

    @Test
    void ed25519KeySignsToo() throws Exception {
        byte[] signed = CertificateSigner.sign(core, key("ocean-carrier"), chain("ocean-carrier"));

        assertThat(ConformanceCertificate.read(signed).algorithm()).isEqualTo(SignatureAlgorithm.ED25519);
    }
}
