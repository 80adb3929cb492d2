package org.tradecert.cli.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradecert.cli.CliRun;
import org.tradecert.cli.ExitCode;
import org.tradecert.crypto.Keys;
import org.tradecert.crypto.SignatureAlgorithm;
import org.tradecert.document.DocumentReader;
import org.tradecert.envelope.DocumentSigning;
import org.tradecert.ledger.SandboxLedger;
import org.tradecert.registry.NetworkRegistry;
import org.tradecert.registry.Pem;
import org.tradecert.registry.RegistryLoader;
import org.tradecert.sandbox.SandboxConsortium;
import org.tradecert.schema.catalog.SchemaCatalog;
import org.tradecert.schema.generate.JsonText;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each way of tampering with the committed sea ledger, done to a copy, makes ledger verify exit 1
 * and name the rule that catches it.
 */
class LedgerTamperTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BigInteger P256_ORDER = new BigInteger("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16);

    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("examples"))) {
            dir = dir.getParent();
        }
        return dir;
    }

    @Test
    void committedLedgersVerify() {
        for (String name : List.of("sea-ok", "air-ok")) {
            CliRun run = CliRun.of("ledger", "verify", root().resolve("examples/ledgers").resolve(name).toString(), "--lang", "en");

            assertThat(run.exitCode()).as(name + "\n" + run.out() + run.err()).isZero();
            assertThat(run.out()).contains("0 findings");
        }
    }

    @Test
    void changedPayloadByteIsDigestMismatch(@TempDir Path temp) throws Exception {
        Path ledger = copyLedger(temp);
        Path block = blockOf(ledger, "commercial-invoice");
        ObjectNode tree = (ObjectNode) JSON.readTree(block.toFile());
        ObjectNode document = (ObjectNode) tree.path("transactions").get(0).path("envelope").path("document");
        byte[] content = Base64.getDecoder().decode(document.path("content").asText());
        content[200] ^= 0x01;
        document.put("content", Base64.getEncoder().encodeToString(content));
        write(block, tree);

        assertVerifyFails(ledger, "SIG-DIGEST");
    }

    @Test
    void changedSignatureByteIsInvalidSignature(@TempDir Path temp) throws Exception {
        Path ledger = copyLedger(temp);
        Path block = blockOf(ledger, "commercial-invoice");
        ObjectNode tree = (ObjectNode) JSON.readTree(block.toFile());
        ObjectNode signature = (ObjectNode) tree.path("transactions").get(0).path("envelope").path("signatures").get(0);
        byte[] value = Base64.getUrlDecoder().decode(signature.path("signature").asText());
        value[10] ^= 0x01;
        signature.put("signature", Base64.getUrlEncoder().withoutPadding().encodeToString(value));
        write(block, tree);

        assertVerifyFails(ledger, "SIG-INVALID");
    }

    @Test
    void changedBlockByteBreaksBlockHash(@TempDir Path temp) throws Exception {
        Path ledger = copyLedger(temp);
        Path block = blockOf(ledger, "packing-list");
        String text = Files.readString(block);
        String changed = text.replaceFirst("\"transactionCount\": 1", "\"transactionCount\": 2");
        assertThat(changed).isNotEqualTo(text);
        Files.writeString(block, changed);

        assertVerifyFails(ledger, "LEDGER-BLOCK-HASH");
    }

    @Test
    void replayedSubmissionIsCaught(@TempDir Path temp) throws Exception {
        Path ledger = copyLedger(temp);
        ObjectNode invoice = (ObjectNode) JSON.readTree(blockOf(ledger, "commercial-invoice").toFile()).path("transactions").get(0).path("envelope");

        append(ledger, Instant.parse("2026-11-19T00:00:00Z"), invoice);

        assertVerifyFails(ledger, "REPLAY-NONCE");
    }

    @Test
    void invoiceSignedByBankIsRejected(@TempDir Path temp) throws Exception {
        Path ledger = copyLedger(temp);
        ObjectNode envelope = sign(consortium(), "bank", "commercial-invoice", Instant.parse("2026-11-18T23:00:00Z"), null);

        append(ledger, Instant.parse("2026-11-19T00:00:00Z"), envelope);

        assertVerifyFails(ledger, "AUTH-ROLE-DOCTYPE");
    }

    @Test
    void certificateExpiredAtLedgerTimeIsRejected(@TempDir Path temp) throws Exception {
        Path ledger = copyLedger(temp);
        Path consortium = copyConsortium(temp);
        Path shortLived = temp.resolve("exporter-short.pem");
        SandboxConsortium.issue(consortium, "exporter", Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-06-30T00:00:00Z"),
                shortLived, null);
        Files.copy(consortium.resolve("network.json"), ledger.resolve("network.json"), StandardCopyOption.REPLACE_EXISTING);
        ObjectNode envelope = sign(consortium, "exporter", "commercial-invoice", Instant.parse("2026-11-20T01:00:00Z"), shortLived);

        append(ledger, Instant.parse("2026-11-20T01:05:00Z"), envelope);

        assertVerifyFails(ledger, "CERT-EXPIRED");
    }

    @Test
    void revokedCertificateIsRejected(@TempDir Path temp) throws Exception {
        Path ledger = copyLedger(temp);
        Path consortium = copyConsortium(temp);
        X509Certificate exporter = Pem.certificate(Files.readString(consortium.resolve("participants/exporter/cert.pem")));
        SandboxConsortium.revoke(consortium, exporter, Instant.parse("2026-10-01T00:00:00Z"), null);
        Files.copy(consortium.resolve("network.json"), ledger.resolve("network.json"), StandardCopyOption.REPLACE_EXISTING);

        assertVerifyFails(ledger, "CERT-REVOKED");
    }

    @Test
    void highSSignatureIsRejected(@TempDir Path temp) throws Exception {
        Path ledger = copyLedger(temp);
        ObjectNode envelope = sign(consortium(), "importer", "booking-request", Instant.parse("2026-11-18T23:00:00Z"), null);
        ObjectNode signature = (ObjectNode) envelope.path("signatures").get(0);
        byte[] value = Base64.getUrlDecoder().decode(signature.path("signature").asText());
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(value, 32, 64));
        byte[] high = P256_ORDER.subtract(s).toByteArray();
        byte[] padded = new byte[32];
        System.arraycopy(high, Math.max(0, high.length - 32), padded, Math.max(0, 32 - high.length), Math.min(32, high.length));
        System.arraycopy(padded, 0, value, 32, 32);
        signature.put("signature", Base64.getUrlEncoder().withoutPadding().encodeToString(value));

        append(ledger, Instant.parse("2026-11-19T00:00:00Z"), envelope);

        assertVerifyFails(ledger, "SIG-HIGH-S");
    }

    private static void assertVerifyFails(Path ledger, String ruleId) {
        CliRun run = CliRun.of("ledger", "verify", ledger.toString(), "--lang", "en");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.NON_CONFORMANT);
        assertThat(run.out()).contains(ruleId).contains("does NOT verify");
    }

    private static Path copyLedger(Path temp) throws Exception {
        return copy(root().resolve("examples/ledgers/sea-ok"), temp.resolve("ledger"));
    }

    private static Path copyConsortium(Path temp) throws Exception {
        return copy(consortium(), temp.resolve("consortium"));
    }

    private static Path consortium() {
        return root().resolve("examples/consortium");
    }

    static Path copy(Path source, Path target) throws Exception {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path destination = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(file, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return target;
    }

    /** The block file holding the first submission of a document type. */
    private static Path blockOf(Path ledger, String docType) throws Exception {
        try (Stream<Path> files = Files.list(ledger.resolve("blocks"))) {
            for (Path file : files.sorted().toList()) {
                for (JsonNode transaction : JSON.readTree(file.toFile()).path("transactions")) {
                    String statement = new String(Base64.getUrlDecoder().decode(transaction.path("envelope").path("payload").asText()),
                            StandardCharsets.UTF_8);
                    if (statement.contains("\"docType\":\"" + docType + "\"")) {
                        return file;
                    }
                }
            }
        }
        throw new AssertionError("no " + docType + " on " + ledger);
    }

    private static void write(Path block, JsonNode tree) throws Exception {
        Files.writeString(block, JsonText.write(tree), StandardCharsets.UTF_8);
    }

    private static void append(Path ledger, Instant time, ObjectNode... envelopes) throws Exception {
        PrivateKey operator = Keys.readPrivateKey(Files.readString(consortium().resolve("operator/key.pem")), null);
        SandboxLedger.open(ledger).append(List.of(envelopes), time, SignatureAlgorithm.SM2_SM3, operator);
    }

    /** Signs the example sea document NAME as the participant of ROLE, optionally with another certificate of its key. */
    private static ObjectNode sign(Path consortium, String role, String name, Instant createdAt, Path certificate) throws Exception {
        NetworkRegistry registry = new RegistryLoader().load(consortium.resolve("network.json"));
        PrivateKey key = Keys.readPrivateKey(Files.readString(consortium.resolve("participants").resolve(role).resolve("key.pem")), null);
        Path certificateFile = certificate != null ? certificate : consortium.resolve("participants").resolve(role).resolve("cert.pem");
        List<X509Certificate> chain = Pem.certificates(Files.readString(certificateFile));
        Path document = root().resolve("examples/documents/valid/sea").resolve(name + ".xml");
        String type = name.startsWith("booking") ? "booking" : name;
        return new DocumentSigning(new DocumentReader(SchemaCatalog.bundled()), registry)
                .sign(Files.readAllBytes(document), document.toString(), key, chain,
                        new DocumentSigning.Options(type, null, role, null, List.of(), null, true, createdAt))
                .envelope();
    }

}
