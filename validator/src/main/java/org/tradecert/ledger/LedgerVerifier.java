package org.tradecert.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.tradecert.api.Finding;
import org.tradecert.api.Location;
import org.tradecert.crypto.JcsException;
import org.tradecert.crypto.MerkleTree;
import org.tradecert.crypto.SignatureAlgorithm;
import org.tradecert.crypto.Signatures;
import org.tradecert.crypto.Verification;
import org.tradecert.envelope.Envelope;
import org.tradecert.envelope.EnvelopeReader;
import org.tradecert.envelope.StatementDigests;
import org.tradecert.envelope.SubmissionHistory;
import org.tradecert.envelope.SubmissionVerifier;
import org.tradecert.json.SafeJson;
import org.tradecert.registry.NetworkRegistry;
import org.tradecert.schema.catalog.SchemaCatalog;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Verifies a ledger end to end: every block's height, hash, link to the previous block,
 * Merkle root and operator signature, and every submission's envelope, digest, signature,
 * certificate at the ledger time and authorisation, with replay and supersession across the
 * whole history. Blocks are read one at a time.
 */
public final class LedgerVerifier {

    private final NetworkRegistry registry;
    private final EnvelopeReader reader = new EnvelopeReader();
    private final SubmissionVerifier submissions;

    public LedgerVerifier(NetworkRegistry registry, SchemaCatalog catalog) {
        this.registry = registry;
        this.submissions = new SubmissionVerifier(registry, catalog);
    }

    /** A submission as found on the ledger, with its anchor and the findings about it. */
    public record AnchoredSubmission(Envelope envelope, Anchor anchor, String blockName, int transactionIndex, List<Finding> findings) {
    }

    /** The outcome of a ledger check: the findings about blocks, and how much was checked. */
    public record Report(List<Finding> findings, long blocks, long submissions) {
    }

    public Report verify(BlockSource source, Consumer<AnchoredSubmission> sink) {
        return verify(source, sink, true);
    }

    /**
     * Verifies the chain and every submission on it, handing each submission to the sink in
     * ledger order.
     *
     * @param keepSubmissionFindings whether the report also lists the findings about submissions; a caller that
     *                               takes them from the sink passes false, so memory does not grow with the ledger
     */
    public Report verify(BlockSource source, Consumer<AnchoredSubmission> sink, boolean keepSubmissionFindings) {
        try (SubmissionHistory history = new SubmissionHistory()) {
            return verify(source, sink, keepSubmissionFindings, history);
        }
    }

    private Report verify(BlockSource source, Consumer<AnchoredSubmission> sink, boolean keepSubmissionFindings, SubmissionHistory history) {
        List<Finding> findings = new ArrayList<>();
        if (!source.config().chainId().equals(registry.chainId()) || !source.config().channel().equals(registry.channel())) {
            findings.add(LedgerRules.NETWORK.mismatch(Location.ofFile(source.label()), registry.chainId() + "/" + registry.channel(),
                    source.config().chainId() + "/" + source.config().channel()));
        }

        long expectedHeight = 0;
        String previousHash = BlockHeader.NO_PREVIOUS;
        java.time.Instant previousTime = null;
        long blockCount = 0;
        long submissionCount = 0;
        Iterator<StoredBlock> blocks = source.blocks();
        while (blocks.hasNext()) {
            StoredBlock stored = blocks.next();
            blockCount++;
            Location where = Location.ofFile(stored.name());
            if (stored.block() == null) {
                findings.add(LedgerRules.MALFORMED.finding(where, stored.error()));
                previousHash = null;
                expectedHeight++;
                continue;
            }
            Block block = stored.block();
            BlockHeader header = block.header();

            if (header.height() != expectedHeight) {
                findings.add(LedgerRules.HEIGHT.mismatch(where, Long.toString(expectedHeight), Long.toString(header.height())));
            }
            expectedHeight = header.height() + 1;
            if (!header.chainId().equals(source.config().chainId()) || !header.channel().equals(source.config().channel())) {
                findings.add(LedgerRules.NETWORK.mismatch(where, source.config().chainId() + "/" + source.config().channel(),
                        header.chainId() + "/" + header.channel()));
            }
            checkHash(block, where, findings);
            if (previousHash != null && !previousHash.equals(header.previousHash())) {
                findings.add(LedgerRules.PREVIOUS_HASH.mismatch(where, previousHash, header.previousHash(), Long.toString(header.height())));
            }
            previousHash = block.hash();
            checkOperatorSignature(block, where, findings);
            if (previousTime != null && header.time().isBefore(previousTime)) {
                findings.add(LedgerRules.TIME_ORDER.mismatch(where, previousTime.toString(), header.time().toString(), Long.toString(header.height())));
            }
            previousTime = header.time();

            List<byte[]> leaves = checkTransactions(block, where, findings);
            for (int i = 0; i < block.transactions().size(); i++) {
                submissionCount++;
                AnchoredSubmission submission = verifySubmission(block, i, leaves, stored.name(), history);
                if (sink != null) {
                    sink.accept(submission);
                }
                if (keepSubmissionFindings) {
                    findings.addAll(submission.findings());
                }
            }
        }
        if (blockCount == 0) {
            findings.add(LedgerRules.MALFORMED.finding(Location.ofFile(source.label()), "the ledger holds no blocks, not even block 0"));
        }
        return new Report(findings, blockCount, submissionCount);
    }

    private static void checkHash(Block block, Location where, List<Finding> findings) {
        try {
            String actual = block.header().digestAlgorithm().hex(block.storedHeaderBytes());
            if (!actual.equals(block.hash())) {
                findings.add(LedgerRules.BLOCK_HASH.mismatch(where, block.hash(), actual, Long.toString(block.header().height())));
            }
        } catch (JcsException e) {
            findings.add(LedgerRules.MALFORMED.finding(where, "the block header cannot be canonicalised: " + e.getMessage()));
        }
    }

    private void checkOperatorSignature(Block block, Location where, List<Finding> findings) {
        Optional<SignatureAlgorithm> algorithm = SignatureAlgorithm.byJwsName(block.operatorAlgorithm());
        byte[] signature = decode(block.operatorSignature());
        boolean valid = false;
        if (algorithm.isPresent() && signature != null) {
            try {
                valid = Signatures.verify(algorithm.get(), registry.ledgerOperator().getPublicKey(), block.storedHeaderBytes(),
                        signature, false) == Verification.VALID;
            } catch (JcsException e) {
                valid = false;
            }
        }
        if (!valid) {
            findings.add(LedgerRules.OPERATOR_SIGNATURE.finding(where, Long.toString(block.header().height()),
                    org.tradecert.registry.Pem.subject(registry.ledgerOperator())));
        }
    }

    /** Checks the count and the Merkle root; returns the leaves recomputed from the stored envelopes. */
    private static List<byte[]> checkTransactions(Block block, Location where, List<Finding> findings) {
        BlockHeader header = block.header();
        if (block.transactions().size() != header.transactionCount()) {
            findings.add(LedgerRules.MERKLE_ROOT.mismatch(where, Integer.toString(header.transactionCount()),
                    Integer.toString(block.transactions().size()), Long.toString(header.height())));
        }
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < block.transactions().size(); i++) {
            Block.Transaction transaction = block.transactions().get(i);
            String digest = StatementDigests.of(transaction.envelope(), header.digestAlgorithm());
            if (!digest.equals(transaction.statementDigest())) {
                findings.add(LedgerRules.MERKLE_ROOT.mismatch(pointer(where, "/transactions/" + i + "/statementDigest"),
                        transaction.statementDigest(), digest, Long.toString(header.height())));
            }
            String id = SandboxLedger.transactionId(header.digestAlgorithm(), transaction.statementDigest(), header.height(), i);
            if (!id.equals(transaction.transactionId())) {
                findings.add(LedgerRules.ANCHOR.mismatch(pointer(where, "/transactions/" + i + "/transactionId"), id,
                        transaction.transactionId()));
            }
            leaves.add(HexFormat.of().parseHex(digest));
        }
        String root = HexFormat.of().formatHex(MerkleTree.root(header.digestAlgorithm(), leaves));
        if (!root.equals(header.merkleRoot())) {
            findings.add(LedgerRules.MERKLE_ROOT.mismatch(where, header.merkleRoot(), root, Long.toString(header.height())));
        }
        return leaves;
    }

    private AnchoredSubmission verifySubmission(Block block, int index, List<byte[]> leaves, String blockName, SubmissionHistory history) {
        Block.Transaction transaction = block.transactions().get(index);
        String base = "/transactions/" + index + "/envelope";
        byte[] bytes;
        try {
            bytes = SafeJson.mapper().writeValueAsBytes(transaction.envelope());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed envelope cannot fail to serialise", e);
        }
        EnvelopeReader.Result read = reader.read(bytes, blockName, null);
        List<Finding> findings = new ArrayList<>();
        for (Finding finding : read.findings()) {
            findings.add(inBlock(finding, blockName, base));
        }
        Anchor anchor = SandboxLedger.anchor(block, index, leaves);
        if (read.envelope() == null) {
            return new AnchoredSubmission(null, anchor, blockName, index, findings);
        }
        Envelope envelope = withAnchor(read.envelope(), anchor);
        SubmissionVerifier.Result verified = submissions.verify(envelope, block.header().time());
        for (Finding finding : verified.findings()) {
            findings.add(inBlock(finding, blockName, base));
        }
        Location location = new Location(blockName, envelope.statement().submissionId(), null, null, null, base);
        history.record(envelope.statement(), verified.statementDigest(), location, findings);
        return new AnchoredSubmission(envelope, anchor, blockName, index, List.copyOf(findings));
    }

    private static Envelope withAnchor(Envelope envelope, Anchor anchor) {
        return new Envelope(envelope.name(), envelope.payload(), envelope.statementBytes(), envelope.statement(), envelope.signatures(),
                envelope.document(), envelope.documentMediaType(), anchor);
    }

    private static Finding inBlock(Finding finding, String blockName, String base) {
        Location location = finding.location();
        String pointer = location.jsonPointer() == null ? base : base + location.jsonPointer();
        return finding.withLocation(new Location(blockName, location.submissionId(), location.xpath(), location.line(), location.column(), pointer));
    }

    private static Location pointer(Location where, String pointer) {
        return new Location(where.file(), null, null, null, null, pointer);
    }

    private static byte[] decode(String base64url) {
        try {
            return java.util.Base64.getUrlDecoder().decode(base64url);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Checks that an anchor's inclusion proof leads from its statement digest to its Merkle root. */
    public static boolean inclusionHolds(Anchor anchor, org.tradecert.crypto.DigestAlgorithm algorithm) {
        try {
            List<byte[]> proof = new ArrayList<>();
            for (String node : anchor.inclusionProof()) {
                proof.add(HexFormat.of().parseHex(node));
            }
            return MerkleTree.verifyInclusion(algorithm, HexFormat.of().parseHex(anchor.statementDigest()), anchor.leafIndex(),
                    anchor.treeSize(), proof, HexFormat.of().parseHex(anchor.merkleRoot()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
