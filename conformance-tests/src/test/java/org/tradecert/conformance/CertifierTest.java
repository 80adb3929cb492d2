package org.tradecert.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tradecert.api.Finding;
import org.tradecert.api.Verdict;
import org.tradecert.conformance.certificate.CertificateCore;
import org.tradecert.json.SafeJson;
import org.tradecert.ledger.BlockSource;
import org.tradecert.ledger.LedgerExport;
import org.tradecert.ledger.SandboxLedger;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Certifications over the demo ledgers and over ledgers seeded with one break, through the real suites and validator. */
class CertifierTest {

    private static final Path SEA = DemoShipments.root().resolve("examples/ledgers/sea-ok");
    private static final Path AIR = DemoShipments.root().resolve("examples/ledgers/air-ok");
    private static final Instant ISSUED = Instant.parse("2026-12-01T08:00:00Z");

    private static Certification certify(Role role, Path submissions) throws CertificationException {
        return new Certifier().certify(CertificationRequest.of(role, submissions));
    }

    private static Map<String, ScenarioStatus> statuses(Certification certification) {
        return certification.scenarios().stream().collect(Collectors.toMap(ScenarioResult::id, ScenarioResult::status));
    }

    private static Set<String> withStatus(Certification certification, ScenarioStatus status) {
        return certification.scenarios().stream().filter(scenario -> scenario.status() == status).map(ScenarioResult::id)
                .collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
            "EXPORTER, sea-ok", "EXPORTER, air-ok", "FREIGHT_FORWARDER, sea-ok", "FREIGHT_FORWARDER, air-ok",
            "OCEAN_CARRIER, sea-ok", "AIRLINE, air-ok", "TERMINAL_OPERATOR, sea-ok", "CUSTOMS_BROKER, sea-ok",
            "CUSTOMS_BROKER, air-ok", "BANK, sea-ok", "BANK, air-ok"})
    void demoParticipantsAreConformant(Role role, String ledger) throws Exception {
        Certification certification = certify(role, DemoShipments.root().resolve("examples/ledgers").resolve(ledger));

        assertThat(certification.verdict()).as(certification.scenarios().toString()).isEqualTo(Verdict.CONFORMANT);
        assertThat(withStatus(certification, ScenarioStatus.FAILED)).isEmpty();
        assertThat(withStatus(certification, ScenarioStatus.ERROR)).isEmpty();
        assertThat(withStatus(certification, ScenarioStatus.PASSED)).hasSizeGreaterThan(5);
        assertThat(certification.scenarios()).hasSize(certification.suite().scenarios().size());
        assertThat(certification.participant().role()).isEqualTo(role);
    }

    @Test
    void seaExporterIsNotApplicableForAir() throws Exception {
        Certification certification = certify(Role.EXPORTER, SEA);

        assertThat(statuses(certification)).containsEntry("EXP-13", ScenarioStatus.NOT_APPLICABLE)
                .containsEntry("EXP-12", ScenarioStatus.PASSED)
                .containsEntry("EXP-07", ScenarioStatus.PASSED)
                .containsEntry("EXP-10", ScenarioStatus.PASSED);
        ScenarioResult air = certification.scenarios().stream().filter(scenario -> scenario.id().equals("EXP-13")).findFirst().orElseThrow();
        assertThat(air.reason().toString()).isEqualTo(
                "The exporter submitted no commercial invoices, packing lists or booking requests for air shipments.");
        assertThat(certification.verdict()).isEqualTo(Verdict.CONFORMANT);
    }

    @Test
    void airExporterPassesAirScenario() throws Exception {
        Certification certification = certify(Role.EXPORTER, AIR);

        assertThat(statuses(certification)).containsEntry("EXP-13", ScenarioStatus.PASSED)
                .containsEntry("EXP-12", ScenarioStatus.NOT_APPLICABLE);
    }

    @Test
    void exporterCoversItsOwnSubmissions() throws Exception {
        Certification certification = certify(Role.EXPORTER, SEA);

        assertThat(certification.participant().organisation()).isEqualTo("91120116MA05TC707B");
        assertThat(certification.participant().name().en()).startsWith("Tianjin Hailian");
        assertThat(certification.covered()).extracting(CoveredSubmission::documentType).containsExactly("commercial-invoice", "packing-list");
        assertThat(certification.covered()).allMatch(CoveredSubmission::subject);
        assertThat(certification.merkleRoot()).hasSize(64);
    }

    @Test
    void referencedSubmissionsAreCovered() throws Exception {
        Certification certification = certify(Role.CUSTOMS_BROKER, SEA);

        assertThat(certification.covered()).extracting(CoveredSubmission::documentType)
                .containsExactly("commercial-invoice", "packing-list", "goods-declaration");
        assertThat(certification.covered()).filteredOn(CoveredSubmission::subject).extracting(CoveredSubmission::documentType)
                .containsExactly("goods-declaration");
    }

    @Test
    void coreIsDeterministic() throws Exception {
        Certification first = certify(Role.OCEAN_CARRIER, SEA);
        Certification second = certify(Role.OCEAN_CARRIER, SEA);

        byte[] one = CertificateCore.canonical(CertificateCore.of(first, ISSUED, ISSUED.plusSeconds(86400)));
        byte[] two = CertificateCore.canonical(CertificateCore.of(second, ISSUED, ISSUED.plusSeconds(86400)));
        assertThat(new String(two, StandardCharsets.UTF_8)).isEqualTo(new String(one, StandardCharsets.UTF_8));
    }

    @Test
    void ledgerExportGivesSameCore(@TempDir Path temp) throws Exception {
        Path export = temp.resolve("sea.jsonl");
        try (BlockSource ledger = SandboxLedger.open(SEA)) {
            LedgerExport.write(ledger, export);
        }

        Certification fromLedger = certify(Role.EXPORTER, SEA);
        Certification fromExport = certify(Role.EXPORTER, export);

        assertThat(fromExport.source()).isNotEqualTo(fromLedger.source());
        assertThat(CertificateCore.canonical(CertificateCore.of(fromExport, ISSUED, ISSUED)))
                .isEqualTo(CertificateCore.canonical(CertificateCore.of(fromLedger, ISSUED, ISSUED)));
    }

    @Test
    void envelopeFolderHasNoTradeTransactions(@TempDir Path temp) throws Exception {
        Path folder = envelopes(temp);

        Certification certification = certify(Role.EXPORTER, folder);

        assertThat(certification.verdict()).as(certification.scenarios().toString()).isEqualTo(Verdict.CONFORMANT);
        ScenarioResult crossDocument = certification.scenarios().stream().filter(scenario -> scenario.id().equals("EXP-15")).findFirst()
                .orElseThrow();
        assertThat(crossDocument.status()).isEqualTo(ScenarioStatus.NOT_APPLICABLE);
        assertThat(crossDocument.reason().key()).isEqualTo("na.noLedger");
        assertThat(statuses(certification)).containsEntry("EXP-07", ScenarioStatus.PASSED);
    }

    @Test
    void brokenPackingListFailsExporter(@TempDir Path temp) throws Exception {
        Path ledger = DemoShipments.seaLedger(temp.resolve("ledger"), Map.of("packing-list",
                xml -> xml.replace("<pl:GrossWeightMeasure unitCode=\"KGM\">34600</pl:GrossWeightMeasure>",
                        "<pl:GrossWeightMeasure unitCode=\"KGM\">36330</pl:GrossWeightMeasure>")));

        Certification exporter = certify(Role.EXPORTER, ledger);

        assertThat(exporter.verdict()).isEqualTo(Verdict.NON_CONFORMANT);
        ScenarioResult packing = exporter.scenarios().stream().filter(scenario -> scenario.id().equals("EXP-10")).findFirst().orElseThrow();
        assertThat(packing.status()).isEqualTo(ScenarioStatus.FAILED);
        assertThat(packing.ruleIds(ScenarioStatus.FAILED)).containsExactly("PACKING-GROSS-WEIGHT-SUM", "PACKING-EQUIPMENT-GROSS-WEIGHT-SUM");
        List<Finding> findings = packing.rules().stream().filter(rule -> rule.status() == ScenarioStatus.FAILED)
                .flatMap(rule -> rule.findings().stream()).toList();
        String packingListSubmission = exporter.covered().stream().filter(covered -> covered.documentType().equals("packing-list"))
                .findFirst().orElseThrow().submissionId();
        assertThat(findings).isNotEmpty().allMatch(finding -> packingListSubmission.equals(finding.location().submissionId()));
        assertThat(packing.reason().toString()).isEqualTo("Failed: PACKING-GROSS-WEIGHT-SUM, PACKING-EQUIPMENT-GROSS-WEIGHT-SUM");
    }

    @Test
    void brokenPackingListLeavesBankConformant(@TempDir Path temp) throws Exception {
        Path ledger = DemoShipments.seaLedger(temp.resolve("ledger"), Map.of("packing-list",
                xml -> xml.replace("<pl:GrossWeightMeasure unitCode=\"KGM\">34600</pl:GrossWeightMeasure>",
                        "<pl:GrossWeightMeasure unitCode=\"KGM\">36330</pl:GrossWeightMeasure>")));

        Certification bank = certify(Role.BANK, ledger);

        assertThat(withStatus(bank, ScenarioStatus.FAILED)).isEmpty();
    }

    @Test
    void namedParticipantWithoutSubmissionsIsUsageProblem() {
        assertThatThrownBy(() -> new Certifier().certify(CertificationRequest.of(Role.EXPORTER, SEA).withParticipant("91120116MA07BH202L")))
                .isInstanceOfSatisfying(CertificationException.class, e -> {
                    assertThat(e.kind()).isEqualTo(CertificationException.Kind.USAGE);
                    assertThat(e.texts().get(0).toString()).contains("91120116MA07BH202L made no submissions as exporter")
                            .contains("91120116MA05TC707B");
                });
    }

    @Test
    void unknownParticipantIsUsageProblem() {
        assertThatThrownBy(() -> new Certifier().certify(CertificationRequest.of(Role.EXPORTER, SEA).withParticipant("NOT-AN-ORG")))
                .isInstanceOfSatisfying(CertificationException.class, e -> assertThat(e.kind()).isEqualTo(CertificationException.Kind.USAGE));
    }

    @Test
    void roleWithoutSubmissionsIsUsageProblem() {
        assertThatThrownBy(() -> certify(Role.AIRLINE, SEA))
                .isInstanceOfSatisfying(CertificationException.class, e -> {
                    assertThat(e.kind()).isEqualTo(CertificationException.Kind.USAGE);
                    assertThat(e.texts().get(0).toString()).startsWith("No organisation made submissions as airline");
                });
    }

    @Test
    void missingPathIsInputProblem(@TempDir Path temp) {
        assertThatThrownBy(() -> certify(Role.EXPORTER, temp.resolve("nothing")))
                .isInstanceOfSatisfying(CertificationException.class, e -> assertThat(e.kind()).isEqualTo(CertificationException.Kind.INPUT));
    }

    @Test
    void envelopesWithoutRegistryAreConfigurationProblem(@TempDir Path temp) throws Exception {
        Path folder = envelopes(temp);
        Files.delete(folder.resolve("network.json"));

        assertThatThrownBy(() -> certify(Role.EXPORTER, folder))
                .isInstanceOfSatisfying(CertificationException.class,
                        e -> assertThat(e.kind()).isEqualTo(CertificationException.Kind.CONFIGURATION));
    }

    @Test
    void cucumberReportsAreWritten(@TempDir Path temp) throws Exception {
        Certification certification = new Certifier().certify(CertificationRequest.of(Role.EXPORTER, SEA).withCucumberReports(temp));
        long notApplicable = certification.scenarios().stream().filter(scenario -> scenario.status() == ScenarioStatus.NOT_APPLICABLE).count();

        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("report.html", "report.json", "messages.ndjson", "junit.xml");
        }
        String junit = Files.readString(temp.resolve("junit.xml"));
        assertThat(junit).contains("tests=\"17\"").contains("Exporter issues a commercial invoice whose amounts add up");
        // Cucumber reports a not-applicable scenario as skipped, with tradecert's reason as the message. Which
        // scenarios those are depends on the rules of the pack, so the count comes from the certification. The
        // air scenario is always one of them, because the sea exporter submitted nothing for an air shipment.
        assertThat(junit).containsPattern("name=\"Exporter ships by air and names the air waybill and flight correctly\"[^>]*>\\s*<skipped message=\"The exporter submitted no");
        assertThat(junit).contains("skipped=\"" + notApplicable + "\"");
        assertThat(Pattern.compile("<skipped message=\"[^\"]+\"").matcher(junit).results().count()).isEqualTo(notApplicable);
    }

    /** The sea ledger's envelopes, one file each with the document embedded, beside a copy of the network registry. */
    private static Path envelopes(Path temp) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("envelopes"));
        Files.copy(SEA.resolve("network.json"), folder.resolve("network.json"));
        int n = 0;
        try (Stream<Path> blocks = Files.list(SEA.resolve("blocks"))) {
            for (Path block : blocks.sorted().toList()) {
                for (JsonNode transaction : SafeJson.mapper().readTree(Files.readAllBytes(block)).path("transactions")) {
                    Files.write(folder.resolve(String.format("%02d.envelope.json", n++)),
                            SafeJson.mapper().writeValueAsBytes(transaction.path("envelope")));
                }
            }
        }
        return folder;
    }
}
