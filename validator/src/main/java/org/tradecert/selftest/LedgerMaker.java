package org.tradecert.selftest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tradecert.crypto.DigestAlgorithm;
import org.tradecert.crypto.Jcs;
import org.tradecert.crypto.JcsException;
import org.tradecert.crypto.SignatureAlgorithm;
import org.tradecert.crypto.Signatures;
import org.tradecert.json.SafeJson;
import org.tradecert.ledger.Anchor;
import org.tradecert.ledger.Block;
import org.tradecert.ledger.LedgerConfig;
import org.tradecert.ledger.LedgerException;
import org.tradecert.ledger.SandboxLedger;
import org.tradecert.registry.NetworkRegistry;
import org.tradecert.schema.generate.JsonText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Makes the sandbox ledgers fixtures ask for: a copy of an example ledger or a new one of the
 * demo consortium, with blocks edited, removed or appended. An edit of a stored block can
 * {@code seal-again}: recompute the block hash and sign the header again with the operator
 * key, as a dishonest operator could, so only the check the edit aims at fails.
 */
final class LedgerMaker {

    /** The algorithm of the demo consortium's ledger operator key. */
    private static final SignatureAlgorithm OPERATOR_ALGORITHM = SignatureAlgorithm.SM2_SM3;

    private final Path examples;
    private final EnvelopeMaker envelopes;

    LedgerMaker(Path examples, EnvelopeMaker envelopes) {
        this.examples = examples;
        this.envelopes = envelopes;
    }

    /** Copies an example ledger into the case's folder. */
    Path copy(String relative, Path target) throws IOException {
        Path source = examples.resolve(relative);
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

    /** Creates an empty ledger of the demo consortium's operator, holding only block 0. */
    Path create(Base.NewLedger base, DemoConsortium consortium, NetworkRegistry registry, Path target, String where) throws FixtureException {
        LedgerConfig config = new LedgerConfig(base.chainId(), base.channel(), registry.policy().statementDigestAlgorithm(), base.created());
        try {
            SandboxLedger.create(target, config, consortium.registryBytes(), OPERATOR_ALGORITHM, consortium.operatorKey());
        } catch (LedgerException | IOException e) {
            throw new FixtureException(Problem.of("ledger-failed", where, String.valueOf(e.getMessage())), e);
        }
        return target;
    }

    /** Applies the ledger edits of a case in order. */
    void apply(Path ledger, List<Edit> edits, DemoConsortium consortium, NetworkRegistry registry) throws FixtureException {
        // Envelope ids are unique within a case, so a later block may supersede or copy an envelope of an earlier one.
        Map<String, ObjectNode> earlier = new java.util.HashMap<>();
        for (Edit edit : edits) {
            switch (edit.operation()) {
                case "set", "remove" -> editBlock(ledger, edit, consortium);
                case "replace" -> {
                    Path file = blockFile(ledger, Integer.parseInt(edit.required("block")), edit.where());
                    write(file, DocumentEditor.replace(read(file), edit));
                }
                case "remove-block" -> {
                    Path file = blockFile(ledger, edit.argument().asInt(), edit.where());
                    try {
                        Files.delete(file);
                    } catch (IOException e) {
                        throw new FixtureException(Problem.of("ledger-failed", edit.where(), String.valueOf(e.getMessage())), e);
                    }
                }
                case "append-block" -> append(ledger, edit, consortium, registry, earlier);
                default -> throw FixtureException.of("edit-not-here", edit.where(), edit.operation());
            }
        }
    }

    private void editBlock(Path ledger, Edit edit, DemoConsortium consortium) throws FixtureException {
        Path file = blockFile(ledger, Integer.parseInt(edit.required("block")), edit.where());
        JsonNode block = parse(read(file), edit.where());
        if (edit.operation().equals("set")) {
            JsonEdits.set(block, edit.text(), edit.setting("to"), edit.where());
        } else {
            JsonEdits.remove(block, edit.text(), edit.where());
        }
        if (edit.flag("seal-again", false)) {
            seal((ObjectNode) block, consortium, edit.where());
        }
        write(file, JsonText.write(block).getBytes(StandardCharsets.UTF_8));
    }

    /** Recomputes a stored block's hash over its edited header and signs the header again with the operator key. */
    private static void seal(ObjectNode block, DemoConsortium consortium, String where) throws FixtureException {
        JsonNode header = block.path("header");
        DigestAlgorithm digest = DigestAlgorithm.byName(header.path("digestAlgorithm").asText())
                .orElseThrow(() -> FixtureException.of("not-editable", where, "tradecert-ledger/1", "digestAlgorithm"));
        byte[] canonical;
        try {
            canonical = Jcs.canonicalize(header);
        } catch (JcsException e) {
            throw FixtureException.of("not-editable", where, "RFC 8785", String.valueOf(e.getMessage()));
        }
        block.put("hash", digest.hex(canonical));
        ObjectNode signature = block.withObjectProperty("operatorSignature");
        signature.put("alg", OPERATOR_ALGORITHM.jwsName());
        signature.put("value", Base64.getUrlEncoder().withoutPadding().encodeToString(
                Signatures.sign(OPERATOR_ALGORITHM, consortium.operatorKey(), canonical)));
    }

    private void append(Path ledger, Edit edit, DemoConsortium consortium, NetworkRegistry registry, Map<String, ObjectNode> earlier)
            throws FixtureException {
        Instant time = Instant.parse(edit.argument().path("time").asText());
        List<ObjectNode> appended = new ArrayList<>();
        for (int i = 0; i < edit.envelopes().size(); i++) {
            EnvelopeSpec spec = edit.envelopes().get(i);
            ObjectNode envelope = envelopes.make(spec, List.of(), consortium, registry, earlier,
                    (block, transaction, where) -> stored(ledger, block, transaction, where), edit.where() + ".envelopes[" + (i + 1) + "]");
            if (spec.id() != null) {
                earlier.put(spec.id(), envelope);
            }
            appended.add(envelope);
        }
        try {
            SandboxLedger.open(ledger).append(appended, time, OPERATOR_ALGORITHM, consortium.operatorKey());
        } catch (LedgerException | IOException e) {
            throw new FixtureException(Problem.of("ledger-failed", edit.where(), String.valueOf(e.getMessage())), e);
        }
    }

    /** Reads the envelope stored in a transaction of a block, as submitted. */
    ObjectNode stored(Path ledger, int height, int transaction, String where) throws FixtureException {
        JsonNode block = parse(read(blockFile(ledger, height, where)), where);
        JsonNode envelope = block.path("transactions").path(transaction).path("envelope");
        if (!(envelope instanceof ObjectNode object)) {
            throw FixtureException.of("no-transaction", where, height, transaction);
        }
        return object;
    }

    /** Builds the envelope of a transaction of an example ledger with the anchor the ledger gives it. */
    ObjectNode anchored(Base.AnchoredEnvelope base, String where) throws FixtureException {
        Path ledger = examples.resolve(base.ledger());
        JsonNode tree = parse(read(blockFile(ledger, base.block(), where)), where);
        Block block;
        try {
            block = Block.fromJson(tree);
        } catch (IllegalArgumentException e) {
            throw FixtureException.of("not-editable", where, "tradecert-ledger/1", String.valueOf(e.getMessage()));
        }
        if (base.transaction() >= block.transactions().size()) {
            throw FixtureException.of("no-transaction", where, base.block(), base.transaction());
        }
        List<byte[]> leaves = new ArrayList<>();
        for (Block.Transaction transaction : block.transactions()) {
            leaves.add(HexFormat.of().parseHex(transaction.statementDigest()));
        }
        Anchor anchor = SandboxLedger.anchor(block, base.transaction(), leaves);
        ObjectNode envelope = block.transactions().get(base.transaction()).envelope().deepCopy();
        envelope.set("anchor", anchor.toJson());
        return envelope;
    }

    private static Path blockFile(Path ledger, int height, String where) throws FixtureException {
        Path file = ledger.resolve(SandboxLedger.BLOCKS).resolve(String.format("%012d.block.json", height));
        if (!Files.isRegularFile(file)) {
            throw FixtureException.of("no-block", where, height);
        }
        return file;
    }

    private static byte[] read(Path file) throws FixtureException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw FixtureException.of("unreadable", file, String.valueOf(e.getMessage()));
        }
    }

    private static void write(Path file, byte[] content) throws FixtureException {
        try {
            Files.write(file, content);
        } catch (IOException e) {
            throw FixtureException.of("unreadable", file, String.valueOf(e.getMessage()));
        }
    }

    private static JsonNode parse(byte[] bytes, String where) throws FixtureException {
        try {
            return SafeJson.mapper().readTree(bytes);
        } catch (IOException e) {
            throw FixtureException.of("not-editable", where, "JSON", String.valueOf(e.getMessage()));
        }
    }
}
