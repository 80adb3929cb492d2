package org.tradecert.crossdoc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tradecert.ProjectPaths;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sandbox ledgers of the example shipments, signed with the keys of the demo consortium in
 * the examples, each document anchored in its own block two minutes after its issue time, as
 * the example ledgers are made; a test may change any document before it is signed.
 */
final class ExampleLedgers {

    private static final Pattern ISSUED = Pattern.compile("<ram:IssueDateTime>([^<]+)</ram:IssueDateTime>");
    private static final Instant CREATED = Instant.parse("2026-09-01T00:00:00Z");

    /** One document to anchor: its shipment, step, file and issue time, so that several shipments interleave in time order. */
    private record Planned(String shipment, Shipments.Step step, Path file, Instant issued) {
    }

    private ExampleLedgers() {
    }

    /** Writes a ledger into {@code directory} holding the given shipments' documents in the given syntax, all in the order of their issue times. */
    static Path build(Path directory, String syntax, Map<String, UnaryOperator<String>> edits, String... shipments) throws Exception {
        Path consortium = ProjectPaths.examples().resolve("consortium");
        NetworkRegistry registry = new RegistryLoader().load(consortium.resolve("network.json"));
        PrivateKey operator = Keys.readPrivateKey(Files.readString(consortium.resolve("operator/key.pem")), null);
        LedgerConfig config = new LedgerConfig(registry.chainId(), registry.channel(), registry.policy().statementDigestAlgorithm(), CREATED);
        SandboxLedger ledger = SandboxLedger.create(directory, config, Files.readAllBytes(consortium.resolve("network.json")),
                SignatureAlgorithm.SM2_SM3, operator);
        DocumentSigning signing = new DocumentSigning(new DocumentReader(SchemaCatalog.bundled()), registry);

        List<Planned> plan = new ArrayList<>();
        for (String shipment : shipments) {
            for (Shipments.Step step : shipment.equals("sea") ? Shipments.SEA : Shipments.AIR) {
                Path documents = ProjectPaths.examples().resolve("documents/valid").resolve(shipment);
                plan.add(new Planned(shipment, step, documents.resolve(step.name() + "." + syntax), issued(documents.resolve(step.name() + ".xml"))));
            }
        }
        plan.sort(Comparator.comparing(Planned::issued));

        Map<String, JsonNode> envelopes = new HashMap<>();
        for (Planned planned : plan) {
            Shipments.Step step = planned.step();
            String text = edits.getOrDefault(step.name(), UnaryOperator.identity()).apply(Files.readString(planned.file(), StandardCharsets.UTF_8));
            Path participant = consortium.resolve("participants").resolve(step.role());
            JsonNode[] references = new JsonNode[step.references().length];
            for (int i = 0; i < references.length; i++) {
                references[i] = envelopes.get(planned.shipment() + "/" + step.references()[i]);
            }
            ObjectNode envelope = signing.sign(text.getBytes(StandardCharsets.UTF_8), planned.file().toString(),
                    Keys.readPrivateKey(Files.readString(participant.resolve("key.pem")), null),
                    Pem.certificates(Files.readString(participant.resolve("cert.pem"))),
                    new DocumentSigning.Options(step.type(), null, null, null, List.of(references), null, true, planned.issued())).envelope();
            envelopes.put(planned.shipment() + "/" + step.name(), envelope);
            ledger.append(List.of(envelope), planned.issued().plusSeconds(120), SignatureAlgorithm.SM2_SM3, operator);
        }
        ledger.close();
        return directory;
    }

    /** The document's own issue time: the first IssueDateTime of its XML form. */
    private static Instant issued(Path xml) throws Exception {
        Matcher matcher = ISSUED.matcher(Files.readString(xml));
        if (!matcher.find()) {
            throw new IllegalStateException("no IssueDateTime in " + xml);
        }
        return OffsetDateTime.parse(matcher.group(1)).toInstant();
    }
}
