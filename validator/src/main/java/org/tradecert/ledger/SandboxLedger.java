package org.tradecert.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tradecert.crypto.DigestAlgorithm;
import org.tradecert.crypto.MerkleTree;
import org.tradecert.crypto.SignatureAlgorithm;
import org.tradecert.crypto.Signatures;
import org.tradecert.envelope.StatementDigests;
import org.tradecert.json.SafeJson;
import org.tradecert.schema.generate.JsonText;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.PrivateKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The embedded sandbox ledger {@code tradecert-ledger/1}: an append-only folder of block files,
 * each holding its submissions, the RFC 9162 Merkle root over their statement digests and the
 * previous block's hash, signed by the ledger operator.
 *
 * <p>Appending is crash-safe: a block is written to a temporary file, forced to disk and then
 * renamed atomically to its final name, so a reader sees either the whole block or none of it.
 * Temporary files never count as blocks and are removed by the next append. A lock file keeps
 * two appending processes from writing the same height.
 */
public final class SandboxLedger implements BlockSource {

    public static final String CONFIG = "ledger.json";
    public static final String REGISTRY = "network.json";
    public static final String BLOCKS = "blocks";
    private static final String LOCK = ".lock";
    private static final String BLOCK_SUFFIX = ".block.json";
    private static final String TEMPORARY_PREFIX = ".block-";

    private static final Logger LOG = LoggerFactory.getLogger(SandboxLedger.class);
    private static final int CHUNK = 1 << 20;

    /**
     * Runs after each mebibyte of a block file is written; null in normal use. The crash test
     * sets it to slow writing down, so that killing the process lands in the middle of a block.
     */
    static volatile Runnable chunkWritten;
    private static final ObjectMapper JSON = SafeJson.mapper(24);

    private final Path directory;
    private final LedgerConfig config;

    private SandboxLedger(Path directory, LedgerConfig config) {
        this.directory = directory;
        this.config = config;
    }

    /**
     * Creates an empty ledger: its configuration, a copy of the network registry, and block 0
     * with no transactions, signed by the operator.
     */
    public static SandboxLedger create(Path directory, LedgerConfig config, byte[] registry, SignatureAlgorithm operatorAlgorithm,
                                       PrivateKey operatorKey) throws LedgerException, IOException {
        if (Files.exists(directory.resolve(CONFIG))) {
            throw new LedgerException(directory + " already holds a ledger");
        }
        Files.createDirectories(directory.resolve(BLOCKS));
        Files.writeString(directory.resolve(CONFIG), JsonText.write(config.toJson()), StandardCharsets.UTF_8);
        Files.write(directory.resolve(REGISTRY), registry);
        SandboxLedger ledger = new SandboxLedger(directory, config);
        ledger.append(List.of(), config.created(), operatorAlgorithm, operatorKey);
        return ledger;
    }

    public static SandboxLedger open(Path directory) throws LedgerException {
        Path file = directory.resolve(CONFIG);
        try {
            return new SandboxLedger(directory, LedgerConfig.fromJson(JSON.readTree(Files.readAllBytes(file))));
        } catch (NoSuchFileException e) {
            throw new LedgerException(directory + " is not a sandbox ledger: it has no " + CONFIG);
        } catch (IOException | IllegalArgumentException | java.time.format.DateTimeParseException e) {
            throw new LedgerException(file + " cannot be read: " + e.getMessage(), e);
        }
    }

    public static boolean isLedger(Path directory) {
        return Files.isRegularFile(directory.resolve(CONFIG)) && Files.isDirectory(directory.resolve(BLOCKS));
    }

    public Path directory() {
        return directory;
    }

    @Override
    public LedgerConfig config() {
        return config;
    }

    @Override
    public byte[] registry() {
        try {
            return Files.readAllBytes(directory.resolve(REGISTRY));
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public String label() {
        return directory.toString();
    }

    /**
     * Appends one block holding the given envelopes and returns their anchors in order.
     *
     * @param time the ledger time of the block; it may not be earlier than the last block's time
     */
    public List<Anchor> append(List<ObjectNode> envelopes, Instant time, SignatureAlgorithm operatorAlgorithm,
                               PrivateKey operatorKey) throws LedgerException, IOException {
        Path blocks = directory.resolve(BLOCKS);
        Files.createDirectories(blocks);
        try (FileChannel lockChannel = FileChannel.open(directory.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = lockChannel.lock()) {
            removeTemporaryFiles(blocks);

            Block last = lastBlock(blocks);
            long height = last == null ? 0 : last.header().height() + 1;
            String previousHash = last == null ? BlockHeader.NO_PREVIOUS : last.hash();
            Instant blockTime = time.truncatedTo(ChronoUnit.MILLIS);
            if (last != null && blockTime.isBefore(last.header().time())) {
                throw new LedgerException("ledger time " + blockTime + " is earlier than the time of block " + last.header().height()
                        + " (" + last.header().time() + "); the ledger's time never goes back");
            }

            DigestAlgorithm digest = config.digestAlgorithm();
            List<byte[]> leaves = new ArrayList<>();
            List<Block.Transaction> transactions = new ArrayList<>();
            for (int i = 0; i < envelopes.size(); i++) {
                ObjectNode envelope = envelopes.get(i).deepCopy();
                envelope.remove("anchor");
                String statementDigest = StatementDigests.of(envelope, digest);
                leaves.add(HexFormat.of().parseHex(statementDigest));
                transactions.add(new Block.Transaction(transactionId(digest, statementDigest, height, i), statementDigest, envelope));
            }
            String root = HexFormat.of().formatHex(MerkleTree.root(digest, leaves));
            BlockHeader header = new BlockHeader(config.chainId(), config.channel(), height, previousHash, blockTime, root,
                    transactions.size(), digest);
            String signature = Base64.getUrlEncoder().withoutPadding().encodeToString(
                    Signatures.sign(operatorAlgorithm, operatorKey, header.canonical()));
            Block block = new Block(header, header.toJson(), header.hash(), operatorAlgorithm.jwsName(), signature, List.copyOf(transactions));

            writeAtomically(blocks, String.format("%012d%s", height, BLOCK_SUFFIX), JsonText.write(block.toJson()).getBytes(StandardCharsets.UTF_8));
            LOG.info("block {} appended to {} with {} submissions", height, directory, transactions.size());

            List<Anchor> anchors = new ArrayList<>();
            for (int i = 0; i < transactions.size(); i++) {
                anchors.add(anchor(block, i, leaves));
            }
            return anchors;
        }
    }

    /** The transaction id: a domain-separated digest of the statement digest and its place, so a replay gets its own id. */
    public static String transactionId(DigestAlgorithm digest, String statementDigest, long height, int index) {
        ByteBuffer place = ByteBuffer.allocate(12).putLong(height).putInt(index);
        return digest.hex(digest.digest("tradecert-ledger/1 transaction".getBytes(StandardCharsets.US_ASCII), new byte[] {0},
                HexFormat.of().parseHex(statementDigest), place.array()));
    }

    /** The anchor of transaction {@code index} of a block, with its inclusion proof over the given leaves. */
    public static Anchor anchor(Block block, int index, List<byte[]> leaves) {
        BlockHeader header = block.header();
        List<String> proof = new ArrayList<>();
        for (byte[] node : MerkleTree.inclusionProof(header.digestAlgorithm(), leaves, index)) {
            proof.add(HexFormat.of().formatHex(node));
        }
        Block.Transaction transaction = block.transactions().get(index);
        return new Anchor(header.chainId(), header.channel(), transaction.transactionId(), transaction.statementDigest(),
                header.height(), block.hash(), header.previousHash(), header.merkleRoot(), index, leaves.size(), List.copyOf(proof),
                header.time());
    }

    private static void writeAtomically(Path directory, String name, byte[] content) throws IOException {
        Path temporary = Files.createTempFile(directory, TEMPORARY_PREFIX, ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                for (int offset = 0; offset < content.length; offset += CHUNK) {
                    out.write(content, offset, Math.min(CHUNK, content.length - offset));
                    Runnable observer = chunkWritten;
                    if (observer != null) {
                        observer.run();
                    }
                }
                out.flush();
                channel.force(true);
            }
            Files.move(temporary, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            forceDirectory(directory);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Makes the rename durable; some file systems cannot open a directory for this, and then the rename is as durable as they make it. */
    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            LOG.debug("directory {} cannot be forced to disk: {}", directory, e.getMessage());
        }
    }

    private static void removeTemporaryFiles(Path blocks) throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(blocks, TEMPORARY_PREFIX + "*")) {
            for (Path leftover : leftovers) {
                LOG.info("removing {} left by an interrupted append", leftover);
                Files.deleteIfExists(leftover);
            }
        }
    }

    private Block lastBlock(Path blocks) throws LedgerException, IOException {
        List<Path> files = blockFiles(blocks);
        if (files.isEmpty()) {
            return null;
        }
        Path file = files.get(files.size() - 1);
        try {
            return Block.fromJson(JSON.readTree(Files.readAllBytes(file)));
        } catch (IOException | IllegalArgumentException e) {
            throw new LedgerException("the last block " + file + " cannot be read (" + e.getMessage()
                    + "); run tradecert ledger verify before appending", e);
        }
    }

    private static List<Path> blockFiles(Path blocks) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(blocks, "*" + BLOCK_SUFFIX)) {
            for (Path file : stream) {
                if (!file.getFileName().toString().startsWith(".")) {
                    files.add(file);
                }
            }
        }
        files.sort(null);
        return files;
    }

    @Override
    public Iterator<StoredBlock> blocks() {
        List<Path> files;
        try {
            files = blockFiles(directory.resolve(BLOCKS));
        } catch (IOException e) {
            return List.of(new StoredBlock(directory.resolve(BLOCKS).toString(), null, "cannot be listed: " + e.getMessage())).iterator();
        }
        Iterator<Path> paths = files.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return paths.hasNext();
            }

            @Override
            public StoredBlock next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Path file = paths.next();
                String name = directory.relativize(file).toString();
                try {
                    if (Files.size(file) > StoredBlock.MAX_CHARS) {
                        return new StoredBlock(name, null, StoredBlock.tooLarge());
                    }
                    JsonNode tree = JSON.readTree(Files.readAllBytes(file));
                    return new StoredBlock(name, Block.fromJson(tree), null);
                } catch (IOException | IllegalArgumentException e) {
                    return new StoredBlock(name, null, e.getMessage());
                }
            }
        };
    }

    @Override
    public void close() {
        // A sandbox ledger holds no open files between calls.
    }
}
