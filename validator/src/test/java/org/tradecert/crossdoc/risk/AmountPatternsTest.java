package org.tradecert.crossdoc.risk;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tradecert.api.RuleOutcome;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.TradeTransaction;
import org.tradecert.crossdoc.history.DemoShipments;
import org.tradecert.crossdoc.history.FactsFixture;
import org.tradecert.crossdoc.history.RuleRun;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** P9, amounts across the transactions of a run: repeated totals, round totals and first digits. */
class AmountPatternsTest {

    private final RepeatedTotal repeated = new RepeatedTotal(Shipments.THRESHOLDS);
    private final RoundTotals round = new RoundTotals(Shipments.THRESHOLDS);
    private final FirstDigits digits = new FirstDigits(Shipments.THRESHOLDS);

    @BeforeEach
    void startRun() {
        repeated.startRun();
        round.startRun();
        digits.startRun();
    }

    /** Builds a one-invoice transaction of the demo exporter with the given total and line amounts. */
    private static TradeTransaction invoice(String transaction, String total, String... lines) {
        FactsFixture.Doc invoice = FactsFixture.doc("commercial-invoice", "INV-" + transaction, DemoShipments.EXPORTER)
                .fact(FactNames.SELLER_ID, DemoShipments.EXPORTER).fact(FactNames.INVOICE_TOTAL, total, "USD");
        for (int i = 0; i < lines.length; i++) {
            invoice.fact(FactNames.LINE_AMOUNT, lines[i], "USD", Integer.toString(i + 1));
        }
        return FactsFixture.transaction(transaction, List.of(invoice));
    }

    @Test
    void consistentShipmentsPass() {
        for (TradeTransaction transaction : Shipments.consistent()) {
            assertThat(RuleRun.of(repeated, transaction).status()).isEqualTo(RuleOutcome.Status.PASSED);
            assertThat(RuleRun.of(round, transaction).status()).isEqualTo(RuleOutcome.Status.PASSED);
            assertThat(RuleRun.of(digits, transaction).status()).isEqualTo(RuleOutcome.Status.PASSED);
        }
    }

    @Test
    void sameTotalInLaterShipmentWarns() {
        RuleRun first = RuleRun.of(repeated, invoice("T-1", "235520.00"));
        RuleRun other = RuleRun.of(repeated, invoice("T-2", "102330.00"));
        RuleRun again = RuleRun.of(repeated, invoice("T-3", "235520.0"));

        assertThat(first.findings()).isEmpty();
        assertThat(other.findings()).isEmpty();
        assertThat(again.status()).isEqualTo(RuleOutcome.Status.FAILED);
        assertThat(again.findings().get(0).arguments()).containsExactly("INV-T-3", "235520.0", "USD", "1", "T-1");
        assertThat(again.findings().get(0).evidence().get(1).documentId()).isEqualTo("T-1");
    }

    @Test
    void sameTransactionTwiceIsNoRepeat() {
        TradeTransaction transaction = invoice("T-1", "235520.00");

        RuleRun.of(repeated, transaction);
        RuleRun twice = RuleRun.of(repeated, transaction);

        assertThat(twice.findings()).isEmpty();
    }

    @Test
    void newRunForgetsTotals() {
        RuleRun.of(repeated, invoice("T-1", "235520.00"));
        repeated.startRun();

        assertThat(RuleRun.of(repeated, invoice("T-2", "235520.00")).findings()).isEmpty();
    }

    @Test
    void otherThreadKeepsItsOwnSummary() throws Exception {
        RuleRun.of(repeated, invoice("T-1", "235520.00"));
        List<RuleRun> elsewhere = new ArrayList<>();

        Thread thread = new Thread(() -> elsewhere.add(RuleRun.of(repeated, invoice("T-2", "235520.00"))));
        thread.start();
        thread.join();

        assertThat(elsewhere).singleElement().satisfies(run -> assertThat(run.findings()).isEmpty());
        assertThat(RuleRun.of(repeated, invoice("T-3", "235520.00")).findings()).hasSize(1);
    }

    @Test
    void mostlyRoundTotalsWarnOnce() {
        List<RuleRun> runs = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            String total = i % 4 == 0 ? "12345.67" : i * 1000 + ".00";
            runs.add(RuleRun.of(round, invoice("T-" + i, total)));
        }

        List<Integer> warned = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            if (!runs.get(i).findings().isEmpty()) {
                warned.add(i + 1);
            }
        }
        assertThat(warned).containsExactly(10);
        assertThat(runs.get(9).findings().get(0).arguments())
                .containsExactly("8", "10", DemoShipments.EXPORTER, "1000", "INV-T-10", "10000.00", "USD");
    }

    @Test
    void fewRoundTotalsPass() {
        for (int i = 1; i <= 12; i++) {
            String total = i % 3 == 0 ? i * 1000 + ".00" : i * 1013 + ".37";
            assertThat(RuleRun.of(round, invoice("T-" + i, total)).findings()).isEmpty();
        }
    }

    @Test
    void madeUpLineAmountsDoNotConform() {
        String[] lines = new String[20];
        RuleRun last = null;
        for (int transaction = 0; transaction < 5; transaction++) {
            for (int i = 0; i < lines.length; i++) {
                lines[i] = (5000 + 37 * i + transaction) + ".00";
            }
            last = RuleRun.of(digits, invoice("T-" + transaction, "1.00", lines));
        }

        assertThat(last.findings()).hasSize(1);
        assertThat(last.findings().get(0).arguments().subList(0, 2)).containsExactly(DemoShipments.EXPORTER, "100");
        assertThat(last.findings().get(0).evidence().get(0).value()).startsWith("n=100 1:0 2:0 3:0 4:0 5:100");
    }

    @Test
    void benfordLineAmountsConform() {
        // Amounts growing by 5.92 % a step cross one decade in 40 steps, so their first digits spread as Benford's law predicts.
        java.math.BigDecimal amount = new java.math.BigDecimal("100.00");
        RuleRun last = null;
        for (int transaction = 0; transaction < 5; transaction++) {
            String[] lines = new String[40];
            for (int i = 0; i < lines.length; i++) {
                lines[i] = amount.toPlainString();
                amount = amount.multiply(new java.math.BigDecimal("1.0592")).setScale(2, java.math.RoundingMode.HALF_EVEN);
            }
            last = RuleRun.of(digits, invoice("T-" + transaction, "1.00", lines));
        }

        assertThat(last.findings()).isEmpty();
        assertThat(last.status()).isEqualTo(RuleOutcome.Status.PASSED);
    }

    @Test
    void transactionWithoutInvoiceIsNotApplicable() {
        TradeTransaction events = FactsFixture.transaction("events", List.of(DemoShipments.seaDocuments().get(5)));

        assertThat(RuleRun.of(repeated, events).status()).isEqualTo(RuleOutcome.Status.NOT_APPLICABLE);
        assertThat(RuleRun.of(round, events).status()).isEqualTo(RuleOutcome.Status.NOT_APPLICABLE);
        assertThat(RuleRun.of(digits, events).status()).isEqualTo(RuleOutcome.Status.NOT_APPLICABLE);
    }
}
