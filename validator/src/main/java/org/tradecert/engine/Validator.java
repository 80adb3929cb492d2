package org.tradecert.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.tradecert.api.DocumentResult;
import org.tradecert.api.Finding;
import org.tradecert.api.Layer;
import org.tradecert.api.LayerStatus;
import org.tradecert.api.Location;
import org.tradecert.api.Provenance;
import org.tradecert.api.RuleOutcome;
import org.tradecert.api.ToolVersion;
import org.tradecert.codelist.CodeListLayer;
import org.tradecert.codelist.CodeListPack;
import org.tradecert.codelist.CodeListRegistry;
import org.tradecert.crossdoc.CrossDocumentLayer;
import org.tradecert.crossdoc.CrossDocumentProfile;
import org.tradecert.crossdoc.CrossDocumentRules;
import org.tradecert.crossdoc.DocumentFacts;
import org.tradecert.crossdoc.Fact;
import org.tradecert.crossdoc.FactExtractors;
import org.tradecert.crossdoc.TradeTransaction;
import org.tradecert.crossdoc.TransactionIndex;
import org.tradecert.document.DocumentReader;
import org.tradecert.envelope.EnvelopeRules;
import org.tradecert.model.common.v1.ExchangedDocumentType;
import org.tradecert.rules.ModelWalk;
import org.tradecert.document.DocumentSyntax;
import org.tradecert.document.InputRules;
import org.tradecert.envelope.Envelope;
import org.tradecert.envelope.EnvelopeReader;
import org.tradecert.envelope.Statement;
import org.tradecert.envelope.SubmissionHistory;
import org.tradecert.envelope.SubmissionVerifier;
import org.tradecert.ledger.Anchor;
import org.tradecert.ledger.BlockSource;
import org.tradecert.ledger.LedgerException;
import org.tradecert.ledger.LedgerExport;
import org.tradecert.ledger.LedgerRules;
import org.tradecert.ledger.LedgerVerifier;
import org.tradecert.ledger.SandboxLedger;
import org.tradecert.registry.NetworkRegistry;
import org.tradecert.registry.RegistryException;
import org.tradecert.registry.RegistryLoader;
import org.tradecert.rules.DocumentRuleRunner;
import org.tradecert.rules.RuleCatalogue;
import org.tradecert.rules.RuleConfig;
import org.tradecert.schema.catalog.SchemaCatalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The validation engine: the layers of the standard, in their fixed order, over documents,
 * envelopes, directories, ledgers and ledger exports. Inputs are read lazily and validated in
 * parallel, and results come back in input order, one per input (a ledger gives one per
 * submission and one for its chain). Nothing a document does can stop the run: a failure
 * inside a layer becomes an {@code ERROR} status for that document only.
 *
 * <p>A validator is immutable and thread-safe once built; the CLI, the conformance suites and
 * any service share this one entry point.
 */
public final class Validator {

    /** Default size limit of one input, before parsing. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    /** Default wall-clock limit for one document. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final SchemaCatalog catalog;
    private final RuleCatalogue catalogue;
    private final RuleConfig config;
    private final CodeListRegistry codeLists;
    private final NetworkRegistry registry;
    private final boolean findRegistry;
    private final String forcedType;
    private final int threads;
    private final long maxBytes;
    private final int maxTransactionDocuments;
    private final long timeoutNanos;
    private final DocumentLayers documentLayers;
    private final EnvelopeReader envelopeReader = new EnvelopeReader();
    private final Map<Path, Object> registriesByDirectory = new ConcurrentHashMap<>();
    private final Map<String, SubmissionVerifier> verifiers = new ConcurrentHashMap<>();
    private final Provenance provenance;
    private final CrossDocumentLayer crossDocument;
    private final BiConsumer<TradeTransaction, DocumentResult> transactionListener;

    private Validator(Builder builder) {
        this.catalog = SchemaCatalog.bundled();
        this.catalogue = RuleCatalogue.standard();
        this.config = builder.config;
        this.codeLists = builder.codeLists;
        this.registry = builder.registry;
        this.findRegistry = builder.findRegistry;
        this.forcedType = builder.forcedType;
        this.threads = builder.threads;
        this.maxBytes = builder.maxBytes;
        this.maxTransactionDocuments = builder.maxTransactionDocuments;
        this.timeoutNanos = builder.timeout.toNanos();
        this.documentLayers = new DocumentLayers(new DocumentReader(catalog), catalog, new CodeListLayer(codeLists),
                new DocumentRuleRunner(builder.documentRules != null ? builder.documentRules : catalogue.documentRules(), codeLists),
                builder.locale, timeoutNanos);
        this.crossDocument = new CrossDocumentLayer(CrossDocumentRules.all(), builder.profile, codeLists, builder.maxTransactionDocuments);
        this.transactionListener = builder.transactionListener;
        this.provenance = buildProvenance();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** What the runs of this validator use: rule pack, schemas, code lists, registry and configuration, with digests. */
    public Provenance provenance() {
        return provenance;
    }

    public RuleCatalogue catalogue() {
        return catalogue;
    }

    /** Validates one document or envelope held in memory, on the calling thread. */
    public DocumentResult validate(byte[] content, String name) {
        List<DocumentResult> results = new ArrayList<>();
        validate(List.<Input>of(new Input.Bytes(content, name)).iterator(), results::add);
        return results.get(0);
    }

    /**
     * Validates every input and hands each result to the sink, in input order, on the calling
     * thread. Returns when every input has a result.
     */
    public void validate(Iterator<? extends Input> inputs, Consumer<DocumentResult> sink) {
        AtomicLong index = new AtomicLong();
        crossDocument.startRun();
        try (SubmissionHistory history = new SubmissionHistory();
             OrderedPipeline pipeline = new OrderedPipeline(threads, timeoutNanos, sink)) {
            while (inputs.hasNext()) {
                Input input = inputs.next();
                if (input instanceof Input.Ledger ledger) {
                    validateLedger(ledger.name(), () -> SandboxLedger.open(ledger.directory()), index, pipeline);
                } else if (input instanceof Input.LedgerExportFile export) {
                    validateLedger(export.name(), () -> LedgerExport.open(export.file()), index, pipeline);
                } else {
                    pipeline.submit(fileWork(input, index.getAndIncrement(), history));
                }
            }
            pipeline.finish();
        }
    }

    /** Validates the paths of a command line: files, directories (recursively), ledgers and ledger exports. */
    public void validatePaths(List<Path> paths, Consumer<DocumentResult> sink) {
        validate(new InputWalker(paths), sink);
    }

    private OrderedPipeline.Work fileWork(Input input, long index, SubmissionHistory history) {
        return new OrderedPipeline.Work() {
            @Override
            public OrderedPipeline.Pending call() {
                return validateFile(input, index, history);
            }

            @Override
            public DocumentResult failed(Throwable cause) {
                return failure(index, input.name(), cause);
            }
        };
    }

    /** The result of an input abandoned after its time limit (cause null) or ended by an error no layer caught. */
    private DocumentResult failure(long index, String name, Throwable cause) {
        ResultBuilder result = new ResultBuilder(index, name, catalogue, config);
        if (cause == null) {
            result.add(InputRules.TIMEOUT.finding(Location.ofFile(name), documentLayers.seconds()));
            result.status(Layer.INPUT, LayerStatus.ERROR, timeoutNanos, "timeout");
        } else {
            result.status(Layer.INPUT, LayerStatus.ERROR, 0, cause.toString());
        }
        result.skipFrom(Layer.ENVELOPE, Layer.INPUT);
        return result.build();
    }

    private OrderedPipeline.Pending validateFile(Input input, long index, SubmissionHistory history) {
        long deadline = System.nanoTime() + timeoutNanos;
        ResultBuilder result = new ResultBuilder(index, input.name(), catalogue, config);
        byte[] bytes;
        Path path = null;
        if (input instanceof Input.Unusable unusable) {
            result.add(unusable.rule().finding(Location.ofFile(unusable.name()), unusable.detail() == null ? "" : unusable.detail()));
            result.inputError();
            result.ran(Layer.INPUT, 0);
            result.skipFrom(Layer.ENVELOPE, Layer.INPUT);
            return result::build;
        } else if (input instanceof Input.Bytes inMemory) {
            bytes = inMemory.content();
        } else if (input instanceof Input.File file) {
            path = file.path();
            bytes = read(file.path(), file.name(), result);
            if (bytes == null) {
                return result::build;
            }
        } else {
            throw new IllegalArgumentException("not a file input: " + input);
        }
        if (bytes.length > maxBytes) {
            tooLarge(bytes.length, input.name(), result);
            return result::build;
        }

        if (isEnvelope(bytes, input.name())) {
            return validateEnvelope(bytes, input.name(), path, deadline, result, history);
        }
        for (Layer layer : List.of(Layer.ENVELOPE, Layer.INTEGRITY, Layer.AUTHORISATION, Layer.LEDGER)) {
            result.notApplicable(layer, null);
        }
        notYetBuilt(result);
        documentLayers.run(bytes, input.name(), forcedType, deadline, result);
        return result::build;
    }

    /** Reads a file within the size limit; on failure records why and returns null. */
    private byte[] read(Path path, String name, ResultBuilder result) {
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                tooLarge(size, name, result);
                return null;
            }
            try (InputStream in = Files.newInputStream(path)) {
                byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
                if (bytes.length > maxBytes) {
                    tooLarge(bytes.length, name, result);
                    return null;
                }
                return bytes;
            }
        } catch (IOException | SecurityException e) {
            result.add(InputRules.READ.finding(Location.ofFile(name), e.getMessage() == null ? e.toString() : e.getMessage()));
            result.inputError();
            result.ran(Layer.INPUT, 0);
            result.skipFrom(Layer.ENVELOPE, Layer.INPUT);
            return null;
        }
    }

    private void tooLarge(long size, String name, ResultBuilder result) {
        result.add(InputRules.TOO_LARGE.finding(Location.ofFile(name), Long.toString(size), Long.toString(maxBytes)));
        result.ran(Layer.INPUT, 0);
        result.skipFrom(Layer.ENVELOPE, Layer.INPUT);
    }

    /** Cross-document and risk checks run over a set of documents, not one; a single input has none. */
    private static void notYetBuilt(ResultBuilder result) {
        result.notApplicable(Layer.CROSS_DOCUMENT, null);
        result.notApplicable(Layer.RISK, null);
    }

    private OrderedPipeline.Pending validateEnvelope(byte[] bytes, String name, Path path, long deadline, ResultBuilder result,
                                                     SubmissionHistory history) {
        result.ran(Layer.INPUT, 0);
        long start = System.nanoTime();
        Path detached = path == null ? null : detachedDocument(path);
        EnvelopeReader.Result read = envelopeReader.read(bytes, name, () -> readDetached(detached));
        result.addAll(read.findings());
        Envelope envelope = read.envelope();
        if (envelope == null) {
            result.ran(Layer.ENVELOPE, System.nanoTime() - start);
            result.skipFrom(Layer.INTEGRITY, Layer.ENVELOPE);
            return result::build;
        }
        Statement statement = envelope.statement();
        result.submission(statement.submissionId());

        NetworkRegistry network = registryFor(path, result);
        SubmissionVerifier.Result verified = null;
        if (network != null) {
            verified = verifier(network).verify(envelope, null);
            result.addAll(verified.findings());
            result.ran(Layer.ENVELOPE, System.nanoTime() - start);
            result.ran(Layer.INTEGRITY, 0);
        } else {
            result.ran(Layer.ENVELOPE, System.nanoTime() - start);
        }
        checkAnchor(envelope, network, name, result);

        notYetBuilt(result);
        validatePayload(envelope, name, deadline, result);
        if (verified == null) {
            return result::build;
        }
        String digest = verified.statementDigest();
        return () -> {
            List<Finding> replay = new ArrayList<>();
            history.record(statement, digest, new Location(name, statement.submissionId(), null, null, null, null), replay);
            result.addAll(replay);
            result.ran(Layer.AUTHORISATION, 0);
            return result.build();
        };
    }

    private void validatePayload(Envelope envelope, String name, long deadline, ResultBuilder result) {
        byte[] document = envelope.document();
        if (document == null) {
            for (Layer layer : List.of(Layer.SCHEMA, Layer.CODE_LISTS, Layer.DOCUMENT_RULES)) {
                result.status(layer, LayerStatus.SKIPPED, 0, Layer.INTEGRITY.key());
            }
            return;
        }
        if (document.length > maxBytes) {
            result.add(InputRules.TOO_LARGE.finding(Location.ofFile(name), Long.toString(document.length), Long.toString(maxBytes)));
            result.skipFrom(Layer.SCHEMA, Layer.INPUT);
            return;
        }
        String schemaId = envelope.statement().schemaId();
        String stated = schemaId != null && schemaId.contains("@") ? schemaId : null;
        documentLayers.run(document, name, stated, deadline, result);
        checkDocumentNumber(envelope.statement(), result);
    }

    /**
     * Compares the document number the statement signs with the document's own number, so a
     * signed statement cannot vouch for a document under another number.
     */
    private static void checkDocumentNumber(Statement statement, ResultBuilder result) {
        if (result.boundDocument() == null) {
            return;
        }
        List<ExchangedDocumentType> headers = ModelWalk.findAll(result.boundDocument(), ExchangedDocumentType.class);
        String own = headers.isEmpty() ? null : headers.get(0).getID();
        if (own != null && !own.strip().equals(statement.docId())) {
            result.add(EnvelopeRules.DOCUMENT_NUMBER.mismatch(result.boundLocator().locate(headers.get(0), "ID"), statement.docId(), own.strip()));
            result.ran(Layer.ENVELOPE, 0);
        }
    }

    /**
     * Checks an anchor written back into an envelope on its own: its network, its statement
     * digest, the transaction id that digest and place give, and its inclusion proof.
     */
    private void checkAnchor(Envelope envelope, NetworkRegistry network, String name, ResultBuilder result) {
        if (envelope.anchor() == null || network == null) {
            result.notApplicable(Layer.LEDGER, null);
            return;
        }
        Location location = Location.ofFile(name);
        Anchor anchor = envelope.anchor();
        org.tradecert.crypto.DigestAlgorithm algorithm = network.policy().statementDigestAlgorithm();
        if (!anchor.chainId().equals(network.chainId()) || !anchor.channel().equals(network.channel())) {
            result.add(LedgerRules.NETWORK.mismatch(location, network.chainId() + "/" + network.channel(),
                    anchor.chainId() + "/" + anchor.channel()));
        }
        String digest = org.tradecert.envelope.StatementDigests.of(envelope, algorithm);
        if (!digest.equals(anchor.statementDigest())) {
            result.add(LedgerRules.ANCHOR.mismatch(location, digest, anchor.statementDigest()));
        } else {
            String transactionId = SandboxLedger.transactionId(algorithm, digest, anchor.blockHeight(), anchor.leafIndex());
            if (!transactionId.equals(anchor.transactionId())) {
                result.add(LedgerRules.ANCHOR.mismatch(location, transactionId, anchor.transactionId()));
            }
            if (!LedgerVerifier.inclusionHolds(anchor, algorithm)) {
                result.add(LedgerRules.INCLUSION.finding(location, anchor.statementDigest(), anchor.merkleRoot()));
            }
        }
        result.ran(Layer.LEDGER, 0);
    }

    private static Path detachedDocument(Path envelope) {
        String name = envelope.getFileName().toString();
        return name.endsWith(".envelope.json") ? envelope.resolveSibling(name.substring(0, name.length() - ".envelope.json".length())) : null;
    }

    /**
     * Reads the document beside an envelope, or returns null. The document is found by name, not
     * given by the user, so a symbolic link in its place is not followed, like links met while
     * walking a folder.
     */
    private byte[] readDetached(Path file) {
        if (file == null || !Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try {
            return Files.size(file) > maxBytes ? null : Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The registry for an envelope: the one given, else the first {@code network.json} in the
     * envelope's folder or above it. Without one, layers 3 and 4 cannot run and are skipped.
     */
    private NetworkRegistry registryFor(Path envelope, ResultBuilder result) {
        if (registry != null) {
            return registry;
        }
        Path directory = envelope == null || !findRegistry ? null : envelope.toAbsolutePath().normalize().getParent();
        Object found = directory == null ? null : registriesByDirectory.computeIfAbsent(directory, Validator::findRegistry);
        if (found instanceof NetworkRegistry network) {
            return network;
        }
        String detail = found instanceof String problem ? problem : "no network registry: give --registry";
        result.status(Layer.INTEGRITY, LayerStatus.SKIPPED, 0, detail);
        result.status(Layer.AUTHORISATION, LayerStatus.SKIPPED, 0, detail);
        return null;
    }

    /** The registry found upward from a folder, or a problem text, or a marker that there is none. */
    private static Object findRegistry(Path directory) {
        for (Path dir = directory; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(SandboxLedger.REGISTRY);
            if (Files.isRegularFile(candidate)) {
                try {
                    return new RegistryLoader().load(candidate);
                } catch (RegistryException e) {
                    return candidate + ": " + String.join("; ", e.problems());
                }
            }
        }
        return "none";
    }

    private SubmissionVerifier verifier(NetworkRegistry network) {
        return verifiers.computeIfAbsent(network.digest(), digest -> new SubmissionVerifier(network, catalog));
    }

    private static final JsonFactory PEEK = new JsonFactory();

    /** True when the bytes are a JSON object with a {@code signatures} member at its top level, the mark of an envelope. */
    static boolean isEnvelope(byte[] bytes, String name) {
        if (name.endsWith(".envelope.json")) {
            return true;
        }
        if (DocumentSyntax.sniff(bytes) != DocumentSyntax.JSON) {
            return false;
        }
        try (JsonParser parser = PEEK.createParser(bytes)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                if ("signatures".equals(parser.currentName())) {
                    return true;
                }
                parser.nextToken();
                parser.skipChildren();
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    @FunctionalInterface
    private interface LedgerOpener {
        BlockSource open() throws LedgerException;
    }

    /**
     * Verifies a ledger's chain on the calling thread (it is sequential by nature) and validates
     * the document of each submission on the pool. The chain's own result comes after its submissions.
     */
    private void validateLedger(String name, LedgerOpener opener, AtomicLong index, OrderedPipeline pipeline) {
        long start = System.nanoTime();
        try (BlockSource source = opener.open(); TransactionIndex transactions = new TransactionIndex()) {
            NetworkRegistry network = registry != null ? registry : storedRegistry(source);
            LedgerVerifier verifier = new LedgerVerifier(network, catalog);
            LedgerVerifier.Report report = verifier.verify(source,
                    submission -> pipeline.submit(submissionWork(name, submission, index.getAndIncrement(), transactions)), false);
            ResultBuilder chain = new ResultBuilder(index.getAndIncrement(), name, catalogue, config);
            chain.addAll(report.findings());
            chain.ran(Layer.INPUT, 0);
            chain.ran(Layer.LEDGER, System.nanoTime() - start);
            DocumentResult result = chain.build();
            pipeline.submit(done(result));
            pipeline.finish();
            crossCheck(name, transactions, index, pipeline);
        } catch (LedgerException | RegistryException | IOException | RuntimeException e) {
            ResultBuilder failed = new ResultBuilder(index.getAndIncrement(), name, catalogue, config);
            failed.add(LedgerRules.MALFORMED.finding(Location.ofFile(name), e.getMessage() == null ? e.toString() : e.getMessage()));
            failed.ran(Layer.INPUT, 0);
            failed.ran(Layer.LEDGER, System.nanoTime() - start);
            pipeline.submit(done(failed.build()));
        }
    }

    private static NetworkRegistry storedRegistry(BlockSource source) throws RegistryException {
        byte[] stored = source.registry();
        if (stored == null) {
            throw new RegistryException(source.label() + " has no network registry stored with it; give --registry", List.of());
        }
        return new RegistryLoader().load(source.label() + "/" + SandboxLedger.REGISTRY, stored);
    }

    private static OrderedPipeline.Work done(DocumentResult result) {
        return new OrderedPipeline.Work() {
            @Override
            public OrderedPipeline.Pending call() {
                return () -> result;
            }

            @Override
            public DocumentResult failed(Throwable cause) {
                return result;
            }
        };
    }

    /** Runs the cross-document rules and risk indicators over each trade transaction of a ledger; one result per transaction. */
    private void crossCheck(String ledgerName, TransactionIndex transactions, AtomicLong index, OrderedPipeline pipeline) {
        Iterator<TradeTransaction> all = transactions.transactions(maxTransactionDocuments);
        while (all.hasNext()) {
            TradeTransaction transaction = all.next();
            String source = ledgerName + "#transaction:" + transaction.id();
            ResultBuilder result = new ResultBuilder(index.getAndIncrement(), source, catalogue, config);
            result.document(TRANSACTION_TYPE, null, null, null);
            for (Layer layer : List.of(Layer.CROSS_DOCUMENT, Layer.RISK)) {
                long start = System.nanoTime();
                CrossDocumentLayer.Result outcome = crossDocument.run(transaction, source, layer);
                result.addAll(outcome.findings());
                result.outcomes(outcome.outcomes());
                boolean nothingChecked = outcome.outcomes().stream().allMatch(rule -> rule.status() == RuleOutcome.Status.NOT_APPLICABLE);
                if (outcome.error() != null) {
                    result.status(layer, LayerStatus.ERROR, System.nanoTime() - start, outcome.error());
                } else if (nothingChecked) {
                    result.status(layer, LayerStatus.NOT_APPLICABLE, System.nanoTime() - start, null);
                } else {
                    result.ran(layer, System.nanoTime() - start);
                }
            }
            DocumentResult built = result.build();
            if (transactionListener != null) {
                transactionListener.accept(transaction, built);
            }
            pipeline.submit(done(built));
        }
    }

    /** The document type reports show for the result of a trade transaction. */
    public static final String TRANSACTION_TYPE = "trade-transaction";

    private OrderedPipeline.Work submissionWork(String ledgerName, LedgerVerifier.AnchoredSubmission submission, long index,
                                                TransactionIndex transactions) {
        String name = ledgerName + "/" + submission.blockName() + "#" + submission.transactionIndex();
        return new OrderedPipeline.Work() {
            @Override
            public OrderedPipeline.Pending call() {
                long deadline = System.nanoTime() + timeoutNanos;
                ResultBuilder result = new ResultBuilder(index, name, catalogue, config);
                Envelope envelope = submission.envelope();
                if (envelope != null) {
                    result.submission(envelope.statement().submissionId());
                }
                result.addAll(submission.findings());
                result.ran(Layer.INPUT, 0);
                result.ran(Layer.ENVELOPE, 0);
                result.ran(Layer.LEDGER, 0);
                if (envelope == null) {
                    result.skipFrom(Layer.INTEGRITY, Layer.ENVELOPE);
                    return result::build;
                }
                result.ran(Layer.INTEGRITY, 0);
                result.ran(Layer.AUTHORISATION, 0);
                result.notApplicable(Layer.CROSS_DOCUMENT, TRANSACTION_TYPE);
                result.notApplicable(Layer.RISK, TRANSACTION_TYPE);
                validatePayload(envelope, name, deadline, result);
                Map<String, List<Fact>> facts = result.boundDocument() == null ? Map.of()
                        : FactExtractors.extract(result.boundDocument(), result.boundLocator());
                return () -> {
                    DocumentResult built = result.build();
                    transactions.add(facts(built, envelope, submission, result.syntax(), facts));
                    return built;
                };
            }

            @Override
            public DocumentResult failed(Throwable cause) {
                return failure(index, name, cause);
            }
        };
    }

    private static DocumentFacts facts(DocumentResult result, Envelope envelope, LedgerVerifier.AnchoredSubmission submission,
                                       String syntax, Map<String, List<Fact>> facts) {
        Statement statement = envelope.statement();
        List<String> references = new ArrayList<>();
        for (Statement.Reference reference : statement.references()) {
            if (reference.docType() != null && reference.docId() != null) {
                references.add("doc:" + reference.docType() + ":" + reference.docId());
            }
            if (reference.statementDigest() != null) {
                references.add("digest:" + reference.statementDigest());
            }
        }
        return new DocumentFacts(result.index(), result.source(), statement.submissionId(),
                submission.anchor() == null ? null : submission.anchor().statementDigest(), statement.docType(), statement.docId(),
                statement.docVersion(), statement.submitterOrgId(), statement.submitterRole(),
                statement.createdAt() == null ? null : statement.createdAt().toString(),
                submission.anchor() == null || submission.anchor().ledgerTime() == null ? null : submission.anchor().ledgerTime().toString(),
                statement.supersedes(), references, syntax, result.verdict(org.tradecert.api.Severity.ERROR) == org.tradecert.api.Verdict.CONFORMANT,
                facts);
    }

    private Provenance buildProvenance() {
        List<Provenance.Component> schemas = SchemaDigests.of(catalog);
        List<Provenance.Component> packs = new ArrayList<>();
        for (CodeListPack pack : codeLists.packs()) {
            packs.add(new Provenance.Component(pack.id(), pack.version(), "sha-256:" + pack.digest()));
        }
        packs.sort(java.util.Comparator.comparing(Provenance.Component::name));
        Provenance.Component network = registry == null ? null
                : new Provenance.Component(registry.chainId() + "/" + registry.channel(), null, "sha-256:" + registry.digest());
        Provenance.Component pack = new Provenance.Component(catalogue.pack().name(), catalogue.pack().version(), catalogue.pack().digest());
        return new Provenance(ToolVersion.NAME, ToolVersion.get(), pack, schemas, packs, network, config.component(), config.overrides());
    }

    /** Settings of a validator; every one has a default that suits a command-line run. */
    public static final class Builder {

        private RuleConfig config = RuleConfig.none();
        private CodeListRegistry codeLists;
        private NetworkRegistry registry;
        private boolean findRegistry = true;
        private String forcedType;
        private Locale locale = Locale.ENGLISH;
        private int threads = Runtime.getRuntime().availableProcessors();
        private long maxBytes = DEFAULT_MAX_BYTES;
        private Duration timeout = DEFAULT_TIMEOUT;
        private List<org.tradecert.rules.DocumentRule<?>> documentRules;
        private CrossDocumentProfile profile = CrossDocumentProfile.defaults();
        private int maxTransactionDocuments = TransactionIndex.MAX_DOCUMENTS;
        private BiConsumer<TradeTransaction, DocumentResult> transactionListener;

        private Builder() {
        }

        /** Replaces the document rules of the catalogue; for tests of the engine's handling of rules. */
        Builder documentRules(List<org.tradecert.rules.DocumentRule<?>> rules) {
            this.documentRules = List.copyOf(rules);
            return this;
        }

        /** The tolerances of the cross-document rules. */
        public Builder profile(CrossDocumentProfile value) {
            this.profile = value;
            return this;
        }

        /**
         * Sets the maximum number of submissions a trade transaction may have and still be checked.
         * A larger one is reported as {@code XDOC-TRANSACTION-SIZE}. Default {@link TransactionIndex#MAX_DOCUMENTS}.
         */
        public Builder maxTransactionDocuments(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("the transaction size limit must be at least 1, not " + value);
            }
            this.maxTransactionDocuments = value;
            return this;
        }

        /**
         * Receives each trade transaction of a ledger with its result, for views that show the
         * transaction's documents beside its checks. The listener runs on the thread that called
         * {@code validate}, after every submission of the ledger has reached the sink and before
         * the transaction's own result does.
         */
        public Builder onTransaction(BiConsumer<TradeTransaction, DocumentResult> listener) {
            this.transactionListener = listener;
            return this;
        }

        /** Severity overrides with their reasons. */
        public Builder config(RuleConfig value) {
            this.config = value;
            return this;
        }

        /** The code-list packs; the bundled ones by default. */
        public Builder codeLists(CodeListRegistry value) {
            this.codeLists = value;
            return this;
        }

        /** The network registry for envelopes and ledgers; by default each envelope's nearest {@code network.json} and each ledger's stored one. */
        public Builder registry(NetworkRegistry value) {
            this.registry = value;
            return this;
        }

        /** Whether to look for a {@code network.json} beside or above an envelope when no registry is given. */
        public Builder findRegistry(boolean value) {
            this.findRegistry = value;
            return this;
        }

        /** {@code type} or {@code type@version} to validate raw documents against, instead of what they name. */
        public Builder type(String value) {
            this.forcedType = value;
            return this;
        }

        /** Sets the language of the schema findings' messages, which are written when the document is read. */
        public Builder locale(Locale value) {
            this.locale = value;
            return this;
        }

        public Builder threads(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("threads must be at least 1, not " + value);
            }
            this.threads = value;
            return this;
        }

        /** Size limit of one input in bytes, checked before parsing. */
        public Builder maxBytes(long value) {
            if (value < 1) {
                throw new IllegalArgumentException("the size limit must be positive, not " + value);
            }
            this.maxBytes = value;
            return this;
        }

        /** Wall-clock limit of one document. */
        public Builder timeout(Duration value) {
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("the time limit must be positive, not " + value);
            }
            this.timeout = value;
            return this;
        }

        public Validator build() {
            if (codeLists == null) {
                codeLists = CodeListRegistry.builtIn();
            }
            return new Validator(this);
        }
    }
}
