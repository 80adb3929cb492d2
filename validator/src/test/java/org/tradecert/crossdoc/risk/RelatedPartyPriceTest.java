package org.tradecert.crossdoc.risk;

import org.junit.jupiter.api.Test;
import org.tradecert.api.RuleOutcome;
import org.tradecert.crossdoc.CrossDocumentRule;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.TradeTransaction;
import org.tradecert.crossdoc.history.DemoShipments;
import org.tradecert.crossdoc.history.FactsFixture;
import org.tradecert.crossdoc.history.RuleRun;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RelatedPartyPriceTest {

    private final List<CrossDocumentRule> indicators = RiskRules.create(Shipments.TABLE, Shipments.THRESHOLDS);
    private final CrossDocumentRule rule = indicators.stream().filter(RelatedPartyPrice.class::isInstance).findFirst().orElseThrow();

    private static List<FactsFixture.Doc> related(List<FactsFixture.Doc> documents, String relatedParty, String priceInfluence) {
        Shipments.declaration(documents).fact(FactNames.RELATED_PARTY, relatedParty).fact(FactNames.PRICE_INFLUENCE, priceInfluence);
        return documents;
    }

    @Test
    void consistentShipmentsAreNotRelated() {
        for (TradeTransaction transaction : Shipments.consistent()) {
            RuleRun run = RuleRun.of(rule, transaction);

            assertThat(run.findings()).isEmpty();
            assertThat(run.status()).isEqualTo(RuleOutcome.Status.NOT_APPLICABLE);
            assertThat(run.outcome().reasonArguments()).containsExactly(FactNames.RELATED_PARTY);
        }
    }

    @Test
    void relatedPartiesAtMarketPricePass() {
        RuleRun run = RuleRun.of(rule, Shipments.transaction("sea", related(DemoShipments.seaDocuments(), "true", "false")));

        assertThat(run.findings()).isEmpty();
        assertThat(run.status()).isEqualTo(RuleOutcome.Status.PASSED);
    }

    @Test
    void relatedPartiesWithOutlierPriceEscalate() {
        RuleRun run = RuleRun.of(rule, Shipments.transaction("sea", related(Shipments.underInvoicedSea(), "true", "false")));

        assertThat(run.status()).isEqualTo(RuleOutcome.Status.FAILED);
        assertThat(run.findings()).hasSize(1);
        assertThat(run.findings().get(0).arguments()).containsExactly(DemoShipments.SEA_DECLARATION, "RISK-P01-UNIT-VALUE");
        assertThat(run.findings().get(0).evidence()).extracting(evidence -> evidence.label()).startsWith(FactNames.RELATED_PARTY,
                FactNames.PRICE_INFLUENCE);
    }

    @Test
    void departureFromSeriesEscalatesToo() {
        CrossDocumentRule history = indicators.stream().filter(PriceHistoryDeparture.class::isInstance).findFirst().orElseThrow();
        history.startRun();
        for (int i = 0; i < 5; i++) {
            RuleRun.of(history, Shipments.transaction("sea-" + i, DemoShipments.seaDocuments()));
        }
        List<FactsFixture.Doc> documents = related(DemoShipments.seaDocuments(), "1", "0");
        // Motors at 540 instead of 420 USD: inside the market's fences, far outside this seller's own series.
        for (FactsFixture.Doc document : List.of(Shipments.invoice(documents), Shipments.declaration(documents))) {
            document.replaceKeyed(FactNames.LINE_AMOUNT, "2", "162000.00", "USD");
        }
        TradeTransaction sixth = Shipments.transaction("sea-5", documents);

        RuleRun.of(history, sixth);
        RuleRun run = RuleRun.of(rule, sixth);

        assertThat(run.findings()).hasSize(1);
        assertThat(run.findings().get(0).arguments().get(1)).isEqualTo("RISK-P03-PRICE-HISTORY");
    }

    @Test
    void unrelatedPartiesAreNotApplicable() {
        RuleRun run = RuleRun.of(rule, Shipments.transaction("sea", related(Shipments.underInvoicedSea(), "false", "false")));

        assertThat(run.status()).isEqualTo(RuleOutcome.Status.NOT_APPLICABLE);
        assertThat(run.outcome().reasonKey()).isEqualTo("outcome.not-related");
    }

    @Test
    void declaredPriceInfluenceIsNotApplicable() {
        RuleRun run = RuleRun.of(rule, Shipments.transaction("sea", related(Shipments.underInvoicedSea(), "true", "true")));

        assertThat(run.status()).isEqualTo(RuleOutcome.Status.NOT_APPLICABLE);
        assertThat(run.outcome().reasonKey()).isEqualTo("outcome.price-influence-declared");
    }
}
