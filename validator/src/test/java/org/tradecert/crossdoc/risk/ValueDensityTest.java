package org.tradecert.crossdoc.risk;

import org.junit.jupiter.api.Test;
import org.tradecert.api.RuleOutcome;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.TradeTransaction;
import org.tradecert.crossdoc.history.DemoShipments;
import org.tradecert.crossdoc.history.FactsFixture;
import org.tradecert.crossdoc.history.RuleRun;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ValueDensityTest {

    private final ValueDensity rule = new ValueDensity(Shipments.TABLE, Shipments.THRESHOLDS);

    @Test
    void consistentShipmentsPass() {
        for (TradeTransaction transaction : Shipments.consistent()) {
            RuleRun run = RuleRun.of(rule, transaction);

            assertThat(run.findings()).isEmpty();
            assertThat(run.status()).isEqualTo(RuleOutcome.Status.PASSED);
        }
    }

    @Test
    void motorsAtScrapPriceWarn() {
        List<FactsFixture.Doc> documents = DemoShipments.seaDocuments();
        Shipments.declaration(documents).replaceKeyed(FactNames.LINE_AMOUNT, "2", "14700.00", "USD");

        RuleRun run = RuleRun.of(rule, Shipments.transaction("sea", documents));

        assertThat(run.status()).isEqualTo(RuleOutcome.Status.FAILED);
        assertThat(run.findings()).hasSize(1);
        assertThat(run.findings().get(0).arguments().subList(0, 3)).containsExactly("8501", "0.500", "USD/KGM");
        assertThat(run.findings().get(0).arguments().get(7)).isEqualTo("1");
        assertThat(run.findings().get(0).evidence()).hasSize(3);
    }

    @Test
    void chapterServesWithoutHeading() {
        List<FactsFixture.Doc> documents = DemoShipments.seaDocuments();
        Shipments.declaration(documents).replaceKeyed(FactNames.LINE_HS, "2", "8502110000", null)
                .replaceKeyed(FactNames.LINE_AMOUNT, "2", "147.00", "USD");

        RuleRun run = RuleRun.of(rule, Shipments.transaction("sea", documents));

        assertThat(run.findings()).extracting(finding -> finding.arguments().get(0)).containsExactly("85");
    }

    @Test
    void goodsOutsideTableAreNotApplicable() {
        List<FactsFixture.Doc> documents = DemoShipments.seaDocuments();
        Shipments.declaration(documents).replaceKeyed(FactNames.LINE_HS, "1", "9403200000", null)
                .replaceKeyed(FactNames.LINE_HS, "2", "9403200000", null);

        RuleRun run = RuleRun.of(rule, Shipments.transaction("sea", documents));

        assertThat(run.status()).isEqualTo(RuleOutcome.Status.NOT_APPLICABLE);
        assertThat(run.outcome().reasonArguments()).containsExactly("9403", "demo-unit-values@2026.1-demo");
    }
}
