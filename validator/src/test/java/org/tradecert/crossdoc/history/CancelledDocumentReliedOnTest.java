package org.tradecert.crossdoc.history;

import org.junit.jupiter.api.Test;
import org.tradecert.api.Finding;
import org.tradecert.api.RuleOutcome;
import org.tradecert.crossdoc.FactNames;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradecert.crossdoc.history.DemoShipments.SEA_INVOICE;
import static org.tradecert.crossdoc.history.DemoShipments.find;

class CancelledDocumentReliedOnTest {

    private final CancelledDocumentReliedOn rule = new CancelledDocumentReliedOn();

    @Test
    void consistentShipmentsHaveNoCancellation() {
        for (var transaction : List.of(DemoShipments.sea(), DemoShipments.air())) {
            RuleRun run = RuleRun.of(rule, transaction);

            assertThat(run.findings()).isEmpty();
            assertThat(run.status()).isEqualTo(RuleOutcome.Status.NOT_APPLICABLE);
            assertThat(run.outcome().reasonKey()).isEqualTo("outcome.no-cancellation");
        }
    }

    @Test
    void laterDocumentsNamingCancelledInvoiceFire() {
        List<FactsFixture.Doc> documents = DemoShipments.seaDocuments();
        FactsFixture.Doc invoice = find(documents, SEA_INVOICE);
        int packingList = documents.indexOf(find(documents, "HL-PL-2026-0142"));
        documents.add(packingList + 1, invoice.amend().fact(FactNames.PURPOSE_CODE, "1").createdAt("2026-10-08T12:00:00+08:00"));

        RuleRun run = RuleRun.of(rule, FactsFixture.transaction("sea", documents));

        assertThat(run.status()).isEqualTo(RuleOutcome.Status.FAILED);
        assertThat(run.findings()).extracting(finding -> finding.arguments().get(1))
                .containsExactly(DemoShipments.SEA_DECLARATION, "HHCB-PA-2026-110912");
        Finding declaration = run.findings().get(0);
        assertThat(declaration.arguments()).containsExactly("goods-declaration", DemoShipments.SEA_DECLARATION, "commercial-invoice",
                SEA_INVOICE, "2026-10-08T12:00:00+08:00");
        assertThat(declaration.evidence().get(0).label()).isEqualTo(FactNames.INVOICE_NUMBER);
        assertThat(declaration.evidence().get(0).location().xpath()).isEqualTo("/goods-declaration/invoiceNumber[1]");
        assertThat(declaration.evidence().get(1).value()).isEqualTo("1");
        assertThat(declaration.evidence().get(1).documentId()).isEqualTo(SEA_INVOICE);
    }

    @Test
    void paymentRemittingCancelledInvoiceFires() {
        List<FactsFixture.Doc> documents = DemoShipments.seaDocuments();
        FactsFixture.Doc payment = find(documents, "HHCB-PA-2026-110912").remove(FactNames.INVOICE_NUMBER);
        documents.add(documents.indexOf(payment), find(documents, SEA_INVOICE).amend().fact(FactNames.PURPOSE_CODE, "1"));

        RuleRun run = RuleRun.of(rule, FactsFixture.transaction("sea", documents));

        assertThat(run.findings()).hasSize(1);
        assertThat(run.findings().get(0).evidence().get(0).label()).isEqualTo(FactNames.REMITTED_INVOICE);
    }

    @Test
    void cancellationAfterEveryReferencePasses() {
        List<FactsFixture.Doc> documents = DemoShipments.seaDocuments();
        documents.add(find(documents, SEA_INVOICE).amend().fact(FactNames.PURPOSE_CODE, "1"));

        RuleRun run = RuleRun.of(rule, FactsFixture.transaction("sea", documents));

        assertThat(run.findings()).isEmpty();
        assertThat(run.status()).isEqualTo(RuleOutcome.Status.PASSED);
    }

    @Test
    void eventsAfterCancelledBillOfLadingFire() {
        List<FactsFixture.Doc> documents = DemoShipments.seaDocuments();
        FactsFixture.Doc bill = find(documents, DemoShipments.BILL_OF_LADING);
        documents.add(documents.indexOf(bill) + 1, bill.amend().fact(FactNames.PURPOSE_CODE, "1"));

        RuleRun run = RuleRun.of(rule, FactsFixture.transaction("sea", documents));

        assertThat(run.findings()).extracting(finding -> finding.arguments().get(0)).containsOnly("transport-event");
        assertThat(run.findings()).hasSize(6);
        assertThat(run.findings().get(0).evidence().get(0).label()).isEqualTo(FactNames.TRANSPORT_DOCUMENT_NUMBER);
    }

    @Test
    void statementReferenceByDigestFires() {
        List<FactsFixture.Doc> documents = DemoShipments.seaDocuments();
        FactsFixture.Doc invoice = find(documents, SEA_INVOICE);
        documents.add(invoice.amend().fact(FactNames.PURPOSE_CODE, "1"));
        documents.add(FactsFixture.doc("packing-list", "HL-PL-2026-0143", DemoShipments.EXPORTER).reference("digest:" + invoice.digest()));

        RuleRun run = RuleRun.of(rule, FactsFixture.transaction("sea", documents));

        assertThat(run.findings()).hasSize(1);
        assertThat(run.findings().get(0).evidence().get(0).label()).isEqualTo("references");
        assertThat(run.findings().get(0).evidence().get(0).value()).isEqualTo("digest:" + invoice.digest());
    }

    @Test
    void laterCancellationOfRelyingDocumentPasses() {
        List<FactsFixture.Doc> documents = DemoShipments.seaDocuments();
        FactsFixture.Doc invoice = find(documents, SEA_INVOICE);
        FactsFixture.Doc packingList = find(documents, "HL-PL-2026-0142");
        documents.add(invoice.amend().fact(FactNames.PURPOSE_CODE, "1"));
        documents.add(packingList.amend().fact(FactNames.PURPOSE_CODE, "1"));
        documents.remove(find(documents, DemoShipments.SEA_DECLARATION));
        documents.remove(find(documents, "HHCB-PA-2026-110912"));

        RuleRun run = RuleRun.of(rule, FactsFixture.transaction("sea", documents));

        assertThat(run.findings()).isEmpty();
    }
}
