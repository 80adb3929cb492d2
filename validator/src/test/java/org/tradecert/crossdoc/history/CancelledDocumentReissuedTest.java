package org.tradecert.crossdoc.history;

import org.junit.jupiter.api.Test;
import org.tradecert.api.RuleOutcome;
import org.tradecert.crossdoc.FactNames;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CancelledDocumentReissuedTest {

    private final CancelledDocumentReissued rule = new CancelledDocumentReissued();

    @Test
    void consistentShipmentsHaveNoCancellation() {
        for (var transaction : List.of(DemoShipments.sea(), DemoShipments.air())) {
            RuleRun run = RuleRun.of(rule, transaction);

            assertThat(run.findings()).isEmpty();
            assertThat(run.status()).isEqualTo(RuleOutcome.Status.NOT_APPLICABLE);
        }
    }

    @Test
    void versionAfterCancellationFires() {
        List<FactsFixture.Doc> documents = DemoShipments.seaDocuments();
        FactsFixture.Doc invoice = DemoShipments.find(documents, DemoShipments.SEA_INVOICE);
        FactsFixture.Doc cancellation = invoice.amend().fact(FactNames.PURPOSE_CODE, "1");
        documents.add(cancellation);
        documents.add(cancellation.amend().replace(FactNames.PURPOSE_CODE, "5"));

        RuleRun run = RuleRun.of(rule, FactsFixture.transaction("sea", documents));

        assertThat(run.status()).isEqualTo(RuleOutcome.Status.FAILED);
        assertThat(run.findings()).hasSize(1);
        assertThat(run.findings().get(0).arguments()).containsExactly("commercial-invoice", DemoShipments.SEA_INVOICE, "3", "2");
        assertThat(run.findings().get(0).evidence()).extracting(evidence -> evidence.value()).containsExactly("5", "1");
    }

    @Test
    void cancellationAsLastVersionPasses() {
        List<FactsFixture.Doc> documents = DemoShipments.seaDocuments();
        FactsFixture.Doc invoice = DemoShipments.find(documents, DemoShipments.SEA_INVOICE);
        documents.add(invoice.amend().fact(FactNames.PURPOSE_CODE, "1"));

        RuleRun run = RuleRun.of(rule, FactsFixture.transaction("sea", documents));

        assertThat(run.findings()).isEmpty();
        assertThat(run.status()).isEqualTo(RuleOutcome.Status.PASSED);
    }
}
