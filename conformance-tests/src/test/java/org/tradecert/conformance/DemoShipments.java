package org.tradecert.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tradecert.crypto.DigestAlgorithm;
import org.tradecert.crypto.Keys;
import org.tradecert.crypto.SignatureAlgorithm;
import org.tradecert.document.DocumentReader;
import org.tradecert.envelope.DocumentSigning;
import org.tradecert.ledger.LedgerConfig;
import org.tradecert.ledger.SandboxLedger;
import org.tradecert.registry.NetworkRegistry;
import org.tradecert.registry.Pem;
import org.tradecert.registry.RegistryLoader;
import org.tradecert.schema.catalog.SchemaCatalog;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The example sea shipment signed by its issuers with the committed demo consortium and anchored
 * in a new sandbox ledger, as examples/ledgers/regenerate.sh builds sea-ok, with any document
 * changed on the way. Tests use it to seed a ledger with one break.
 */
final class DemoShipments {

    /** One document of the sea shipment: file name, type, issuing role and the documents it references. */
    record Document(String name, String type, String role, List<String> references) {
    }

    static final List<Document> SEA = List.of(
            new Document("booking-request", "booking", "freight-forwarder", List.of()),
            new Document("booking-confirmation", "booking", "ocean-carrier", List.of("booking-request")),
            new Document("commercial-invoice", "commercial-invoice", "exporter", List.of()),
            new Document("packing-list", "packing-list", "exporter", List.of("commercial-invoice")),
            new Document("goods-declaration", "goods-declaration", "customs-broker", List.of("commercial-invoice", "packing-list")),
            new Document("transport-event-01-gate-in-BOHU1024615", "transport-event", "terminal-operator", List.of("booking-confirmation")),
            new Document("transport-event-02-gate-in-BOHU2047359", "transport-event", "terminal-operator", List.of("booking-confirmation")),
            new Document("transport-event-03-customs-release", "transport-event", "customs", List.of("goods-declaration")),
            new Document("transport-event-04-load-BOHU1024615", "transport-event", "ocean-carrier", List.of("booking-confirmation")),
            new Document("transport-event-05-load-BOHU2047359", "transport-event", "ocean-carrier", List.of("booking-confirmation")),
            new Document("sea-transport-document", "sea-transport-document", "ocean-carrier", List.of("booking-confirmation")),
            new Document("transport-event-06-departure", "transport-event", "ocean-carrier", List.of("sea-transport-document")),
            new Document("payment-advice", "payment-advice", "bank", List.of("commercial-invoice")),
            new Document("transport-event-07-arrival", "transport-event", "ocean-carrier", List.of("sea-transport-document")),
            new Document("transport-event-08-discharge-BOHU1024615", "transport-event", "ocean-carrier", List.of("sea-transport-document")),
            new Document("transport-event-09-discharge-BOHU2047359", "transport-event", "ocean-carrier", List.of("sea-transport-document")));

    private static final Pattern ISSUE_TIME = Pattern.compile("<ram:IssueDateTime>([^<]+)</ram:IssueDateTime>");

    private DemoShipments() {
    }

    /** The repository root, found upward from the module directory. */
    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("examples"))) {
            dir = dir.getParent();
        }
        return dir;
    }

    static Path consortium() {
        return root().resolve("examples/consortium");
    }

    /**
     * Builds the sea shipment's ledger in {@code ledgerDir}; each edit replaces the XML text of
     * the document of that name before it is signed.
     */
    static Path seaLedger(Path ledgerDir, Map<String, UnaryOperator<String>> edits) throws Exception {
        Path consortium = consortium();
        byte[] registryBytes = Files.readAllBytes(consortium.resolve("network.json"));
        NetworkRegistry registry = new RegistryLoader().load(consortium.resolve("network.json"));
        PrivateKey operator = Keys.readPrivateKey(Files.readString(consortium.resolve("operator/key.pem")), null);
        LedgerConfig config = new LedgerConfig(registry.chainId(), registry.channel(), DigestAlgorithm.SM3,
                Instant.parse("2026-09-01T00:00:00Z"));
        SandboxLedger ledger = SandboxLedger.create(ledgerDir, config, registryBytes, SignatureAlgorithm.SM2_SM3, operator);
        DocumentSigning signing = new DocumentSigning(new DocumentReader(SchemaCatalog.bundled()), registry);

        Map<String, ObjectNode> signed = new HashMap<>();
        for (Document document : SEA) {
            String xml = Files.readString(root().resolve("examples/documents/valid/sea/" + document.name() + ".xml"));
            xml = edits.getOrDefault(document.name(), UnaryOperator.identity()).apply(xml);
            Instant created = issueTime(xml);
            List<JsonNode> references = new ArrayList<>();
            document.references().forEach(reference -> references.add(signed.get(reference)));
            Path participant = consortium.resolve("participants").resolve(document.role());
            ObjectNode envelope = signing.sign(xml.getBytes(StandardCharsets.UTF_8), document.name() + ".xml",
                    Keys.readPrivateKey(Files.readString(participant.resolve("key.pem")), null),
                    Pem.certificates(Files.readString(participant.resolve("cert.pem"))),
                    new DocumentSigning.Options(document.type(), null, null, null, references, null, true, created)).envelope();
            signed.put(document.name(), envelope);
            ledger.append(List.of(envelope), created.plusSeconds(120), SignatureAlgorithm.SM2_SM3, operator);
        }
        return ledgerDir;
    }

    private static Instant issueTime(String xml) {
        Matcher matcher = ISSUE_TIME.matcher(xml);
        if (!matcher.find()) {
            throw new IllegalArgumentException("the document has no IssueDateTime");
        }
        return OffsetDateTime.parse(matcher.group(1)).toInstant();
    }
}
