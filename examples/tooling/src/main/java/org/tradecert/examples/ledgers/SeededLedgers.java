package org.tradecert.examples.ledgers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tradecert.document.DocumentSyntax;
import org.tradecert.envelope.DocumentSigning;
import org.tradecert.envelope.SigningException;
import org.tradecert.envelope.Statement;
import org.tradecert.sandbox.SandboxConsortium;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Builds the seeded ledgers from the valid example documents, in XML or from their JSON twins:
 * every document of the shipment is signed by its issuer in the demo consortium with its own
 * issue time as creation time, and anchored in a block of its own two minutes later, as
 * {@code regenerate.sh} does for {@code sea-ok}. Each ledger gets its sidecar {@code expect.yaml}.
 *
 * <pre>
 * java -cp ... org.tradecert.examples.ledgers.SeededLedgers [--syntax xml|json] [--out DIR] [--examples DIR] [NAME...]
 * </pre>
 */
public final class SeededLedgers {

    /** Time between a document's creation and its block, as in {@code regenerate.sh}. */
    static final Duration ANCHOR_DELAY = Duration.ofMinutes(2);

    private final Path consortium;
    private final ExampleDocuments documents;

    /**
     * @param examples the {@code examples} folder: documents under {@code documents/valid}, the consortium under {@code consortium}
     */
    public SeededLedgers(Path examples, DocumentSyntax syntax) {
        this.consortium = examples.resolve("consortium");
        this.documents = new ExampleDocuments(examples.resolve("documents/valid"), syntax);
    }

    /**
     * The submission that breaks the rule, as the sidecar names it.
     *
     * @param block the height of the block that anchors it
     */
    public record Culprit(String submissionId, String documentType, String documentId, int version, String organisation, String role,
                          long block) {
    }

    /** Builds the variant's ledger in {@code ledgerDir}, which must not exist yet, and writes its sidecar. */
    public Culprit build(Variant variant, Path ledgerDir) throws IOException {
        Culprit culprit = write(variant.shipment(), variant, ledgerDir);
        Sidecar.write(ledgerDir.resolve(Sidecar.FILE), variant, documents.syntax(), culprit);
        return culprit;
    }

    /** Builds the unchanged shipment in {@code ledgerDir}, which must not exist yet: the ledger every variant starts from. */
    public void buildConsistent(Shipment shipment, Path ledgerDir) throws IOException {
        write(shipment, null, ledgerDir);
    }

    /** Signs and anchors every step of the shipment with the variant's changes, if any, and returns the variant's culprit. */
    private Culprit write(Shipment shipment, Variant variant, Path ledgerDir) throws IOException {
        List<ExtraParticipant.Issued> issued = new ArrayList<>();
        if (variant != null && variant.extra() instanceof Variant.Amendment amendment) {
            issued.add(amendment.participant().issue(consortium));
        }
        byte[] registry = ExtraParticipant.registryWith(Files.readAllBytes(consortium.resolve(SandboxConsortium.REGISTRY)), issued);
        LedgerWriter writer = new LedgerWriter(consortium, ledgerDir, registry);

        Map<String, ObjectNode> envelopes = new HashMap<>();
        Culprit culprit = null;
        for (Shipment.Step step : shipment.steps()) {
            DocumentEdit edit = variant == null ? null : variant.edits().get(step.document());
            byte[] document = documents.read(shipment, step.document(), edit);
            String name = documents.file(shipment, step.document()).toString();
            Instant created = documents.issueTime(document, name);
            ObjectNode envelope = writer.sign(writer.participant(step.role()), document, name, step.type(), created, null,
                    references(step, envelopes));
            long block = writer.anchor(envelope, created.plus(ANCHOR_DELAY));
            envelopes.put(step.document(), envelope);
            if (variant == null) {
                continue;
            }

            if (step.document().equals(variant.culprit()) && variant.extra() == null) {
                culprit = culprit(envelope, block);
            }
            if (variant.extra() != null && variant.extra().after().equals(step.document())) {
                culprit = extra(variant, step, writer, envelopes, issued);
            }
        }
        if (variant != null && culprit == null) {
            throw new IllegalStateException(variant.name() + " names no step " + variant.culprit() + " of the " + shipment + " shipment");
        }
        return culprit;
    }

    /** Adds the variant's replay or amendment after its step and returns the submission it added. */
    private Culprit extra(Variant variant, Shipment.Step step, LedgerWriter writer, Map<String, ObjectNode> envelopes,
                          List<ExtraParticipant.Issued> issued) throws IOException {
        ObjectNode original = envelopes.get(step.document());
        if (variant.extra() instanceof Variant.Replay replay) {
            return culprit(original, writer.anchor(original, replay.ledgerTime()));
        }

        Variant.Amendment amendment = (Variant.Amendment) variant.extra();
        DocumentEdit edit = variant.edits().containsKey(step.document())
                ? variant.edits().get(step.document()).then(amendment.edit()) : amendment.edit();
        byte[] document = documents.read(variant.shipment(), step.document(), edit);
        String name = documents.file(variant.shipment(), step.document()).toString();
        ObjectNode envelope = writer.sign(issued.get(0).signer(), document, name, step.type(), amendment.createdAt(), original,
                references(step, envelopes));
        return culprit(envelope, writer.anchor(envelope, amendment.ledgerTime()));
    }

    private static List<JsonNode> references(Shipment.Step step, Map<String, ObjectNode> envelopes) {
        List<JsonNode> references = new ArrayList<>();
        for (String reference : step.references()) {
            references.add(envelopes.get(reference));
        }
        return references;
    }

    private static Culprit culprit(ObjectNode envelope, long block) throws IOException {
        Statement statement;
        try {
            statement = DocumentSigning.statementOf(envelope);
        } catch (SigningException e) {
            throw new IOException("an envelope just signed cannot be read back: " + e.getMessage(), e);
        }
        return new Culprit(statement.submissionId(), statement.docType(), statement.docId(), statement.docVersion(),
                statement.submitterOrgId(), statement.submitterRole(), block);
    }

    public static void main(String[] args) throws IOException {
        DocumentSyntax syntax = DocumentSyntax.XML;
        Path examples = null;
        Path out = null;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--syntax" -> syntax = DocumentSyntax.valueOf(value(args, ++i, "--syntax").toUpperCase(Locale.ROOT));
                case "--examples" -> examples = Path.of(value(args, ++i, "--examples"));
                case "--out" -> out = Path.of(value(args, ++i, "--out"));
                default -> names.add(args[i]);
            }
        }
        if (examples == null) {
            examples = Path.of(SeededLedgers.class.getProtectionDomain().getCodeSource().getLocation().getPath())
                    .resolve("../../..").normalize();
        }
        if (out == null) {
            out = examples.resolve("ledgers");
        }

        SeededLedgers generator = new SeededLedgers(examples, syntax);
        List<Variant> variants = names.isEmpty() ? SeededVariants.ALL : names.stream().map(SeededVariants::named).toList();
        for (Variant variant : variants) {
            Path ledger = out.resolve(variant.name());
            deleteTree(ledger);
            Culprit culprit = generator.build(variant, ledger);
            System.out.println("  " + variant.name() + ": " + culprit.documentType() + " " + culprit.documentId() + " (" + culprit.role()
                    + ") in block " + culprit.block());
        }
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    /** Deletes a folder and everything in it, so a ledger is always built from scratch. */
    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
