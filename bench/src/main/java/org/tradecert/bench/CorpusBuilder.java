package org.tradecert.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tradecert.crypto.Keys;
import org.tradecert.crypto.SignatureAlgorithm;
import org.tradecert.document.DocumentReader;
import org.tradecert.envelope.DocumentSigning;
import org.tradecert.envelope.SigningException;
import org.tradecert.ledger.LedgerConfig;
import org.tradecert.ledger.LedgerExport;
import org.tradecert.ledger.SandboxLedger;
import org.tradecert.registry.NetworkRegistry;
import org.tradecert.registry.Pem;
import org.tradecert.registry.RegistryLoader;
import org.tradecert.sandbox.SandboxConsortium;
import org.tradecert.schema.catalog.SchemaCatalog;
import org.tradecert.schema.generate.JsonText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * Generates a {@link Corpus}: creates a demo consortium, signs copies of the valid examples in
 * turn (each with a new document number) as the participant that issues that document type,
 * writes the first ones as envelope files and appends all of them, block by block, to one
 * sandbox ledger per requested size, which is then exported.
 *
 * <p>Times: certificates are valid from 2026-01-01 for 10 years. Submission {@code i} is
 * created at {@link #FIRST_CREATED} plus {@code i} times {@link #SPACING}, after the issue
 * dates of every example, and its block is anchored one minute after the last submission in
 * it, well inside the policy's maximum submission age of one day.
 */
final class CorpusBuilder {

    static final Instant VALID_FROM = Instant.parse("2026-01-01T00:00:00Z");
    static final int VALID_YEARS = 10;
    static final Instant FIRST_CREATED = Instant.parse("2026-12-01T00:00:00Z");
    static final Duration SPACING = Duration.ofSeconds(10);
    static final Duration ANCHOR_DELAY = Duration.ofMinutes(1);

    private static final Logger LOG = LoggerFactory.getLogger(CorpusBuilder.class);

    private final Path directory;
    private final Path validExamples;
    private final Corpus.Spec spec;

    CorpusBuilder(Path directory, Path validExamples, Corpus.Spec spec) {
        this.directory = directory;
        this.validExamples = validExamples;
        this.spec = spec;
    }

    /** The participant keys that sign, by role. */
    private record Signer(PrivateKey key, List<X509Certificate> chain, SignatureAlgorithm algorithm) {
    }

    /** One submission to sign: which example, with which number, created when. */
    private record Planned(int index, Template template, String number, Instant createdAt) {
    }

    /** Generates every file of the corpus and returns what the manifest records about it. */
    Properties build() throws Exception {
        long start = System.nanoTime();
        Path consortium = directory.resolve("consortium");
        SandboxConsortium.init(consortium, new SandboxConsortium.Options(SandboxConsortium.DEFAULT_CHAIN,
                SandboxConsortium.DEFAULT_CHANNEL, VALID_FROM, VALID_YEARS, null));
        byte[] registryBytes = Files.readAllBytes(consortium.resolve(SandboxConsortium.REGISTRY));
        Files.write(directory.resolve("network.json"), registryBytes);
        NetworkRegistry registry = new RegistryLoader().load(consortium.resolve(SandboxConsortium.REGISTRY));

        DocumentReader reader = new DocumentReader(SchemaCatalog.bundled());
        List<Template> templates = Template.loadAll(validExamples, reader, registry.policy());
        Map<String, Signer> signers = signers(consortium, templates);
        DocumentSigning signing = new DocumentSigning(reader, registry);
        LOG.info("signing {} submissions from {} examples into {}", spec.submissions(), templates.size(), directory);

        PrivateKey operator = Keys.readPrivateKey(Files.readString(consortium.resolve("operator/key.pem")), null);
        Map<Integer, SandboxLedger> ledgers = new TreeMap<>();
        for (int size : spec.ledgerSizes()) {
            LedgerConfig config = new LedgerConfig(registry.chainId(), registry.channel(), registry.policy().statementDigestAlgorithm(),
                    FIRST_CREATED.minus(Duration.ofHours(1)));
            ledgers.put(size, SandboxLedger.create(ledgerDirectory(size), config, registryBytes, SignatureAlgorithm.SM2_SM3, operator));
        }
        Files.createDirectories(directory.resolve("envelopes"));

        NumberAllocator numbers = new NumberAllocator();
        Map<String, Long> counts = new TreeMap<>();
        int total = spec.submissions();
        for (int first = 0; first < total; first += spec.blockSize()) {
            int end = Math.min(total, first + spec.blockSize());
            List<Planned> planned = new ArrayList<>();
            for (int i = first; i < end; i++) {
                Template template = templates.get(i % templates.size());
                planned.add(new Planned(i, template, numbers.next(template), FIRST_CREATED.plus(SPACING.multipliedBy(i))));
            }

            // Signing dominates generation time, so the block's submissions are signed in parallel; their order is kept.
            List<ObjectNode> envelopes = planned.parallelStream().map(item -> sign(signing, signers, item)).toList();

            for (Planned item : planned) {
                count(counts, item, signers);
            }
            writeEnvelopeFiles(planned, envelopes);
            Instant blockTime = planned.get(planned.size() - 1).createdAt().plus(ANCHOR_DELAY);
            for (Map.Entry<Integer, SandboxLedger> ledger : ledgers.entrySet()) {
                int inLedger = Math.min(end, ledger.getKey()) - first;
                if (inLedger > 0) {
                    ledger.getValue().append(envelopes.subList(0, inLedger), blockTime, SignatureAlgorithm.SM2_SM3, operator);
                }
            }
            if ((first / spec.blockSize()) % 50 == 0 || end == total) {
                LOG.info("signed {} of {} submissions", end, total);
            }
        }

        Files.createDirectories(directory.resolve("exports"));
        for (Map.Entry<Integer, SandboxLedger> ledger : ledgers.entrySet()) {
            Path export = directory.resolve("exports").resolve("ledger-" + ledger.getKey() + ".jsonl");
            LedgerExport.write(ledger.getValue(), export);
            // The export holds everything the harness reads; the block folder would only double the disk space.
            Corpus.deleteTree(ledgerDirectory(ledger.getKey()));
            LOG.info("exported the ledger of {} submissions to {} ({} MB)", ledger.getKey(), export, Files.size(export) >> 20);
        }

        Properties manifest = new Properties();
        manifest.setProperty("submissions", Integer.toString(total));
        manifest.setProperty("envelope.files", Integer.toString(spec.envelopeFiles()));
        manifest.setProperty("block.size", Integer.toString(spec.blockSize()));
        manifest.setProperty("templates", Integer.toString(templates.size()));
        counts.forEach((key, value) -> manifest.setProperty(key, Long.toString(value)));
        manifest.setProperty("generation.seconds", Long.toString(Duration.ofNanos(System.nanoTime() - start).toSeconds()));
        return manifest;
    }

    /**
     * Hands out document numbers no earlier submission of the same type has used. Examples of
     * one type often share all but their last digits (the events of one port and day), so each
     * example takes the next variant of its own number that is still free.
     */
    private static final class NumberAllocator {
        private final Map<String, Integer> nextVariant = new HashMap<>();
        private final Set<String> used = new HashSet<>();

        String next(Template template) {
            int variant = nextVariant.getOrDefault(template.label(), 0);
            String number = DocumentNumbers.variant(template.documentType(), template.number(), variant);
            while (!used.add(template.documentType() + " " + number)) {
                variant++;
                number = DocumentNumbers.variant(template.documentType(), template.number(), variant);
            }
            nextVariant.put(template.label(), variant + 1);
            return number;
        }
    }

    private Path ledgerDirectory(int size) {
        return directory.resolve("ledgers").resolve("ledger-" + size);
    }

    private static Map<String, Signer> signers(Path consortium, List<Template> templates) throws Exception {
        Map<String, Signer> signers = new LinkedHashMap<>();
        for (Template template : templates) {
            if (signers.containsKey(template.role())) {
                continue;
            }
            Path folder = consortium.resolve("participants").resolve(template.role());
            PrivateKey key = Keys.readPrivateKey(Files.readString(folder.resolve("key.pem")), null);
            List<X509Certificate> chain = Pem.certificates(Files.readString(folder.resolve("cert.pem")));
            SignatureAlgorithm algorithm = Keys.algorithmOf(key).orElseThrow(
                    () -> new GeneralSecurityException("the key of " + template.role() + " is of no supported algorithm"));
            signers.put(template.role(), new Signer(key, chain, algorithm));
        }
        return signers;
    }

    private static ObjectNode sign(DocumentSigning signing, Map<String, Signer> signers, Planned item) {
        Template template = item.template();
        Signer signer = signers.get(template.role());
        byte[] document = template.withNumber(item.number());
        try {
            // The number is stated explicitly, so signing fails if the replacement missed the document's own number.
            DocumentSigning.Options options = new DocumentSigning.Options(template.documentType(), item.number(), template.role(), null,
                    List.of(), null, true, item.createdAt());
            return signing.sign(document, template.label(), signer.key(), signer.chain(), options).envelope();
        } catch (SigningException e) {
            throw new IllegalStateException("submission " + item.index() + " from " + template.label() + " with number " + item.number()
                    + " cannot be signed: " + e.messageKey() + " " + e.arguments(), e);
        }
    }

    private static void count(Map<String, Long> counts, Planned item, Map<String, Signer> signers) {
        Template template = item.template();
        counts.merge("type." + template.documentType(), 1L, Long::sum);
        counts.merge("syntax." + template.syntax().name().toLowerCase(java.util.Locale.ROOT), 1L, Long::sum);
        counts.merge("algorithm." + signers.get(template.role()).algorithm().jwsName(), 1L, Long::sum);
    }

    private void writeEnvelopeFiles(List<Planned> planned, List<ObjectNode> envelopes) {
        for (int i = 0; i < planned.size(); i++) {
            Planned item = planned.get(i);
            if (item.index() >= spec.envelopeFiles()) {
                return;
            }
            String name = String.format("%06d-%s-%s.envelope.json", item.index(), item.template().shipment(), item.template().fileName());
            try {
                Files.writeString(directory.resolve("envelopes").resolve(name), JsonText.write(envelopes.get(i)), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
