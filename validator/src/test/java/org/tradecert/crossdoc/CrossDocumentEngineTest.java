package org.tradecert.crossdoc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradecert.ProjectPaths;
import org.tradecert.api.DocumentResult;
import org.tradecert.api.Evidence;
import org.tradecert.api.Finding;
import org.tradecert.api.Layer;
import org.tradecert.api.LayerStatus;
import org.tradecert.api.RuleOutcome;
import org.tradecert.api.Severity;
import org.tradecert.api.Verdict;
import org.tradecert.crossdoc.rules.ConsistencyRules;
import org.tradecert.engine.Validator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradecert.crossdoc.ConsistencyRulesTest.first;

/** The consistency rules through the engine, on ledgers: the example ledgers and sandbox ledgers built from changed documents. */
class CrossDocumentEngineTest {

    @TempDir
    Path dir;

    private static List<DocumentResult> transactions(Path ledger) {
        List<DocumentResult> results = new ArrayList<>();
        Validator.builder().build().validatePaths(List.of(ledger), results::add);
        assertThat(results).filteredOn(result -> result.submissionId() != null)
                .allMatch(result -> result.verdict(Severity.ERROR) == Verdict.CONFORMANT, "every submission conformant");
        return results.stream().filter(result -> Validator.TRANSACTION_TYPE.equals(result.documentType())).toList();
    }

    @Test
    void exampleLedgersAreOneConsistentTransactionEach() {
        for (String name : List.of("sea-ok", "air-ok")) {
            List<DocumentResult> transactions = transactions(ProjectPaths.examples().resolve("ledgers").resolve(name));

            assertThat(transactions).as(name).singleElement().satisfies(transaction -> {
                assertThat(transaction.findings()).isEmpty();
                assertThat(transaction.layer(Layer.CROSS_DOCUMENT).status()).isEqualTo(LayerStatus.VALID);
                assertThat(transaction.rules()).filteredOn(outcome -> outcome.ruleId().startsWith("XDOC-X"))
                        .hasSize(ConsistencyRules.all().size())
                        .allMatch(outcome -> outcome.status() == RuleOutcome.Status.PASSED || outcome.status() == RuleOutcome.Status.NOT_APPLICABLE);
            });
        }
    }

    @Test
    void changedPackingListFailsItsTransactionWithEvidence() throws Exception {
        // Every gross weight of the packing list grows by 5 %, so the packing list still adds up on its own.
        UnaryOperator<String> heavier = text -> text
                .replace("unitCode=\"KGM\">34600<", "unitCode=\"KGM\">36330<")
                .replace("unitCode=\"KGM\">14980<", "unitCode=\"KGM\">15729<")
                .replace("unitCode=\"KGM\">19620<", "unitCode=\"KGM\">20601<")
                .replace("GrossWeightMeasure unitCode=\"KGM\">1900<", "GrossWeightMeasure unitCode=\"KGM\">1995<")
                .replace("GrossWeightMeasure unitCode=\"KGM\">32700<", "GrossWeightMeasure unitCode=\"KGM\">34335<");
        Path ledger = ExampleLedgers.build(dir.resolve("sea"), "xml", Map.of("packing-list", heavier), "sea");

        DocumentResult transaction = transactions(ledger).get(0);

        assertThat(transaction.source()).endsWith("#transaction:BOHL26TXG004251");
        // One finding for the consignment's gross weight and one for each container's.
        assertThat(transaction.findings()).extracting(Finding::ruleId).containsOnly("XDOC-X06-GROSS-WEIGHT");
        assertThat(transaction.findings()).hasSize(3);
        Finding finding = transaction.findings().stream()
                .filter(candidate -> "/pl:PackingList/pl:GrossWeightMeasure".equals(candidate.location().xpath()))
                .findFirst().orElseThrow();
        assertThat(finding.location().submissionId()).isNotNull();
        assertThat(finding.evidence()).allSatisfy(evidence -> assertThat(evidence.location().submissionId()).isNotNull());
        assertThat(finding.evidence()).extracting(Evidence::documentType).contains("packing-list", "sea-transport-document");
        assertThat(transaction.verdict(Severity.ERROR)).isEqualTo(Verdict.NON_CONFORMANT);
    }

    @Test
    void changedJsonDocumentIsReportedByPointer() throws Exception {
        Path ledger = ExampleLedgers.build(dir.resolve("air"), "json", Map.of("goods-declaration",
                first("\"id\": \"BH451\"", "\"id\": \"BH452\"")), "air");

        DocumentResult transaction = transactions(ledger).get(0);

        assertThat(transaction.findings()).extracting(Finding::ruleId).containsExactly("XDOC-X12-CONVEYANCE");
        assertThat(transaction.findings().get(0).location().jsonPointer()).isEqualTo("/borderTransportMovement/id");
    }

    @Test
    void twoShipmentsOnOneLedgerStayApart() throws Exception {
        Path ledger = ExampleLedgers.build(dir.resolve("both"), "xml", Map.of(), "sea", "air");

        List<DocumentResult> transactions = transactions(ledger);

        assertThat(transactions).extracting(DocumentResult::source)
                .containsExactly(ledger + "#transaction:BOHL26TXG004251", ledger + "#transaction:963-26100454");
        assertThat(transactions).allSatisfy(transaction -> assertThat(transaction.findings()).isEmpty());
    }
}
