package org.tradecert.hostile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradecert.api.DocumentResult;
import org.tradecert.api.Layer;
import org.tradecert.api.LayerStatus;
import org.tradecert.crypto.Jcs;
import org.tradecert.crypto.SignatureAlgorithm;
import org.tradecert.crypto.Signatures;
import org.tradecert.envelope.Statement;
import org.tradecert.ledger.Anchor;
import org.tradecert.ledger.LedgerExport;
import org.tradecert.ledger.SandboxLedger;
import org.tradecert.ledger.StoredBlock;
import org.tradecert.sandbox.SandboxConsortium;
import org.tradecert.schema.generate.JsonText;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradecert.hostile.Consortium.SIGNED_AT;
import static org.tradecert.hostile.Outcomes.CONFORMANT;
import static org.tradecert.hostile.Outcomes.NON_CONFORMANT;
import static org.tradecert.hostile.Outcomes.assertOutcome;
import static org.tradecert.hostile.Outcomes.validate;
import static org.tradecert.hostile.Outcomes.validateLedger;

/**
 * Tests the anchor and ledger items E24 to E30 of the hostile-input checklist and the trusted
 * time of E15 (the item ids of docs/hostile-input.md) on sandbox ledgers of a test consortium.
 * The real engine validates whole ledgers and envelopes with an anchor written into them.
 */
class HostileLedgerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant BLOCK_TIME = Instant.parse("2026-11-18T23:05:00Z");

    @TempDir
    static Path shared;

    @TempDir
    Path temp;

    static Consortium consortium;

    @BeforeAll
    static void createConsortium() throws Exception {
        consortium = Consortium.create(shared.resolve("consortium"));
    }

    /** Creates a ledger of this consortium's network with one block holding the invoice, the packing list and the booking request. */
    private SandboxLedger ledgerWithThree(Path dir, List<ObjectNode> envelopes, List<Anchor> anchors) throws Exception {
        SandboxLedger ledger = consortium.newLedger(dir, consortium.registry().chainId(), consortium.registry().channel());
        envelopes.add(consortium.invoice());
        envelopes.add(consortium.sign("exporter", "packing-list.xml", "packing-list", SIGNED_AT));
        envelopes.add(consortium.sign("exporter", "booking-request.xml", "booking", SIGNED_AT));
        anchors.addAll(consortium.append(ledger, BLOCK_TIME, envelopes.toArray(ObjectNode[]::new)));
        return ledger;
    }

    /** Writes an envelope with an anchor as NAME.envelope.json and validates it with the consortium's registry. */
    private DocumentResult checkAnchored(ObjectNode envelope, ObjectNode anchor, String name) throws Exception {
        ObjectNode copy = envelope.deepCopy();
        copy.set("anchor", anchor);
        Path file = temp.resolve(name + ".envelope.json");
        Files.writeString(file, JsonText.write(copy), StandardCharsets.UTF_8);
        return validate(consortium.validator(), file);
    }

    private static Path block(Path ledger, long height) {
        return ledger.resolve(SandboxLedger.BLOCKS).resolve(String.format("%012d.block.json", height));
    }

    private static ObjectNode read(Path file) throws Exception {
        return (ObjectNode) JSON.readTree(file.toFile());
    }

    private static void write(Path file, ObjectNode tree) throws Exception {
        Files.writeString(file, JsonText.write(tree), StandardCharsets.UTF_8);
    }

    @Test
    void anchoredEnvelopesAndLedgerConform() throws Exception {
        List<ObjectNode> envelopes = new ArrayList<>();
        List<Anchor> anchors = new ArrayList<>();
        Path dir = temp.resolve("ledger");
        ledgerWithThree(dir, envelopes, anchors);

        for (int i = 0; i < 3; i++) {
            DocumentResult result = checkAnchored(envelopes.get(i), anchors.get(i).toJson(), "anchored-" + i);
            assertOutcome(result, CONFORMANT);
            assertThat(result.layer(Layer.LEDGER).status()).isEqualTo(LayerStatus.VALID);
        }
        Outcomes.LedgerResults results = validateLedger(consortium.validator(), dir);
        assertThat(results.submissions()).hasSize(3);
        results.submissions().forEach(result -> assertOutcome(result, CONFORMANT));
        assertOutcome(results.chain(), CONFORMANT);
    }

    /** The trusted time is the ledger's: a certificate that expired between the claimed creation time and the block is rejected. */
    @Test
    void e15CertificateCheckedAtLedgerTime(@TempDir Path own) throws Exception {
        Consortium network = Consortium.create(own.resolve("network"));
        Path pem = own.resolve("short.pem");
        X509Certificate shortLived = SandboxConsortium.issue(network.dir, "exporter", Consortium.VALID_FROM,
                Instant.parse("2026-11-18T23:02:00Z"), pem, null);
        network.reload();
        ObjectNode invoice = network.invoice();
        ObjectNode envelope = Consortium.signStatement(Tampering.statement(invoice), Tampering.document(invoice), network.key("exporter"),
                List.of(shortLived));
        Path envelopeFile = own.resolve("claimed.envelope.json");
        Files.writeString(envelopeFile, JsonText.write(envelope));
        assertOutcome(validate(network.validator(), envelopeFile), CONFORMANT);

        Path dir = own.resolve("ledger-b");
        SandboxLedger ledger = network.newLedger(dir, network.registry().chainId(), network.registry().channel());
        network.append(ledger, BLOCK_TIME, envelope);
        Outcomes.LedgerResults results = validateLedger(network.validator(), dir);

        assertOutcome(results.submissions().get(0), NON_CONFORMANT, "CERT-EXPIRED");
        assertOutcome(results.chain(), CONFORMANT);
    }

    @Test
    void e24StatementForAnotherChainRejected() throws Exception {
        ObjectNode invoice = consortium.invoice();
        Statement s = Tampering.statement(invoice);
        Statement otherChain = new Statement(s.profile(), s.submissionId(), s.nonce(), s.createdAt(), "another-port-chain", s.channel(),
                s.docType(), s.docId(), s.docVersion(), s.supersedes(), s.schemaId(), s.mediaType(), s.payloadLength(),
                s.payloadDigestAlgorithm(), s.payloadDigest(), s.submitterOrgId(), s.submitterOrgIdScheme(), s.submitterRole(),
                s.references());
        ObjectNode signed = Consortium.signStatement(otherChain, Tampering.document(invoice), consortium.key("exporter"),
                List.of(consortium.certificate("exporter")));
        Path file = temp.resolve("other-chain.envelope.json");
        Files.writeString(file, JsonText.write(signed));
        assertOutcome(validate(consortium.validator(), file), NON_CONFORMANT, "AUTH-NETWORK");

        Path foreignDir = temp.resolve("foreign-ledger");
        SandboxLedger foreign = consortium.newLedger(foreignDir, "another-port-chain", "another-channel");
        List<Anchor> anchors = consortium.append(foreign, BLOCK_TIME, invoice);
        assertOutcome(checkAnchored(invoice, anchors.get(0).toJson(), "foreign-anchor"), NON_CONFORMANT, "LEDGER-NETWORK");

        Outcomes.LedgerResults results = validateLedger(consortium.validator(), foreignDir);
        assertThat(results.submissions()).hasSize(1);
        assertOutcome(results.chain(), NON_CONFORMANT, "LEDGER-NETWORK");
    }

    @Test
    void e25TransactionIdDoesNotRecomputeRejected() throws Exception {
        List<ObjectNode> envelopes = new ArrayList<>();
        List<Anchor> anchors = new ArrayList<>();
        Path dir = temp.resolve("ledger");
        ledgerWithThree(dir, envelopes, anchors);

        ObjectNode forged = anchors.get(0).toJson();
        forged.put("transactionId", anchors.get(1).transactionId());
        assertOutcome(checkAnchored(envelopes.get(0), forged, "forged-transaction-id"), NON_CONFORMANT, "LEDGER-ANCHOR");

        ObjectNode tree = read(block(dir, 1));
        ((ObjectNode) tree.path("transactions").get(0)).put("transactionId", anchors.get(2).transactionId());
        write(block(dir, 1), tree);
        Outcomes.LedgerResults results = validateLedger(consortium.validator(), dir);
        assertThat(results.submissions()).hasSize(3);
        assertOutcome(results.chain(), NON_CONFORMANT, "LEDGER-ANCHOR");
    }

    /**
     * The sandbox ledger keeps no validity code of its own: being on the ledger never makes a
     * submission valid, every anchored envelope is verified again, and an anchor field for a
     * transaction status does not exist.
     */
    @Test
    void e26LedgerAcceptanceIsNotValidity() throws Exception {
        ObjectNode invoice = consortium.invoice();
        byte[] value = Tampering.signatureValue(invoice);
        value[7] ^= 0x01;
        ObjectNode broken = Tampering.withSignatureValue(invoice, value);
        Path dir = temp.resolve("ledger");
        SandboxLedger ledger = consortium.newLedger(dir, consortium.registry().chainId(), consortium.registry().channel());
        List<Anchor> anchors = consortium.append(ledger, BLOCK_TIME, broken);

        Outcomes.LedgerResults results = validateLedger(consortium.validator(), dir);
        assertOutcome(results.submissions().get(0), NON_CONFORMANT, "SIG-INVALID");
        assertOutcome(results.chain(), CONFORMANT);

        ObjectNode withStatus = anchors.get(0).toJson();
        withStatus.put("txStatus", 0);
        assertOutcome(checkAnchored(broken, withStatus, "tx-status"), NON_CONFORMANT, "ENV-STRUCTURE");
    }

    @Test
    void e27BrokenHashChainRejected() throws Exception {
        Path dir = temp.resolve("ledger");
        SandboxLedger ledger = consortium.newLedger(dir, consortium.registry().chainId(), consortium.registry().channel());
        consortium.append(ledger, BLOCK_TIME, consortium.invoice());
        consortium.append(ledger, BLOCK_TIME.plusSeconds(60), consortium.sign("exporter", "packing-list.xml", "packing-list", SIGNED_AT));
        consortium.append(ledger, BLOCK_TIME.plusSeconds(120), consortium.sign("exporter", "booking-request.xml", "booking", SIGNED_AT));

        Path edited = copyLedger(dir, temp.resolve("edited"));
        ObjectNode tree = read(block(edited, 2));
        ((ObjectNode) tree.path("header")).put("previousHash", "ab".repeat(32));
        write(block(edited, 2), tree);
        assertChainFindings(edited, "LEDGER-PREVIOUS-HASH", "LEDGER-BLOCK-HASH", "LEDGER-OPERATOR-SIGNATURE");

        Path resigned = copyLedger(dir, temp.resolve("resigned"));
        ObjectNode header = read(block(resigned, 2));
        ((ObjectNode) header.path("header")).put("previousHash", "ab".repeat(32));
        signAgain(header);
        write(block(resigned, 2), header);
        assertChainFindings(resigned, "LEDGER-PREVIOUS-HASH");

        Path removed = copyLedger(dir, temp.resolve("removed"));
        Files.delete(block(removed, 2));
        assertChainFindings(removed, "LEDGER-HEIGHT", "LEDGER-PREVIOUS-HASH");
    }

    /** Validates a ledger and checks the findings of its chain result, the last result. */
    private void assertChainFindings(Path ledger, String... ruleIds) {
        assertOutcome(validateLedger(consortium.validator(), ledger).chain(), NON_CONFORMANT, ruleIds);
    }

    /** Recomputes a stored block's hash and signs its header again with the operator key, as a dishonest operator could. */
    private static void signAgain(ObjectNode block) throws Exception {
        byte[] header = Jcs.canonicalize(block.path("header"));
        block.put("hash", org.tradecert.crypto.DigestAlgorithm.SM3.hex(header));
        byte[] signature = Signatures.sign(SignatureAlgorithm.SM2_SM3, consortium.operatorKey(), header);
        ((ObjectNode) block.path("operatorSignature")).put("value", Base64.getUrlEncoder().withoutPadding().encodeToString(signature));
    }

    private static Path copyLedger(Path source, Path target) throws Exception {
        try (var files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path destination = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(file, destination);
                }
            }
        }
        return target;
    }

    /**
     * Inclusion proofs that do not fit their place: one node too many or too few, a leaf index
     * outside the tree, and a tree size grown by duplicating the last leaf (the CVE-2012-2459
     * trick). Last, an inner node of the tree is presented as a statement digest.
     */
    @Test
    void e28BadInclusionProofRejected() throws Exception {
        List<ObjectNode> envelopes = new ArrayList<>();
        List<Anchor> anchors = new ArrayList<>();
        ledgerWithThree(temp.resolve("ledger"), envelopes, anchors);
        Anchor last = anchors.get(2);

        ObjectNode extra = last.toJson();
        ((ArrayNode) extra.path("inclusionProof")).add(last.statementDigest());
        ObjectNode missing = last.toJson();
        ((ArrayNode) missing.path("inclusionProof")).remove(0);
        ObjectNode outside = last.toJson();
        outside.put("leafIndex", 3);
        ObjectNode duplicated = last.toJson();
        duplicated.put("treeSize", 4);
        ((ArrayNode) duplicated.path("inclusionProof")).insert(0, last.statementDigest());

        for (ObjectNode anchor : List.of(extra, missing, duplicated)) {
            assertOutcome(checkAnchored(envelopes.get(2), anchor, "proof"), NON_CONFORMANT, "LEDGER-INCLUSION");
        }
        DocumentResult extraNode = checkAnchored(envelopes.get(2), extra, "proof-message");
        assertThat(extraNode.findings().get(0).arguments()).as("message arguments").containsExactly(last.statementDigest(), last.merkleRoot());
        // A leaf index is also part of the transaction id, so moving it breaks both.
        assertOutcome(checkAnchored(envelopes.get(2), outside, "index-outside"), NON_CONFORMANT, "LEDGER-INCLUSION", "LEDGER-ANCHOR");

        ObjectNode node = anchors.get(0).toJson();
        node.put("statementDigest", anchors.get(0).inclusionProof().get(1));
        assertOutcome(checkAnchored(envelopes.get(0), node, "node-as-leaf"), NON_CONFORMANT, "LEDGER-ANCHOR");
    }

    /**
     * The sandbox block stores each envelope beside its statement digest, and the digest is
     * computed again from the stored envelope: two envelopes swapped between transactions
     * (the cross-linking of CVE-2023-46132) no longer match their digests or the Merkle root.
     */
    @Test
    void e29CrossLinkedEnvelopesInBlockRejected() throws Exception {
        List<ObjectNode> envelopes = new ArrayList<>();
        List<Anchor> anchors = new ArrayList<>();
        Path dir = temp.resolve("ledger");
        ledgerWithThree(dir, envelopes, anchors);
        ObjectNode tree = read(block(dir, 1));
        ArrayNode transactions = (ArrayNode) tree.path("transactions");
        ObjectNode first = (ObjectNode) transactions.get(0).path("envelope").deepCopy();
        ((ObjectNode) transactions.get(0)).set("envelope", transactions.get(1).path("envelope").deepCopy());
        ((ObjectNode) transactions.get(1)).set("envelope", first);
        write(block(dir, 1), tree);

        assertChainFindings(dir, "LEDGER-MERKLE-ROOT");
    }

    /** The sandbox ledger's finality evidence is the operator's signature on each block; without it the block is rejected. */
    @Test
    void e30MissingFinalityEvidenceRejected() throws Exception {
        Path dir = temp.resolve("ledger");
        SandboxLedger ledger = consortium.newLedger(dir, consortium.registry().chainId(), consortium.registry().channel());
        consortium.append(ledger, BLOCK_TIME, consortium.invoice());

        Path emptied = copyLedger(dir, temp.resolve("emptied"));
        ObjectNode tree = read(block(emptied, 1));
        ((ObjectNode) tree.path("operatorSignature")).put("value", "");
        write(block(emptied, 1), tree);
        assertChainFindings(emptied, "LEDGER-OPERATOR-SIGNATURE");

        Path removed = copyLedger(dir, temp.resolve("removed"));
        ObjectNode without = read(block(removed, 1));
        without.remove("operatorSignature");
        write(block(removed, 1), without);
        assertChainFindings(removed, "LEDGER-OPERATOR-SIGNATURE");
    }

    /**
     * A ledger export with a line longer than a stored block may be (here a sparse run of NUL
     * characters) is reported as a malformed block, read in bounded memory, and the blocks around
     * it are still checked.
     */
    @Test
    void oversizedExportLineReportedAndTheRestRead() throws Exception {
        Path dir = temp.resolve("ledger");
        SandboxLedger ledger = consortium.newLedger(dir, consortium.registry().chainId(), consortium.registry().channel());
        consortium.append(ledger, BLOCK_TIME, consortium.invoice());
        consortium.append(ledger, BLOCK_TIME.plusSeconds(60), consortium.sign("exporter", "packing-list.xml", "packing-list", SIGNED_AT));
        Path export = temp.resolve("ledger.export.jsonl");
        LedgerExport.write(ledger, export);

        List<String> lines = Files.readAllLines(export, StandardCharsets.UTF_8);
        Path hostile = temp.resolve("hostile.export.jsonl");
        Files.writeString(hostile, String.join("\n", lines.subList(0, lines.size() - 1)) + "\n", StandardCharsets.UTF_8);
        try (RandomAccessFile file = new RandomAccessFile(hostile.toFile(), "rw")) {
            file.setLength(file.length() + StoredBlock.MAX_CHARS + 16);
            file.seek(file.length());
            file.write(("\n" + lines.get(lines.size() - 1) + "\n").getBytes(StandardCharsets.UTF_8));
        }

        List<DocumentResult> results = Outcomes.validateAll(consortium.validator(), List.of(hostile));
        List<String> ruleIds = results.stream().flatMap(result -> result.findings().stream()).map(finding -> finding.ruleId()).toList();
        assertThat(ruleIds).contains("LEDGER-MALFORMED");
        assertThat(results.stream().filter(result -> result.submissionId() != null)).as("the submissions of both blocks").hasSize(2);
    }
}
