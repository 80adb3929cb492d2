package org.tradecert.crossdoc.risk;

import org.junit.jupiter.api.BeforeEach;
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

class PriceHistoryDepartureTest {

    private final PriceHistoryDeparture rule = (PriceHistoryDeparture) indicator(PriceHistoryDeparture.class);

    @BeforeEach
    void startRun() {
        rule.startRun();
    }

    private static CrossDocumentRule indicator(Class<?> type) {
        return RiskRules.create(Shipments.TABLE, Shipments.THRESHOLDS).stream().filter(type::isInstance).findFirst().orElseThrow();
    }

    /** Builds the sea shipment under another transaction id, with line 1 at the given unit price. */
    private static TradeTransaction shipment(int number, String price) {
        List<FactsFixture.Doc> documents = DemoShipments.seaDocuments();
        String amount = new java.math.BigDecimal(price).multiply(new java.math.BigDecimal("1200")).toPlainString();
        for (FactsFixture.Doc document : List.of(Shipments.invoice(documents), Shipments.declaration(documents))) {
            document.replaceKeyed(FactNames.LINE_PRICE, "1", price, "USD").replaceKeyed(FactNames.LINE_AMOUNT, "1", amount, "USD");
        }
        return Shipments.transaction("sea-" + number, documents);
    }

    @Test
    void firstTransactionsHaveNoSeries() {
        for (int i = 0; i < Shipments.THRESHOLDS.historyMinimum(); i++) {
            RuleRun run = RuleRun.of(rule, shipment(i, "85.50"));

            assertThat(run.status()).isEqualTo(RuleOutcome.Status.NOT_APPLICABLE);
            assertThat(run.outcome().reasonKey()).isEqualTo("outcome.short-history");
        }
    }

    @Test
    void steadyPricesPass() {
        List<String> prices = List.of("85.50", "86.00", "84.00", "85.50", "87.00", "85.00", "86.50");
        RuleRun last = null;
        for (int i = 0; i < prices.size(); i++) {
            last = RuleRun.of(rule, shipment(i, prices.get(i)));
            assertThat(last.findings()).isEmpty();
        }

        assertThat(last.status()).isEqualTo(RuleOutcome.Status.PASSED);
    }

    @Test
    void halvedPriceDepartsFromSeries() {
        for (int i = 0; i < 5; i++) {
            RuleRun.of(rule, shipment(i, "85.50"));
        }

        RuleRun run = RuleRun.of(rule, shipment(5, "42.75"));

        assertThat(run.status()).isEqualTo(RuleOutcome.Status.FAILED);
        assertThat(run.findings()).hasSize(1);
        // Equal prices have no spread, so the floor of 5 % of the median applies: 0.6745 * 42.75 / 4.275 = 6.745.
        assertThat(run.findings().get(0).arguments().subList(1, 8)).containsExactly("1", "850440", "42.75", "USD/H87", "5", "85.5", "6.745");
        assertThat(run.findings().get(0).evidence().get(2).value()).isEqualTo("n=5 median=85.5 MAD=0 USD/H87");
    }

    @Test
    void newRunForgetsSeries() {
        for (int i = 0; i < 5; i++) {
            RuleRun.of(rule, shipment(i, "85.50"));
        }
        rule.startRun();

        RuleRun run = RuleRun.of(rule, shipment(5, "42.75"));

        assertThat(run.status()).isEqualTo(RuleOutcome.Status.NOT_APPLICABLE);
    }
}
