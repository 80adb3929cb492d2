package org.tradecert.crossdoc.history;

import org.junit.jupiter.api.Test;
import org.tradecert.api.Finding;
import org.tradecert.api.RuleOutcome;
import org.tradecert.crossdoc.FactNames;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradecert.crossdoc.history.DemoShipments.BILL_OF_LADING;
import static org.tradecert.crossdoc.history.DemoShipments.CONTAINER_1;
import static org.tradecert.crossdoc.history.DemoShipments.CONTAINER_2;
import static org.tradecert.crossdoc.history.DemoShipments.find;

class AmendmentChangesFixedFactTest {

    private final AmendmentChangesFixedFact rule = new AmendmentChangesFixedFact();

    private RuleRun runWithAmendment(String documentId, java.util.function.UnaryOperator<FactsFixture.Doc> change) {
        List<FactsFixture.Doc> documents = DemoShipments.seaDocuments();
        documents.add(change.apply(find(documents, documentId).amend()));
        return RuleRun.of(rule, FactsFixture.transaction("sea", documents));
    }

    @Test
    void consistentShipmentsHaveNoAmendment() {
        for (var transaction : List.of(DemoShipments.sea(), DemoShipments.air())) {
            RuleRun run = RuleRun.of(rule, transaction);

            assertThat(run.findings()).isEmpty();
            assertThat(run.status()).isEqualTo(RuleOutcome.Status.NOT_APPLICABLE);
            assertThat(run.outcome().reasonKey()).isEqualTo("outcome.no-amendment");
        }
    }

    @Test
    void containerSwappedAfterShippedOnBoardFires() {
        RuleRun run = runWithAmendment(BILL_OF_LADING,
                bill -> bill.replace(FactNames.CONTAINER, CONTAINER_1).fact(FactNames.CONTAINER, "TGHU7423901"));

        assertThat(run.status()).isEqualTo(RuleOutcome.Status.FAILED);
        assertThat(run.findings()).hasSize(1);
        Finding finding = run.findings().get(0);
        assertThat(finding.expected()).isEqualTo(CONTAINER_1 + ", " + CONTAINER_2);
        assertThat(finding.actual()).isEqualTo(CONTAINER_1 + ", TGHU7423901");
        assertThat(finding.arguments().subList(2, 7)).containsExactly(FactNames.CONTAINER, "sea-transport-document", BILL_OF_LADING, "1", "2");
        assertThat(finding.evidence()).hasSize(4);
        assertThat(finding.evidence().get(0).location().submissionId()).endsWith("-v2");
    }

    @Test
    void containerChangedBeforeShippedOnBoardPasses() {
        List<FactsFixture.Doc> documents = DemoShipments.seaDocuments();
        FactsFixture.Doc bill = find(documents, BILL_OF_LADING).remove(FactNames.SHIPPED_ON_BOARD);
        documents.add(bill.amend().replace(FactNames.CONTAINER, CONTAINER_1).fact(FactNames.SHIPPED_ON_BOARD, "2026-10-11T16:40:00+08:00"));

        RuleRun run = RuleRun.of(rule, FactsFixture.transaction("sea", documents));

        assertThat(run.findings()).isEmpty();
        assertThat(run.status()).isEqualTo(RuleOutcome.Status.PASSED);
    }

    @Test
    void sealCorrectionOnBoardPasses() {
        RuleRun run = runWithAmendment(BILL_OF_LADING, bill -> bill.replace(FactNames.SEAL, "BH2610003"));

        assertThat(run.findings()).isEmpty();
    }

    @Test
    void sameInstantWithOtherOffsetPasses() {
        RuleRun run = runWithAmendment(BILL_OF_LADING, bill -> bill.replace(FactNames.SHIPPED_ON_BOARD, "2026-10-11T08:40:00Z"));

        assertThat(run.findings()).isEmpty();
    }

    @Test
    void backdatedShippedOnBoardFires() {
        RuleRun run = runWithAmendment(BILL_OF_LADING, bill -> bill.replace(FactNames.SHIPPED_ON_BOARD, "2026-10-09T16:40:00+08:00"));

        assertThat(run.findings()).extracting(finding -> finding.arguments().get(2)).containsExactly(FactNames.SHIPPED_ON_BOARD);
    }

    @Test
    void invoiceBuyerChangedFires() {
        RuleRun run = runWithAmendment(DemoShipments.SEA_INVOICE, invoice -> invoice.replace(FactNames.BUYER_ID, "LEI:529900FRKELEC0MB0106"));

        assertThat(run.findings()).hasSize(1);
        assertThat(run.findings().get(0).expected()).isEqualTo(DemoShipments.SEA_BUYER);
        assertThat(run.findings().get(0).actual()).isEqualTo("LEI:529900FRKELEC0MB0106");
    }

    @Test
    void invoiceTotalCorrectedPasses() {
        RuleRun run = runWithAmendment(DemoShipments.SEA_INVOICE, invoice -> invoice.replace(FactNames.INVOICE_TOTAL, "235530.00", "USD"));

        assertThat(run.findings()).isEmpty();
        assertThat(run.status()).isEqualTo(RuleOutcome.Status.PASSED);
    }

    @Test
    void paidAmountCurrencyChangedFires() {
        RuleRun run = runWithAmendment("HHCB-PA-2026-110912", payment -> payment.replace(FactNames.PAID_AMOUNT, "235495.00", "EUR"));

        assertThat(run.findings()).hasSize(1);
        assertThat(run.findings().get(0).expected()).isEqualTo("235495.00 USD");
        assertThat(run.findings().get(0).actual()).isEqualTo("235495.00 EUR");
    }

    @Test
    void bookingAmendmentIsFree() {
        RuleRun run = runWithAmendment("BC-BOHL-260921-0077", booking -> booking.replace(FactNames.BUYER_ID, "LEI:529900FRKELEC0MB0106"));

        assertThat(run.findings()).isEmpty();
        assertThat(run.status()).isEqualTo(RuleOutcome.Status.NOT_APPLICABLE);
    }

    @Test
    void cancellationIsNotComparedAsAmendment() {
        RuleRun run = runWithAmendment(BILL_OF_LADING, bill -> bill.remove(FactNames.CONTAINER).fact(FactNames.PURPOSE_CODE, "1"));

        assertThat(run.findings()).isEmpty();
    }
}
