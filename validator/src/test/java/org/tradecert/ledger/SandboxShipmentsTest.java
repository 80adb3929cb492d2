package org.tradecert.ledger;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradecert.ProjectPaths;
import org.tradecert.api.Finding;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new sandbox: every document of the example sea and air shipments signed by its issuer,
 * anchored in issue order, and the ledger and its export verify without a finding.
 */
class SandboxShipmentsTest {

    @TempDir
    static Path temp;

    static Sandbox sandbox;

    @BeforeAll
    static void createSandbox() throws Exception {
        sandbox = Sandbox.create(temp.resolve("consortium"));
    }

    /** One document of a shipment: its file, type, issuer role and the earlier documents it refers to. */
    record Step(String name, String type, String role, String... references) {
    }

    static final List<Step> SEA = List.of(
            new Step("booking-request", "booking", "freight-forwarder"),
            new Step("booking-confirmation", "booking", "ocean-carrier", "booking-request"),
            new Step("commercial-invoice", "commercial-invoice", "exporter"),
            new Step("packing-list", "packing-list", "exporter", "commercial-invoice"),
            new Step("goods-declaration", "goods-declaration", "customs-broker", "commercial-invoice", "packing-list"),
            new Step("transport-event-01-gate-in-BOHU1024615", "transport-event", "terminal-operator", "booking-confirmation"),
            new Step("transport-event-02-gate-in-BOHU2047359", "transport-event", "terminal-operator", "booking-confirmation"),
            new Step("transport-event-03-customs-release", "transport-event", "customs", "goods-declaration"),
            new Step("sea-transport-document", "sea-transport-document", "ocean-carrier", "booking-confirmation"),
            new Step("transport-event-06-departure", "transport-event", "ocean-carrier", "sea-transport-document"),
            new Step("payment-advice", "payment-advice", "bank", "commercial-invoice"));

    static final List<Step> AIR = List.of(
            new Step("booking-request", "booking", "freight-forwarder"),
            new Step("booking-confirmation", "booking", "airline", "booking-request"),
            new Step("commercial-invoice", "commercial-invoice", "exporter"),
            new Step("packing-list", "packing-list", "exporter", "commercial-invoice"),
            new Step("goods-declaration", "goods-declaration", "customs-broker", "commercial-invoice", "packing-list"),
            new Step("air-waybill", "air-waybill", "airline", "booking-confirmation"),
            new Step("transport-event-04-departure", "transport-event", "airline", "air-waybill"),
            new Step("payment-advice", "payment-advice", "bank", "commercial-invoice"));

    @Test
    void seaShipmentVerifies() throws Exception {
        SandboxLedger ledger = anchor("sea", SEA, "xml");

        LedgerVerifier.Report report = sandbox.verify(ledger);

        assertThat(report.findings()).isEmpty();
        assertThat(report.submissions()).isEqualTo(SEA.size());
    }

    @Test
    void airShipmentInJsonVerifies() throws Exception {
        SandboxLedger ledger = anchor("air", AIR, "json");

        LedgerVerifier.Report report = sandbox.verify(ledger);

        assertThat(report.findings()).isEmpty();
        assertThat(report.submissions()).isEqualTo(AIR.size());
    }

    @Test
    void exportVerifiesLikeTheLedger() throws Exception {
        SandboxLedger ledger = anchor("sea", SEA.subList(0, 5), "xml");
        Path export = temp.resolve("sea-export.jsonl");

        long blocks = LedgerExport.write(ledger, export);
        LedgerVerifier.Report report = sandbox.verify(LedgerExport.open(export));

        assertThat(blocks).isEqualTo(6);
        assertThat(report.findings()).isEmpty();
        assertThat(report.blocks()).isEqualTo(6);
    }

    @Test
    void anchorsCarryValidInclusionProofs() throws Exception {
        SandboxLedger ledger = sandbox.newLedger(temp.resolve("proofs"));
        Path documents = ProjectPaths.examples().resolve("documents/valid/sea");
        ObjectNode invoice = sandbox.sign("exporter", documents.resolve("commercial-invoice.xml"), "commercial-invoice", issued(documents.resolve("commercial-invoice.xml")));
        ObjectNode packing = sandbox.sign("exporter", documents.resolve("packing-list.xml"), "packing-list", issued(documents.resolve("packing-list.xml")), invoice);
        ObjectNode event = sandbox.sign("terminal-operator", documents.resolve("transport-event-01-gate-in-BOHU1024615.xml"), "transport-event",
                issued(documents.resolve("transport-event-01-gate-in-BOHU1024615.xml")));

        List<Anchor> anchors = sandbox.append(ledger, Instant.parse("2026-10-10T03:00:00Z"), invoice, packing, event);

        assertThat(anchors).hasSize(3);
        for (Anchor anchor : anchors) {
            assertThat(LedgerVerifier.inclusionHolds(anchor, org.tradecert.crypto.DigestAlgorithm.SM3)).as("proof of leaf " + anchor.leafIndex()).isTrue();
            assertThat(anchor.treeSize()).isEqualTo(3);
        }
    }

    private SandboxLedger anchor(String shipment, List<Step> steps, String syntax) throws Exception {
        SandboxLedger ledger = sandbox.newLedger(temp.resolve(shipment + "-" + syntax + "-" + System.nanoTime()));
        Path documents = ProjectPaths.examples().resolve("documents/valid").resolve(shipment);
        Map<String, ObjectNode> envelopes = new HashMap<>();
        for (Step step : steps) {
            Path file = documents.resolve(step.name() + "." + syntax);
            Instant created = issued(documents.resolve(step.name() + ".xml"));
            ObjectNode[] references = new ObjectNode[step.references().length];
            for (int i = 0; i < references.length; i++) {
                references[i] = envelopes.get(step.references()[i]);
            }
            ObjectNode envelope = sandbox.sign(step.role(), file, step.type(), created, references);
            envelopes.put(step.name(), envelope);
            sandbox.append(ledger, created.plusSeconds(120), envelope);
        }
        return ledger;
    }

    private static final Pattern ISSUED = Pattern.compile("<ram:IssueDateTime>([^<]+)</ram:IssueDateTime>");

    /** The document's own issue time, the first IssueDateTime in its XML form. */
    static Instant issued(Path xml) throws Exception {
        Matcher matcher = ISSUED.matcher(Files.readString(xml));
        assertThat(matcher.find()).as("IssueDateTime in " + xml).isTrue();
        return OffsetDateTime.parse(matcher.group(1)).toInstant();
    }

    static List<String> ruleIds(List<Finding> findings) {
        return findings.stream().map(Finding::ruleId).toList();
    }
}
