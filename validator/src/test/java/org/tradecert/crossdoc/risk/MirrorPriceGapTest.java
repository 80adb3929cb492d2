package org.tradecert.crossdoc.risk;

import org.junit.jupiter.api.Test;
import org.tradecert.api.RuleOutcome;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.TradeTransaction;
import org.tradecert.crossdoc.history.FactsFixture;
import org.tradecert.crossdoc.history.RuleRun;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MirrorPriceGapTest {

    private final MirrorPriceGap rule = new MirrorPriceGap(Shipments.TABLE, Shipments.THRESHOLDS);

    @Test
    void consistentShipmentsPass() {
        for (TradeTransaction transaction : Shipments.consistent()) {
            RuleRun run = RuleRun.of(rule, transaction);

            assertThat(run.findings()).isEmpty();
            assertThat(run.status()).isEqualTo(RuleOutcome.Status.PASSED);
        }
    }

    @Test
    void underInvoicedLineWarnsAgainstImporterStatistics() {
        RuleRun run = RuleRun.of(rule, Shipments.transaction("sea", Shipments.underInvoicedSea()));

        assertThat(run.status()).isEqualTo(RuleOutcome.Status.FAILED);
        assertThat(run.findings()).hasSize(2);
        // 17.10 against the Dutch import median of 96.71 USD per piece.
        assertThat(run.findings().get(0).arguments().subList(3, 8)).containsExactly("17.10", "USD/H87", "-82.3", "96.71", "NL");
        assertThat(run.findings().get(0).evidence().get(3).value()).contains("NL import");
    }

    @Test
    void destinationWithoutStatisticsIsNotApplicable() {
        List<FactsFixture.Doc> documents = Shipments.underInvoicedSea();
        Shipments.declaration(documents).replace(FactNames.DESTINATION_COUNTRY, "BE");

        RuleRun run = RuleRun.of(rule, Shipments.transaction("sea", documents));

        assertThat(run.status()).isEqualTo(RuleOutcome.Status.NOT_APPLICABLE);
        assertThat(run.outcome().reasonKey()).isEqualTo("outcome.no-reference");
    }

    @Test
    void unknownDestinationIsNotApplicable() {
        List<FactsFixture.Doc> documents = Shipments.underInvoicedSea();
        Shipments.declaration(documents).remove(FactNames.DESTINATION_COUNTRY);

        RuleRun run = RuleRun.of(rule, Shipments.transaction("sea", documents));

        assertThat(run.status()).isEqualTo(RuleOutcome.Status.NOT_APPLICABLE);
        assertThat(run.outcome().reasonArguments()).containsExactly(FactNames.DESTINATION_COUNTRY);
    }
}
