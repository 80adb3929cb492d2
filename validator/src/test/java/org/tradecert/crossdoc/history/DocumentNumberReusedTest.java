package org.tradecert.crossdoc.history;

import org.junit.jupiter.api.Test;
import org.tradecert.api.RuleOutcome;
import org.tradecert.crossdoc.FactNames;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradecert.crossdoc.history.DemoShipments.CARRIER;
import static org.tradecert.crossdoc.history.DemoShipments.EXPORTER;

class DocumentNumberReusedTest {

    private final DocumentNumberReused rule = new DocumentNumberReused();

    @Test
    void consistentShipmentsPass() {
        for (var transaction : List.of(DemoShipments.sea(), DemoShipments.air())) {
            RuleRun run = RuleRun.of(rule, transaction);

            assertThat(run.findings()).isEmpty();
            assertThat(run.status()).isEqualTo(RuleOutcome.Status.PASSED);
        }
    }

    @Test
    void secondInvoiceUnderSameNumberFires() {
        List<FactsFixture.Doc> documents = DemoShipments.seaDocuments();
        documents.add(FactsFixture.doc("commercial-invoice", "HL-INV-2026-0142-B", EXPORTER)
                .fact(FactNames.DOCUMENT_NUMBER, DemoShipments.SEA_INVOICE)
                .fact(FactNames.INVOICE_TOTAL, "235520.00", "USD"));

        RuleRun run = RuleRun.of(rule, FactsFixture.transaction("sea", documents));

        assertThat(run.status()).isEqualTo(RuleOutcome.Status.FAILED);
        assertThat(run.findings()).hasSize(1);
        assertThat(run.findings().get(0).arguments())
                .containsExactly(DemoShipments.SEA_INVOICE, EXPORTER, "commercial-invoice", "HL-INV-2026-0142-B", DemoShipments.SEA_INVOICE);
        assertThat(run.findings().get(0).evidence()).extracting(evidence -> evidence.label())
                .containsExactly(FactNames.DOCUMENT_NUMBER, "documentId");
    }

    @Test
    void bookingReferenceOnTwoConfirmationsFires() {
        List<FactsFixture.Doc> documents = DemoShipments.seaDocuments();
        documents.add(FactsFixture.doc("booking", "BC-BOHL-260930-0091", CARRIER)
                .fact(FactNames.DOCUMENT_NUMBER, "BC-BOHL-260930-0091").fact(FactNames.BOOKING_NUMBER, "BOHL-BKG-260921-0077"));

        RuleRun run = RuleRun.of(rule, FactsFixture.transaction("sea", documents));

        assertThat(run.findings()).hasSize(1);
        assertThat(run.findings().get(0).arguments().get(0)).isEqualTo("BOHL-BKG-260921-0077");
        assertThat(run.findings().get(0).evidence().get(0).label()).isEqualTo(FactNames.BOOKING_NUMBER);
    }

    @Test
    void eventsNamingOneBillOfLadingPass() {
        List<FactsFixture.Doc> documents = DemoShipments.seaDocuments();
        documents.add(DemoShipments.event("EV-NLRTM-261119-0010", CARRIER, "GTOT", "2026-11-19T09:00:00+01:00", "NLRTM",
                DemoShipments.CONTAINER_1));

        RuleRun run = RuleRun.of(rule, FactsFixture.transaction("sea", documents));

        assertThat(run.findings()).isEmpty();
    }

    @Test
    void invoiceAndPackingListSharingNumberPass() {
        List<FactsFixture.Doc> documents = DemoShipments.seaDocuments();
        DemoShipments.find(documents, "HL-PL-2026-0142").replace(FactNames.DOCUMENT_NUMBER, DemoShipments.SEA_INVOICE);

        RuleRun run = RuleRun.of(rule, FactsFixture.transaction("sea", documents));

        assertThat(run.findings()).isEmpty();
    }

    @Test
    void versionsOfOneDocumentPass() {
        List<FactsFixture.Doc> documents = DemoShipments.seaDocuments();
        documents.add(DemoShipments.find(documents, DemoShipments.SEA_INVOICE).amend().replace(FactNames.INVOICE_TOTAL, "235530.00", "USD"));

        RuleRun run = RuleRun.of(rule, FactsFixture.transaction("sea", documents));

        assertThat(run.findings()).isEmpty();
    }
}
