package org.tradecert.crossdoc.risk;

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

/** P5, payment against invoice: over-payment, split payments, another currency and a payer in a third country. */
class PaymentIndicatorsTest {

    private static final List<CrossDocumentRule> RULES = List.of(new OverPayment(), new SplitPayment(Shipments.THRESHOLDS),
            new PaymentCurrency(), new ThirdCountryPayment());

    /** A further payment of the sea invoice by the buyer's bank. */
    private static FactsFixture.Doc payment(String id, String amount, String currency) {
        return FactsFixture.doc("payment-advice", id, DemoShipments.BANK)
                .fact(FactNames.DOCUMENT_NUMBER, id).fact(FactNames.PAYER_ID, DemoShipments.SEA_BUYER)
                .fact(FactNames.PAYER_COUNTRY, "NL").fact(FactNames.PAYER_BANK_COUNTRY, "NL")
                .fact(FactNames.INSTRUCTED_AMOUNT, amount, currency).fact(FactNames.PAID_AMOUNT, amount, currency)
                .fact(FactNames.REMITTED_INVOICE, DemoShipments.SEA_INVOICE, amount + " " + currency);
    }

    @Test
    void consistentShipmentsPass() {
        for (CrossDocumentRule rule : RULES) {
            for (TradeTransaction transaction : Shipments.consistent()) {
                RuleRun run = RuleRun.of(rule, transaction);

                assertThat(run.findings()).as(rule.definition().id()).isEmpty();
                assertThat(run.status()).as(rule.definition().id()).isEqualTo(RuleOutcome.Status.PASSED);
            }
        }
    }

    @Test
    void paymentTwiceIsOverPayment() {
        List<FactsFixture.Doc> documents = DemoShipments.seaDocuments();
        documents.add(payment("HHCB-PA-2026-110999", "235520.00", "USD"));

        RuleRun run = RuleRun.of(new OverPayment(), Shipments.transaction("sea", documents));

        assertThat(run.status()).isEqualTo(RuleOutcome.Status.FAILED);
        assertThat(run.findings().get(0).arguments()).containsExactly(DemoShipments.SEA_INVOICE, "471040.00", "USD", "235520.00", "2", "100.0");
        assertThat(run.findings().get(0).evidence()).extracting(evidence -> evidence.label())
                .containsExactly(FactNames.REMITTED_INVOICE, FactNames.REMITTED_INVOICE, FactNames.AMOUNT_DUE);
    }

    @Test
    void paymentWithinToleranceIsNoOverPayment() {
        List<FactsFixture.Doc> documents = DemoShipments.seaDocuments();
        Shipments.payment(documents).replace(FactNames.REMITTED_INVOICE, DemoShipments.SEA_INVOICE, "236600.00 USD");

        RuleRun run = RuleRun.of(new OverPayment(), Shipments.transaction("sea", documents));

        assertThat(run.findings()).isEmpty();
    }

    @Test
    void paymentInOtherCurrencyCountsOnlyWithRate() {
        List<FactsFixture.Doc> documents = DemoShipments.seaDocuments();
        documents.add(payment("HHCB-PA-2026-110999", "1000000.00", "CNY"));

        RuleRun withoutRate = RuleRun.of(new OverPayment(), Shipments.transaction("sea", documents));
        Shipments.payment(documents).fact(FactNames.EXCHANGE_RATE, "7.1", "USD/CNY");
        RuleRun withRate = RuleRun.of(new OverPayment(), Shipments.transaction("sea", documents));

        assertThat(withoutRate.findings()).isEmpty();
        assertThat(withRate.findings()).hasSize(1);
    }

    @Test
    void threePaymentsAreSplit() {
        List<FactsFixture.Doc> documents = DemoShipments.seaDocuments();
        documents.remove(Shipments.payment(documents));
        documents.add(payment("P-1", "78500.00", "USD"));
        documents.add(payment("P-2", "78500.00", "USD"));
        documents.add(payment("P-3", "78520.00", "USD"));

        RuleRun split = RuleRun.of(new SplitPayment(Shipments.THRESHOLDS), Shipments.transaction("sea", documents));
        RuleRun over = RuleRun.of(new OverPayment(), Shipments.transaction("sea", documents));

        assertThat(split.findings()).hasSize(1);
        assertThat(split.findings().get(0).arguments()).containsExactly(DemoShipments.SEA_INVOICE, "3", "2");
        assertThat(split.findings().get(0).evidence()).hasSize(4);
        assertThat(over.findings()).isEmpty();
    }

    @Test
    void paymentInEuroShowsStatedRate() {
        List<FactsFixture.Doc> documents = DemoShipments.seaDocuments();
        Shipments.payment(documents).replace(FactNames.REMITTED_INVOICE, DemoShipments.SEA_INVOICE, "216678.40 EUR")
                .fact(FactNames.EXCHANGE_RATE, "0.92", "USD/EUR");

        RuleRun run = RuleRun.of(new PaymentCurrency(), Shipments.transaction("sea", documents));

        assertThat(run.findings()).hasSize(1);
        assertThat(run.findings().get(0).arguments()).containsExactly("HHCB-PA-2026-110912", "EUR", DemoShipments.SEA_INVOICE, "USD");
        assertThat(run.findings().get(0).evidence()).extracting(evidence -> evidence.label())
                .containsExactly(FactNames.REMITTED_INVOICE, FactNames.AMOUNT_DUE, FactNames.EXCHANGE_RATE);
    }

    @Test
    void bankInThirdCountryWarns() {
        List<FactsFixture.Doc> documents = DemoShipments.seaDocuments();
        Shipments.payment(documents).replace(FactNames.PAYER_BANK_COUNTRY, "HK");

        RuleRun run = RuleRun.of(new ThirdCountryPayment(), Shipments.transaction("sea", documents));

        assertThat(run.findings()).hasSize(1);
        assertThat(run.findings().get(0).arguments()).containsExactly("HHCB-PA-2026-110912", "NL", "HK", "NL");
        assertThat(run.findings().get(0).evidence().get(0).label()).isEqualTo(FactNames.PAYER_BANK_COUNTRY);
    }

    @Test
    void payerInThirdCountryWarns() {
        List<FactsFixture.Doc> documents = DemoShipments.airDocuments();
        DemoShipments.find(documents, "HHCB-PA-2026-111907").replace(FactNames.PAYER_COUNTRY, "AE").replace(FactNames.PAYER_BANK_COUNTRY, "AE");

        RuleRun run = RuleRun.of(new ThirdCountryPayment(), Shipments.transaction("air", documents));

        assertThat(run.findings()).hasSize(1);
        assertThat(run.findings().get(0).evidence()).extracting(evidence -> evidence.label())
                .containsExactly(FactNames.PAYER_COUNTRY, FactNames.PAYER_BANK_COUNTRY, FactNames.BUYER_COUNTRY, FactNames.DESTINATION_COUNTRY);
    }

    @Test
    void withoutPaymentEveryIndicatorIsNotApplicable() {
        List<FactsFixture.Doc> documents = DemoShipments.seaDocuments();
        documents.remove(Shipments.payment(documents));

        for (CrossDocumentRule rule : RULES) {
            RuleRun run = RuleRun.of(rule, Shipments.transaction("sea", documents));

            assertThat(run.status()).as(rule.definition().id()).isEqualTo(RuleOutcome.Status.NOT_APPLICABLE);
            assertThat(run.outcome().reasonArguments()).as(rule.definition().id()).containsExactly("payment-advice");
        }
    }
}
