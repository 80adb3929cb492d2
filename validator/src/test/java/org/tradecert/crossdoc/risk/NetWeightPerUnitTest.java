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

class NetWeightPerUnitTest {

    private final NetWeightPerUnit rule = new NetWeightPerUnit(Shipments.TABLE, Shipments.THRESHOLDS);

    @Test
    void consistentShipmentsPass() {
        for (TradeTransaction transaction : Shipments.consistent()) {
            RuleRun run = RuleRun.of(rule, transaction);

            assertThat(run.findings()).isEmpty();
            assertThat(run.status()).isEqualTo(RuleOutcome.Status.PASSED);
        }
    }

    @Test
    void motorsOfOneKilogramWarn() {
        List<FactsFixture.Doc> documents = DemoShipments.seaDocuments();
        Shipments.declaration(documents).replaceKeyed(FactNames.LINE_NET_WEIGHT, "2", "0.3", "TNE");

        RuleRun run = RuleRun.of(rule, Shipments.transaction("sea", documents));

        assertThat(run.status()).isEqualTo(RuleOutcome.Status.FAILED);
        assertThat(run.findings()).hasSize(1);
        assertThat(run.findings().get(0).arguments().subList(1, 5)).containsExactly("2", "850152", "1.00", "KGM/H87");
        assertThat(run.findings().get(0).evidence()).extracting(evidence -> evidence.label())
                .containsExactly(FactNames.LINE_NET_WEIGHT, FactNames.LINE_QUANTITY, FactNames.LINE_HS, "reference");
    }

    @Test
    void linesWithoutWeightAreNotApplicable() {
        List<FactsFixture.Doc> documents = DemoShipments.seaDocuments();
        Shipments.declaration(documents).remove(FactNames.LINE_NET_WEIGHT);

        RuleRun run = RuleRun.of(rule, Shipments.transaction("sea", documents));

        assertThat(run.status()).isEqualTo(RuleOutcome.Status.NOT_APPLICABLE);
        assertThat(run.outcome().reasonKey()).isEqualTo("outcome.no-quantity-in-unit");
    }
}
