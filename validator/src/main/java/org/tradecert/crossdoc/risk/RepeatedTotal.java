package org.tradecert.crossdoc.risk;

import org.tradecert.api.Evidence;
import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.crossdoc.CrossContext;
import org.tradecert.crossdoc.CrossDocumentRule;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.TradeTransaction;
import org.tradecert.rules.RuleDefinition;

import java.util.List;
import java.util.Map;

/**
 * P9: a seller's invoice total is not the same as the totals of its earlier, different
 * shipments. The same amount invoiced again for another consignment is the pattern of
 * multiple invoicing, where one payment is justified by several sets of documents.
 *
 * <p>The rule keeps a summary across the transactions of a run: per seller, currency and
 * amount, how often the total was seen and in which transaction first. It is bounded (the
 * least recently seen totals are forgotten beyond the capacity) and cleared by
 * {@link #startRun}. Transactions are checked in ledger order, so the first of two
 * identical totals passes and the later one is reported, naming the first.
 */
public final class RepeatedTotal extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("RISK-P09-REPEATED-TOTAL", Layer.RISK, Severity.WARNING,
            "FATF-Egmont trade-based money laundering risk indicators (2021): multiple invoicing", "commercial-invoice");

    /** How often a total was seen, in which transaction first and last. */
    private static final class Seen {
        int transactions;
        String first;
        String last;
    }

    private final RiskThresholds thresholds;
    private final RunState<Map<String, Seen>> seen;

    public RepeatedTotal(RiskThresholds thresholds) {
        super(DEFINITION);
        this.thresholds = thresholds;
        this.seen = new RunState<>(() -> new LeastRecentlyUsed<>(thresholds.summaryCapacity()));
    }

    @Override
    public void startRun() {
        seen.reset();
    }

    @Override
    public void check(TradeTransaction transaction, CrossContext context) {
        List<InvoiceTotals.Total> totals = InvoiceTotals.of(transaction);
        if (totals.isEmpty()) {
            context.notApplicable("outcome.crossdoc.absent", FactNames.INVOICE_TOTAL);
            return;
        }

        Map<String, Seen> summary = seen.current();
        for (InvoiceTotals.Total total : totals) {
            String key = total.seller() + "\u0000" + total.amountKey();
            Seen earlier = summary.computeIfAbsent(key, any -> new Seen());
            // The same transaction seen again (two invoices with one total, or one ledger given twice) is not another shipment.
            if (transaction.id().equals(earlier.last)) {
                continue;
            }
            if (earlier.transactions >= thresholds.repeatedTotalMinimum()) {
                Evidence history = new Evidence("earlierTransactions", earlier.transactions + " first=" + earlier.first, "trade-transaction",
                        earlier.first, null);
                context.report(List.of(total.invoice().evidence(FactNames.INVOICE_TOTAL, total.fact()), history),
                        total.invoice().documentId(), total.fact().value(), total.currency(), earlier.transactions, earlier.first);
            }
            earlier.transactions++;
            earlier.first = earlier.first == null ? transaction.id() : earlier.first;
            earlier.last = transaction.id();
        }
    }
}
