package org.tradecert.cli.certify;

import org.tradecert.cli.CliRun;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The example sea shipment signed and anchored with the tradecert command, as
 * examples/ledgers/regenerate.sh does with the committed demo consortium, with any document
 * changed before it is signed: a user's way to seed a ledger with one break.
 */
final class SeaShipment {

    /** One document: file name, type, issuing role and the documents it references. */
    record Document(String name, String type, String role, List<String> references) {
    }

    static final List<Document> DOCUMENTS = List.of(
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

    private SeaShipment() {
    }

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
     * Signs every document of the shipment into {@code folder} (document and envelope side by
     * side, the document detached when asked) and, when {@code ledger} is not null, anchors each
     * in its own block of a new sandbox ledger there, two minutes after the document's issue time.
     */
    static void build(Path folder, Path ledger, boolean detached, Map<String, UnaryOperator<String>> edits) throws Exception {
        Files.createDirectories(folder);
        Path consortium = consortium();
        if (ledger != null) {
            run("ledger", "init", ledger.toString(), "--registry", consortium.resolve("network.json").toString(),
                    "--operator-key", consortium.resolve("operator/key.pem").toString(), "--time", "2026-09-01T00:00:00Z");
        }
        for (Document document : DOCUMENTS) {
            String xml = Files.readString(root().resolve("examples/documents/valid/sea/" + document.name() + ".xml"));
            xml = edits.getOrDefault(document.name(), UnaryOperator.identity()).apply(xml);
            Path file = folder.resolve(document.name() + ".xml");
            Files.writeString(file, xml);
            OffsetDateTime created = issueTime(xml);
            Path participant = consortium.resolve("participants").resolve(document.role());

            List<String> sign = new java.util.ArrayList<>(List.of("sign", "--key", participant.resolve("key.pem").toString(),
                    "--cert", participant.resolve("cert.pem").toString(), "--registry", consortium.resolve("network.json").toString(),
                    "--type", document.type(), "--created-at", created.toString()));
            for (String reference : document.references()) {
                sign.add("--ref");
                sign.add(folder.resolve(reference + ".xml.envelope.json").toString());
            }
            if (detached) {
                sign.add("--detached");
            }
            sign.add(file.toString());
            run(sign.toArray(String[]::new));
            if (ledger != null) {
                run("submit", "--ledger", ledger.toString(), "--operator-key", consortium.resolve("operator/key.pem").toString(),
                        "--time", created.plusMinutes(2).toInstant().toString(), file + ".envelope.json");
            }
        }
    }

    private static void run(String... args) {
        CliRun run = CliRun.of(args);
        if (run.exitCode() != 0) {
            throw new IllegalStateException("tradecert " + String.join(" ", args) + " exited " + run.exitCode() + ": " + run.err() + run.out());
        }
    }

    private static OffsetDateTime issueTime(String xml) {
        Matcher matcher = ISSUE_TIME.matcher(xml);
        if (!matcher.find()) {
            throw new IllegalArgumentException("the document has no IssueDateTime");
        }
        return OffsetDateTime.parse(matcher.group(1));
    }
}
