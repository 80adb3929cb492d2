package org.tradecert.crossdoc.risk;

import org.tradecert.api.Evidence;
import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.crossdoc.CrossContext;
import org.tradecert.crossdoc.CrossDocumentRule;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.TradeTransaction;
import org.tradecert.rules.RuleDefinition;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * P9: round invoice totals (whole multiples of 1000 by default) are not frequent among a
 * seller's invoices. Totals computed from quantities and prices are rarely round; a seller
 * whose totals mostly are may be invoicing amounts chosen first and goods fitted after.
 *
 * <p>Per seller the rule counts the totals of the run and the round ones among them, in a
 * summary bounded in sellers and cleared by {@link #startRun}. Once a seller has enough
 * totals and the round share reaches the threshold, the next round total is reported, once
 * per seller and run, so a portfolio raises one warning, not one per invoice.
 */
public final class RoundTotals extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("RISK-P09-ROUND-TOTALS", Layer.RISK, Severity.WARNING,
            "FATF-Egmont trade-based money laundering risk indicators (2021); round-number analysis of amounts", "commercial-invoice");

    /** A seller's totals in the run so far. */
    private static final class Portfolio {
        int totals;
        int round;
        boolean reported;
    }

    private final RiskThresholds thresholds;
    private final RunState<Map<String, Portfolio>> portfolios;

    public RoundTotals(RiskThresholds thresholds) {
        super(DEFINITION);
        this.thresholds = thresholds;
        this.portfolios = new RunState<>(() -> new LeastRecentlyUsed<>(thresholds.summaryCapacity()));
    }

    @Override
    public void startRun() {
        portfolios.reset();
    }

    @Override
    public void check(TradeTransaction transaction, CrossContext context) {
        List<InvoiceTotals.Total> totals = InvoiceTotals.of(transaction);
        if (totals.isEmpty()) {
            context.notApplicable("outcome.crossdoc.absent", FactNames.INVOICE_TOTAL);
            return;
        }

        for (InvoiceTotals.Total total : totals) {
            Portfolio portfolio = portfolios.current().computeIfAbsent(total.seller(), any -> new Portfolio());
            boolean round = isRound(total.amount());
            portfolio.totals++;
            portfolio.round += round ? 1 : 0;

            BigDecimal share = Decimals.percent(BigDecimal.valueOf(portfolio.round), BigDecimal.valueOf(portfolio.totals));
            if (round && !portfolio.reported && portfolio.totals >= thresholds.roundMinimumTotals()
                    && share.compareTo(thresholds.roundSharePercent()) >= 0) {
                portfolio.reported = true;
                Evidence summary = new Evidence("roundTotals", portfolio.round + "/" + portfolio.totals, "trade-transaction", total.seller(), null);
                context.report(List.of(total.invoice().evidence(FactNames.INVOICE_TOTAL, total.fact()), summary), portfolio.round,
                        portfolio.totals, total.seller(), thresholds.roundUnit().toPlainString(), total.invoice().documentId(),
                        total.fact().value(), total.currency());
            }
        }
    }

    /** Checks whether an amount is a whole multiple of the round unit, at least one unit. */
    private boolean isRound(BigDecimal amount) {
        return amount.compareTo(thresholds.roundUnit()) >= 0 && amount.remainder(thresholds.roundUnit()).signum() == 0;
    }
}
