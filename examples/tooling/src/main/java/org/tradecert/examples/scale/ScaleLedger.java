package org.tradecert.examples.scale;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tradecert.crypto.DigestAlgorithm;
import org.tradecert.crypto.KeyException;
import org.tradecert.crypto.Keys;
import org.tradecert.crypto.SignatureAlgorithm;
import org.tradecert.document.DocumentReader;
import org.tradecert.envelope.DocumentSigning;
import org.tradecert.envelope.EnvelopeSigner;
import org.tradecert.envelope.Statement;
import org.tradecert.envelope.StatementDigests;
import org.tradecert.envelope.SubmissionVerifier;
import org.tradecert.examples.ledgers.Shipment;
import org.tradecert.ledger.LedgerConfig;
import org.tradecert.ledger.LedgerException;
import org.tradecert.ledger.SandboxLedger;
import org.tradecert.registry.NetworkRegistry;
import org.tradecert.registry.Participant;
import org.tradecert.registry.Pem;
import org.tradecert.registry.RegistryException;
import org.tradecert.registry.RegistryLoader;
import org.tradecert.sandbox.SandboxConsortium;
import org.tradecert.schema.catalog.SchemaCatalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Generates a large sandbox ledger for memory runs: transactions alternate between the sea and
 * the air demo shipment, ten submissions each, every transaction with its own identifiers (see
 * {@link TransactionNumbers}) and otherwise the demo documents, so each transaction is
 * consistent in itself. All transactions run on the demo shipments' dates, so the ledger
 * interleaves them: first every booking request, then every confirmation, and so on, in blocks
 * of a fixed number of submissions. Every transaction stays open until the end of the ledger,
 * the hardest case for grouping.
 *
 * <pre>
 * java -cp ... org.tradecert.examples.scale.ScaleLedger --examples DIR --out DIR [--transactions 10000] [--block-size 50]
 * </pre>
 */
public final class ScaleLedger {

    /** Ten documents of the sea shipment: the container gate, load and discharge events are left out. */
    static final List<String> SEA_STEPS = List.of("booking-request", "booking-confirmation", "commercial-invoice", "packing-list",
            "goods-declaration", "transport-event-03-customs-release", "sea-transport-document", "transport-event-06-departure",
            "payment-advice", "transport-event-07-arrival");

    /** Ten documents of the air shipment: the receipt, manifest and delivery events are left out. */
    static final List<String> AIR_STEPS = List.of("booking-request", "booking-confirmation", "commercial-invoice", "packing-list",
            "goods-declaration", "transport-event-02-customs-release", "air-waybill", "transport-event-04-departure",
            "transport-event-05-arrival", "payment-advice");

    private static final Duration ANCHOR_DELAY = Duration.ofMinutes(2);

    private final Path consortium;
    private final Path documents;
    private final NetworkRegistry registry;
    private final byte[] registryBytes;
    private final DocumentReader reader = new DocumentReader(SchemaCatalog.bundled());

    /** One document of a shipment, as a template for every transaction. */
    private record Template(Shipment shipment, Shipment.Step step, String text, String mediaType, String schemaId, String docId,
                            Instant createdAt) {
    }

    /** A participant's key, certificate and what the envelope states about it. */
    private record Signer(PrivateKey key, List<X509Certificate> chain, SignatureAlgorithm algorithm, String orgId, String scheme,
                          String role) {
    }

    public ScaleLedger(Path examples) throws IOException {
        this.consortium = examples.resolve("consortium");
        this.documents = examples.resolve("documents/valid");
        this.registryBytes = Files.readAllBytes(consortium.resolve(SandboxConsortium.REGISTRY));
        try {
            this.registry = new RegistryLoader().load(consortium.resolve(SandboxConsortium.REGISTRY).toString(), registryBytes);
        } catch (RegistryException e) {
            throw new IOException("the consortium registry is invalid: " + e.problems(), e);
        }
    }

    /**
     * Writes a new ledger of {@code transactions} transactions (ten submissions each) into
     * {@code ledgerDir}, which must not exist yet, and returns the number of submissions.
     */
    public long generate(Path ledgerDir, int transactions, int blockSize) throws IOException {
        List<Template> templates = new ArrayList<>();
        templates.addAll(templates(Shipment.SEA, SEA_STEPS));
        templates.addAll(templates(Shipment.AIR, AIR_STEPS));
        templates.sort(Comparator.comparing(Template::createdAt));
        Map<String, Signer> signers = new HashMap<>();
        for (Template template : templates) {
            signers.computeIfAbsent(template.step().role(), this::signer);
        }

        PrivateKey operator = readKey(consortium.resolve("operator/key.pem"));
        SandboxLedger ledger;
        try {
            ledger = SandboxLedger.create(ledgerDir, new LedgerConfig(registry.chainId(), registry.channel(),
                    registry.policy().statementDigestAlgorithm(), Instant.parse("2026-09-01T00:00:00Z")), registryBytes,
                    SignatureAlgorithm.SM2_SM3, operator);
        } catch (LedgerException e) {
            throw new IOException("the ledger " + ledgerDir + " cannot be created: " + e.getMessage(), e);
        }

        // What each transaction's later documents reference: the statements of its earlier ones, by step.
        List<Map<String, Statement.Reference>> references = new ArrayList<>();
        for (int k = 0; k < transactions; k++) {
            references.add(new HashMap<>());
        }
        long submissions = 0;
        for (Template template : templates) {
            int first = template.shipment() == Shipment.SEA ? 0 : 1;
            int[] members = IntStream.iterate(first, k -> k < transactions, k -> k + 2).toArray();
            ObjectNode[] envelopes = new ObjectNode[members.length];
            IntStream.range(0, members.length).parallel()
                    .forEach(i -> envelopes[i] = sign(template, members[i], signers.get(template.step().role()), references.get(members[i])));

            Instant ledgerTime = template.createdAt().plus(ANCHOR_DELAY);
            List<ObjectNode> signed = Arrays.asList(envelopes);
            for (int start = 0; start < envelopes.length; start += blockSize) {
                List<ObjectNode> block = signed.subList(start, Math.min(envelopes.length, start + blockSize));
                try {
                    ledger.append(block, ledgerTime, SignatureAlgorithm.SM2_SM3, operator);
                } catch (LedgerException e) {
                    throw new IOException("a block cannot be appended to " + ledgerDir + ": " + e.getMessage(), e);
                }
            }
            submissions += envelopes.length;
        }
        return submissions;
    }

    /** Signs transaction {@code k}'s version of a template and records its statement for the documents that reference it. */
    private ObjectNode sign(Template template, int k, Signer signer, Map<String, Statement.Reference> earlier) {
        TransactionNumbers numbers = TransactionNumbers.of(template.shipment(), k);
        byte[] document = numbers.apply(template.text()).getBytes(StandardCharsets.UTF_8);
        List<Statement.Reference> references = new ArrayList<>();
        for (String step : template.step().references()) {
            references.add(earlier.get(step));
        }
        DigestAlgorithm payloadDigest = signer.algorithm() == SignatureAlgorithm.SM2_SM3 ? DigestAlgorithm.SM3 : DigestAlgorithm.SHA256;
        EnvelopeSigner.Request request = new EnvelopeSigner.Request(document, template.mediaType(), template.step().type(),
                numbers.number(template.docId()), 1, null, template.schemaId(), signer.orgId(), signer.scheme(), signer.role(),
                registry.chainId(), registry.channel(), payloadDigest, references);
        ObjectNode envelope = EnvelopeSigner.sign(request, signer.algorithm(), signer.key(), signer.chain(), true, template.createdAt());

        String digest = StatementDigests.of(envelope, registry.policy().statementDigestAlgorithm());
        synchronized (earlier) {
            earlier.put(template.step().document(), new Statement.Reference(template.step().type(), request.docId(), digest));
        }
        return envelope;
    }

    private List<Template> templates(Shipment shipment, List<String> steps) throws IOException {
        List<Template> templates = new ArrayList<>();
        for (Shipment.Step step : shipment.steps()) {
            if (!steps.contains(step.document())) {
                continue;
            }
            Path file = documents.resolve(shipment.folder()).resolve(step.document() + ".xml");
            byte[] bytes = Files.readAllBytes(file);
            DocumentReader.Result read = reader.read(bytes, file.toString(), null, Locale.ROOT, false);
            if (!read.schemaValid()) {
                throw new IOException(file + " is not a valid example document");
            }
            String docId = DocumentSigning.documentNumber(read.dom().getDocumentElement());
            String issued = read.dom().getDocumentElement().getElementsByTagNameNS("urn:tradecert:schema:common:1", "IssueDateTime").item(0)
                    .getTextContent();
            templates.add(new Template(shipment, step, new String(bytes, StandardCharsets.UTF_8), read.syntax().mediaType(),
                    read.release().schemaId(), docId, OffsetDateTime.parse(issued).toInstant()));
        }
        return templates;
    }

    private Signer signer(String role) {
        Path folder = consortium.resolve("participants").resolve(role);
        try {
            PrivateKey key = readKey(folder.resolve("key.pem"));
            List<X509Certificate> chain = Pem.certificates(Files.readString(folder.resolve("cert.pem"), StandardCharsets.US_ASCII));
            String orgId = SubmissionVerifier.organisationIdentifier(chain.get(0));
            Participant participant = registry.participant(orgId)
                    .orElseThrow(() -> new IllegalStateException(orgId + " of " + folder + " is not in the registry"));
            SignatureAlgorithm algorithm = Keys.algorithmOf(key).orElseThrow(() -> new IllegalStateException("the key in " + folder + " uses an unsupported algorithm"));
            return new Signer(key, chain, algorithm, orgId, participant.orgIdScheme(), role);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the key or certificate in " + folder + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static PrivateKey readKey(Path file) throws IOException {
        try {
            return Keys.readPrivateKey(Files.readString(file, StandardCharsets.US_ASCII), null);
        } catch (KeyException e) {
            throw new IOException(file + " cannot be read as a private key: " + e.getMessage(), e);
        }
    }

    public static void main(String[] args) throws IOException {
        Path examples = null;
        Path out = null;
        int transactions = 10_000;
        int blockSize = 50;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--examples" -> examples = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--transactions" -> transactions = Integer.parseInt(args[++i]);
                case "--block-size" -> blockSize = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; use --examples DIR --out DIR [--transactions N] [--block-size N]");
            }
        }
        if (examples == null || out == null) {
            throw new IllegalArgumentException("--examples DIR and --out DIR are required");
        }
        long start = System.nanoTime();
        long submissions = new ScaleLedger(examples).generate(out, transactions, blockSize);
        System.out.printf(Locale.ROOT, "%s: %d submissions in %d transactions, blocks of %d, written in %.0f s%n", out, submissions,
                transactions, blockSize, (System.nanoTime() - start) / 1e9);
    }
}
