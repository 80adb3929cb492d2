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

class DeclaredPriceGapTest {

    private final DeclaredPriceGap rule = new DeclaredPriceGap(Shipments.THRESHOLDS);

    @Test
    void consistentShipmentsPass() {
        for (TradeTransaction transaction : Shipments.consistent()) {
            RuleRun run = RuleRun.of(rule, transaction);

            assertThat(run.findings()).isEmpty();
            assertThat(run.status()).isEqualTo(RuleOutcome.Status.PASSED);
        }
    }

    @Test
    void itemDeclaredThirtyPercentUnderWarns() {
        List<FactsFixture.Doc> documents = DemoShipments.seaDocuments();
        Shipments.declaration(documents).replaceKeyed(FactNames.LINE_PRICE, "2", "294.00", "USD")
                .replaceKeyed(FactNames.LINE_AMOUNT, "2", "88200.00", "USD");

        RuleRun run = RuleRun.of(rule, Shipments.transaction("sea", documents));

        assertThat(run.status()).isEqualTo(RuleOutcome.Status.FAILED);
        assertThat(run.findings()).hasSize(1);
        assertThat(run.findings().get(0).arguments()).containsExactly(DemoShipments.SEA_DECLARATION, "2", "294", "USD/H87",
                DemoShipments.SEA_INVOICE, "2", "420", "-30.0", "5");
        assertThat(run.findings().get(0).evidence()).hasSize(4);
    }

    @Test
    void pricesIncludingFreightAndInsurancePass() {
        // CIF: freight 6400 and insurance 520 on goods of 228600 add 3.0271 % to every price.
        List<FactsFixture.Doc> documents = DemoShipments.seaDocuments();
        Shipments.declaration(documents).replaceKeyed(FactNames.LINE_AMOUNT, "1", "105705.85", "USD")
                .replaceKeyed(FactNames.LINE_AMOUNT, "2", "129814.15", "USD");

        RuleRun run = RuleRun.of(rule, Shipments.transaction("sea", documents));

        assertThat(run.findings()).isEmpty();
    }

    @Test
    void freightOnFobBasisIsNotAdded() {
        List<FactsFixture.Doc> documents = DemoShipments.seaDocuments();
        Shipments.declaration(documents).replace(FactNames.TRANSACTION_MODE, "3")
                .replace(FactNames.FREIGHT, "60000.00", "USD")
                .replaceKeyed(FactNames.LINE_AMOUNT, "1", "129537.50", "USD");

        RuleRun run = RuleRun.of(rule, Shipments.transaction("sea", documents));

        assertThat(run.findings()).hasSize(1);
    }

    @Test
    void itemsPairByHsWithoutLink() {
        List<FactsFixture.Doc> documents = DemoShipments.seaDocuments();
        Shipments.declaration(documents).remove(FactNames.LINE_INVOICE_LINE).replaceKeyed(FactNames.LINE_AMOUNT, "1", "51300.00", "USD");

        RuleRun run = RuleRun.of(rule, Shipments.transaction("sea", documents));

        assertThat(run.findings()).extracting(finding -> finding.arguments().get(5)).containsExactly("1");
    }

    @Test
    void severalInvoicesPairBySubheadingOnly() {
        List<FactsFixture.Doc> documents = DemoShipments.seaDocuments();
        FactsFixture.Doc invoice = Shipments.invoice(documents);
        FactsFixture.Doc motors = FactsFixture.doc("commercial-invoice", "HL-INV-2026-0143", DemoShipments.EXPORTER)
                .fact(FactNames.DOCUMENT_NUMBER, "HL-INV-2026-0143")
                .fact(FactNames.LINE_HS, "850152", null, "1").fact(FactNames.LINE_QUANTITY, "300", "H87", "1")
                .fact(FactNames.LINE_AMOUNT, "126000.00", "USD", "1");
        invoice.remove(FactNames.LINE_HS).remove(FactNames.LINE_QUANTITY).remove(FactNames.LINE_AMOUNT).remove(FactNames.LINE_PRICE)
                .fact(FactNames.LINE_HS, "850440", null, "1").fact(FactNames.LINE_QUANTITY, "1200", "H87", "1")
                .fact(FactNames.LINE_AMOUNT, "102600.00", "USD", "1");
        documents.add(documents.indexOf(invoice) + 1, motors);
        Shipments.declaration(documents).fact(FactNames.INVOICE_NUMBER, "HL-INV-2026-0143")
                .replaceKeyed(FactNames.LINE_INVOICE_LINE, "2", "1", null);

        RuleRun run = RuleRun.of(rule, Shipments.transaction("sea", documents));

        assertThat(run.findings()).isEmpty();
        assertThat(run.status()).isEqualTo(RuleOutcome.Status.PASSED);
    }

    @Test
    void missingDeclarationIsNotApplicable() {
        List<FactsFixture.Doc> documents = DemoShipments.seaDocuments();
        documents.remove(Shipments.declaration(documents));

        RuleRun run = RuleRun.of(rule, Shipments.transaction("sea", documents));

        assertThat(run.status()).isEqualTo(RuleOutcome.Status.NOT_APPLICABLE);
        assertThat(run.outcome().reasonArguments()).containsExactly("goods-declaration");
    }

    @Test
    void quantitiesInOtherUnitsConvert() {
        List<FactsFixture.Doc> documents = DemoShipments.seaDocuments();
        Shipments.declaration(documents).replaceKeyed(FactNames.LINE_QUANTITY, "1", "100", "DZN");

        RuleRun run = RuleRun.of(rule, Shipments.transaction("sea", documents));

        assertThat(run.findings()).isEmpty();
        assertThat(run.status()).isEqualTo(RuleOutcome.Status.PASSED);
    }
}
