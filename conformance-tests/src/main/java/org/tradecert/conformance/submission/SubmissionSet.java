package org.tradecert.conformance.submission;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.tradecert.conformance.Text;
import org.tradecert.crypto.DigestAlgorithm;
import org.tradecert.engine.Input;
import org.tradecert.engine.InputWalker;
import org.tradecert.envelope.Envelope;
import org.tradecert.envelope.EnvelopeReader;
import org.tradecert.envelope.Statement;
import org.tradecert.envelope.StatementDigests;
import org.tradecert.json.SafeJson;
import org.tradecert.ledger.Block;
import org.tradecert.ledger.BlockSource;
import org.tradecert.ledger.LedgerException;
import org.tradecert.ledger.LedgerExport;
import org.tradecert.ledger.SandboxLedger;
import org.tradecert.ledger.StoredBlock;
import org.tradecert.registry.NetworkRegistry;
import org.tradecert.registry.RegistryException;
import org.tradecert.registry.RegistryLoader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The signed submissions under a path, read the way the validator walks it: a sandbox ledger, a
 * ledger export, or a directory of envelopes (ledgers inside it included). Each submission keeps
 * its statement and statement digest, so a certification can tell whose it is and cover it.
 * Documents without an envelope have no submitter and are counted, not kept.
 */
public final class SubmissionSet {

    /** What the path held. */
    public enum Kind {
        LEDGER, LEDGER_EXPORT, ENVELOPES
    }

    private static final String ENVELOPE_SUFFIX = ".envelope.json";

    private final List<Submission> submissions;
    private final NetworkRegistry registry;
    private final List<String> ledgers;
    private final Kind kind;
    private final int unsigned;

    private SubmissionSet(List<Submission> submissions, NetworkRegistry registry, List<String> ledgers, Kind kind, int unsigned) {
        this.submissions = List.copyOf(submissions);
        this.registry = registry;
        this.ledgers = List.copyOf(ledgers);
        this.kind = kind;
        this.unsigned = unsigned;
    }

    /**
     * Reads every submission under {@code path}.
     *
     * @param given the network registry to use; null for the one stored with a ledger, or the
     *              first {@code network.json} in the path's folder or above it
     */
    public static SubmissionSet read(Path path, NetworkRegistry given) throws SubmissionException {
        if (!Files.exists(path)) {
            throw new SubmissionException(Text.of("submissions.notFound", path), false, null);
        }
        Reader reader = new Reader(given, path);
        InputWalker walker = new InputWalker(List.of(path));
        while (walker.hasNext()) {
            Input input = walker.next();
            if (input instanceof Input.Ledger ledger) {
                reader.ledger(ledger.name(), () -> SandboxLedger.open(ledger.directory()));
            } else if (input instanceof Input.LedgerExportFile export) {
                reader.ledger(export.name(), () -> LedgerExport.open(export.file()));
            } else if (input instanceof Input.File file) {
                reader.file(file.path(), file.name());
            } else if (input instanceof Input.Unusable unusable && unusable.name().equals(path.toString())) {
                throw new SubmissionException(Text.of("submissions.unreadable", path, String.valueOf(unusable.detail())), false, null);
            }
        }
        NetworkRegistry registry = reader.registry();
        Kind kind = Files.isDirectory(path) && SandboxLedger.isLedger(path) ? Kind.LEDGER
                : Files.isRegularFile(path) && LedgerExport.isExport(path) ? Kind.LEDGER_EXPORT : Kind.ENVELOPES;
        return new SubmissionSet(reader.submissions, registry, reader.ledgers, kind, reader.unsigned);
    }

    public List<Submission> submissions() {
        return submissions;
    }

    /** Returns the network registry the submissions were read with. */
    public NetworkRegistry registry() {
        return registry;
    }

    /** Returns the algorithm of every statement digest, from the registry's policy. */
    public DigestAlgorithm digestAlgorithm() {
        return registry.policy().statementDigestAlgorithm();
    }

    /** Returns the names of the ledgers and exports read, as the validator's chain results name them. */
    public List<String> ledgers() {
        return ledgers;
    }

    public Kind kind() {
        return kind;
    }

    /** Returns how many documents or files were found that are not readable envelopes; they belong to no participant. */
    public int unsigned() {
        return unsigned;
    }

    /**
     * Returns the submission a statement reference points at: the one with its statement digest, else
     * the newest version of the document type and number it names; empty when none is here.
     */
    public Optional<Submission> resolve(Statement.Reference reference) {
        if (reference.statementDigest() != null) {
            for (Submission submission : submissions) {
                if (submission.statementDigest().equals(reference.statementDigest())) {
                    return Optional.of(submission);
                }
            }
        }
        Submission newest = null;
        for (Submission submission : submissions) {
            if (submission.documentType().equals(reference.docType()) && submission.documentId().equals(reference.docId())
                    && (newest == null || submission.statement().docVersion() >= newest.statement().docVersion())) {
                newest = submission;
            }
        }
        return Optional.ofNullable(newest);
    }

    @FunctionalInterface
    private interface LedgerOpener {
        BlockSource open() throws LedgerException;
    }

    /** Collects submissions while the walk goes on; the registry is settled by the first ledger or envelope that needs it. */
    private static final class Reader {

        private final EnvelopeReader envelopes = new EnvelopeReader();
        private final List<Submission> submissions = new ArrayList<>();
        private final List<String> ledgers = new ArrayList<>();
        private final Path start;
        private NetworkRegistry registry;
        private int unsigned;

        Reader(NetworkRegistry given, Path start) {
            this.registry = given;
            this.start = start;
        }

        void ledger(String name, LedgerOpener opener) throws SubmissionException {
            try (BlockSource source = opener.open()) {
                if (registry == null) {
                    registry = stored(source);
                }
                ledgers.add(name);
                Iterator<StoredBlock> blocks = source.blocks();
                while (blocks.hasNext()) {
                    StoredBlock stored = blocks.next();
                    if (stored.block() == null) {
                        continue;
                    }
                    List<Block.Transaction> transactions = stored.block().transactions();
                    for (int i = 0; i < transactions.size(); i++) {
                        byte[] bytes = json(transactions.get(i).envelope());
                        String where = name + "/" + stored.name() + "#" + i;
                        add(envelopes.read(bytes, stored.name(), null).envelope(), where, name);
                    }
                }
            } catch (LedgerException | IOException | java.io.UncheckedIOException e) {
                throw new SubmissionException(Text.of("submissions.ledgerUnreadable", name, String.valueOf(e.getMessage())), false, e);
            }
        }

        void file(Path path, String name) throws SubmissionException {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(path);
            } catch (IOException e) {
                unsigned++;
                return;
            }
            if (!looksLikeEnvelope(path, bytes)) {
                unsigned++;
                return;
            }
            Envelope envelope = envelopes.read(bytes, name, () -> detached(path)).envelope();
            if (envelope == null || envelope.statement() == null) {
                unsigned++;
                return;
            }
            if (registry == null) {
                registry = nearest(path);
            }
            add(envelope, name, null);
        }

        private void add(Envelope envelope, String source, String ledger) throws SubmissionException {
            if (envelope == null || envelope.statement() == null) {
                unsigned++;
                return;
            }
            if (registry == null) {
                throw new SubmissionException(Text.of("submissions.noRegistry", start), true, null);
            }
            String digest = StatementDigests.of(envelope, registry.policy().statementDigestAlgorithm());
            submissions.add(new Submission(submissions.size(), source, envelope, digest, ledger));
        }

        NetworkRegistry registry() throws SubmissionException {
            if (registry == null) {
                registry = nearest(start);
            }
            return registry;
        }

        private NetworkRegistry stored(BlockSource source) throws SubmissionException {
            byte[] stored = source.registry();
            if (stored == null) {
                throw new SubmissionException(Text.of("submissions.noRegistry", source.label()), true, null);
            }
            try {
                return new RegistryLoader().load(source.label() + "/" + SandboxLedger.REGISTRY, stored);
            } catch (RegistryException e) {
                throw new SubmissionException(Text.of("submissions.badRegistry", source.label() + "/" + SandboxLedger.REGISTRY,
                        String.join("; ", e.problems())), true, e);
            }
        }

        /** Returns the first {@code network.json} in the folder of {@code path} or above it. */
        private static NetworkRegistry nearest(Path path) throws SubmissionException {
            Path dir = path.toAbsolutePath().normalize();
            if (!Files.isDirectory(dir)) {
                dir = dir.getParent();
            }
            for (; dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve(SandboxLedger.REGISTRY);
                if (Files.isRegularFile(candidate)) {
                    try {
                        return new RegistryLoader().load(candidate);
                    } catch (RegistryException e) {
                        throw new SubmissionException(Text.of("submissions.badRegistry", candidate, String.join("; ", e.problems())), true, e);
                    }
                }
            }
            throw new SubmissionException(Text.of("submissions.noRegistry", path), true, null);
        }

        private static boolean looksLikeEnvelope(Path path, byte[] bytes) {
            if (path.getFileName().toString().endsWith(ENVELOPE_SUFFIX)) {
                return true;
            }
            try {
                return SafeJson.mapper().readTree(bytes).has("signatures");
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }

        /** Returns the document beside an envelope, not followed through a link, as the validator reads it. */
        private static byte[] detached(Path envelope) {
            String name = envelope.getFileName().toString();
            if (!name.endsWith(ENVELOPE_SUFFIX)) {
                return null;
            }
            Path document = envelope.resolveSibling(name.substring(0, name.length() - ENVELOPE_SUFFIX.length()));
            try {
                return Files.isRegularFile(document, LinkOption.NOFOLLOW_LINKS) ? Files.readAllBytes(document) : null;
            } catch (IOException e) {
                return null;
            }
        }

        private static byte[] json(com.fasterxml.jackson.databind.JsonNode node) {
            try {
                return SafeJson.mapper().writeValueAsBytes(node);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a parsed envelope cannot fail to serialise", e);
            }
        }
    }
}
