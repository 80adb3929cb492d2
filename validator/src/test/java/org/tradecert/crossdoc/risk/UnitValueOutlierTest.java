package org.tradecert.crossdoc.risk;

import org.junit.jupiter.api.Test;
import org.tradecert.api.Finding;
import org.tradecert.api.RuleOutcome;
import org.tradecert.api.Severity;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.TradeTransaction;
import org.tradecert.crossdoc.history.DemoShipments;
import org.tradecert.crossdoc.history.FactsFixture;
import org.tradecert.crossdoc.history.RuleRun;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UnitValueOutlierTest {

    private final UnitValueOutlier rule = new UnitValueOutlier(Shipments.TABLE, Shipments.THRESHOLDS);

    @Test
    void consistentShipmentsPass() {
        for (TradeTransaction transaction : Shipments.consistent()) {
            RuleRun run = RuleRun.of(rule, transaction);

            assertThat(run.findings()).isEmpty();
            assertThat(run.status()).isEqualTo(RuleOutcome.Status.PASSED);
        }
    }

    @Test
    void underInvoicedLineWarnsPerUnit() {
        RuleRun run = RuleRun.of(rule, Shipments.transaction("sea", Shipments.underInvoicedSea()));

        assertThat(run.status()).isEqualTo(RuleOutcome.Status.FAILED);
        assertThat(run.findings()).extracting(Finding::severity).containsOnly(Severity.WARNING);
        assertThat(run.findings()).extracting(finding -> finding.arguments().get(4)).containsExactly("USD/H87", "USD/KGM");
        Finding perPiece = run.findings().get(0);
        assertThat(perPiece.arguments().subList(0, 4)).containsExactly(DemoShipments.SEA_DECLARATION, "1", "850440", "17.10");
        assertThat(perPiece.arguments().get(8)).isEqualTo("0");
        assertThat(perPiece.evidence()).extracting(evidence -> evidence.label())
                .containsExactly(FactNames.LINE_AMOUNT, FactNames.LINE_QUANTITY, FactNames.LINE_HS, "reference");
        assertThat(perPiece.evidence().get(3).documentId()).startsWith("demo-unit-values@2026.1-demo sha-256:");
        assertThat(perPiece.location().xpath()).isEqualTo("/goods-declaration/lineAmount[@key='1']");
    }

    @Test
    void invoiceLinesServeWithoutDeclaration() {
        List<FactsFixture.Doc> documents = Shipments.underInvoicedSea();
        documents.remove(Shipments.declaration(documents));

        RuleRun run = RuleRun.of(rule, Shipments.transaction("sea", documents));

        assertThat(run.findings()).extracting(finding -> finding.arguments().get(0)).containsExactly(DemoShipments.SEA_INVOICE);
    }

    @Test
    void unknownSubheadingIsNotApplicable() {
        List<FactsFixture.Doc> documents = DemoShipments.seaDocuments();
        Shipments.declaration(documents).replaceKeyed(FactNames.LINE_HS, "1", "9403200000", null)
                .replaceKeyed(FactNames.LINE_HS, "2", "9403200000", null);

        RuleRun run = RuleRun.of(rule, Shipments.transaction("sea", documents));

        assertThat(run.status()).isEqualTo(RuleOutcome.Status.NOT_APPLICABLE);
        assertThat(run.outcome().reasonKey()).isEqualTo("outcome.no-reference");
        assertThat(run.outcome().reasonArguments()).containsExactly("940320", "demo-unit-values@2026.1-demo");
    }

    @Test
    void otherCurrencyNeedsStatedRate() {
        List<FactsFixture.Doc> documents = DemoShipments.seaDocuments();
        FactsFixture.Doc declaration = Shipments.declaration(documents);
        declaration.replaceKeyed(FactNames.LINE_AMOUNT, "1", "729460.00", "CNY").replaceKeyed(FactNames.LINE_AMOUNT, "2", "895860.00", "CNY");

        RuleRun withoutRate = RuleRun.of(rule, Shipments.transaction("sea", documents));
        declaration.fact(FactNames.EXCHANGE_RATE, "7.1096", "USD/CNY");
        RuleRun withRate = RuleRun.of(rule, Shipments.transaction("sea", documents));

        assertThat(withoutRate.status()).isEqualTo(RuleOutcome.Status.NOT_APPLICABLE);
        assertThat(withoutRate.outcome().reasonKey()).isEqualTo("outcome.no-exchange-rate");
        assertThat(withRate.status()).isEqualTo(RuleOutcome.Status.PASSED);
    }

    @Test
    void noGoodsLinesIsNotApplicable() {
        RuleRun run = RuleRun.of(rule, Shipments.transaction("one", List.of(DemoShipments.seaDocuments().get(0))));

        assertThat(run.status()).isEqualTo(RuleOutcome.Status.NOT_APPLICABLE);
        assertThat(run.outcome().reasonArguments()).containsExactly(FactNames.LINE_HS);
    }
}
