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

/** P6, freight and insurance against the goods value. */
class ChargeRatiosTest {

    private final FreightRatio freight = new FreightRatio(Shipments.THRESHOLDS);
    private final InsuranceRatio insurance = new InsuranceRatio(Shipments.THRESHOLDS);

    @Test
    void consistentShipmentsPass() {
        for (TradeTransaction transaction : Shipments.consistent()) {
            assertThat(RuleRun.of(freight, transaction).status()).isEqualTo(RuleOutcome.Status.PASSED);
            assertThat(RuleRun.of(insurance, transaction).status()).isEqualTo(RuleOutcome.Status.PASSED);
        }
    }

    @Test
    void seaFreightOfFortyPercentWarns() {
        List<FactsFixture.Doc> documents = DemoShipments.seaDocuments();
        Shipments.invoice(documents).replace(FactNames.FREIGHT, "91440.00", "USD");

        RuleRun run = RuleRun.of(freight, Shipments.transaction("sea", documents));

        assertThat(run.findings()).hasSize(1);
        assertThat(run.findings().get(0).arguments()).containsExactly("91440.00", "USD", "228600.00", "40.0", "30", "1");
    }

    @Test
    void airFreightOfFortyPercentPasses() {
        List<FactsFixture.Doc> documents = DemoShipments.airDocuments();
        DemoShipments.find(documents, "HL-INV-2026-0157").replace(FactNames.FREIGHT, "40000.00", "USD");

        RuleRun run = RuleRun.of(freight, Shipments.transaction("air", documents));

        assertThat(run.findings()).isEmpty();
    }

    @Test
    void freightAboveGoodsValueWarnsWhateverLimit() {
        RiskThresholds generous = new RiskThresholds(new java.math.BigDecimal("1.5"), new java.math.BigDecimal("5"), 5, 16,
                new java.math.BigDecimal("3.5"), new java.math.BigDecimal("5"), 2, java.util.Map.of("*", new java.math.BigDecimal("500")),
                new java.math.BigDecimal("2"), 1, new java.math.BigDecimal("1000"), 10, new java.math.BigDecimal("50"), 100,
                new java.math.BigDecimal("0.015"), 100);
        List<FactsFixture.Doc> documents = DemoShipments.seaDocuments();
        Shipments.invoice(documents).replace(FactNames.FREIGHT, "228601.00", "USD");

        RuleRun run = RuleRun.of(new FreightRatio(generous), Shipments.transaction("sea", documents));

        assertThat(run.findings()).hasSize(1);
    }

    @Test
    void declarationFreightServesWithoutInvoiceFreight() {
        List<FactsFixture.Doc> documents = DemoShipments.seaDocuments();
        Shipments.invoice(documents).remove(FactNames.FREIGHT);
        Shipments.declaration(documents).replace(FactNames.FREIGHT, "91440.00", "USD");

        RuleRun run = RuleRun.of(freight, Shipments.transaction("sea", documents));

        assertThat(run.findings()).singleElement().satisfies(finding -> assertThat(finding.evidence().get(0).documentType())
                .isEqualTo("goods-declaration"));
    }

    @Test
    void insurancePremiumOfFivePercentWarns() {
        List<FactsFixture.Doc> documents = DemoShipments.seaDocuments();
        Shipments.invoice(documents).replace(FactNames.INSURANCE, "11750.00", "USD");

        RuleRun run = RuleRun.of(insurance, Shipments.transaction("sea", documents));

        assertThat(run.findings()).hasSize(1);
        assertThat(run.findings().get(0).arguments()).containsExactly("11750.00", "USD", "235000.00", "5.0", "2");
        assertThat(run.findings().get(0).evidence()).hasSize(3);
    }

    @Test
    void missingChargesAreNotApplicable() {
        List<FactsFixture.Doc> documents = DemoShipments.seaDocuments();
        Shipments.invoice(documents).remove(FactNames.FREIGHT).remove(FactNames.INSURANCE);
        Shipments.declaration(documents).remove(FactNames.FREIGHT).remove(FactNames.INSURANCE);

        assertThat(RuleRun.of(freight, Shipments.transaction("sea", documents)).outcome().reasonArguments()).containsExactly(FactNames.FREIGHT);
        assertThat(RuleRun.of(insurance, Shipments.transaction("sea", documents)).outcome().reasonArguments())
                .containsExactly(FactNames.INSURANCE);
    }
}
