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

/**
 * P3: a unit price stays close to the earlier prices of the same seller, buyer and HS
 * subheading in the run. A sudden jump in a relationship's own series (the price halved for
 * one shipment) points at over- or under-invoicing even when the price is still inside the
 * market's range. Earlier transactions of the run are the series, in ledger order, so the
 * first transactions of a relationship are not judged.
 */
public final class PriceHistoryDeparture extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("RISK-P03-PRICE-HISTORY", Layer.RISK, Severity.WARNING,
            "FATF-Egmont trade-based money laundering risk indicators (2021): over- and under-invoicing");

    private final PriceHistory history;
    private final RiskThresholds thresholds;

    PriceHistoryDeparture(PriceHistory history, RiskThresholds thresholds) {
        super(DEFINITION);
        this.history = history;
        this.thresholds = thresholds;
    }

    @Override
    public void startRun() {
        history.reset();
    }

    @Override
    public void check(TradeTransaction transaction, CrossContext context) {
        if (GoodsItem.declaredOrInvoiced(transaction).isEmpty()) {
            context.notApplicable("outcome.crossdoc.absent", FactNames.LINE_HS);
            return;
        }

        PriceHistory.Assessment assessment = history.assessAndRecord(transaction);
        for (PriceHistory.Departure departure : assessment.departures()) {
            GoodsItem item = departure.item();
            Evidence series = new Evidence("series", "n=" + departure.earlier() + " median=" + Decimals.show(departure.median())
                    + " MAD=" + Decimals.show(departure.mad()) + " " + departure.currency() + "/" + departure.unit(),
                    "trade-transaction", departure.series(), null);
            context.report(List.of(item.document().evidence(FactNames.LINE_AMOUNT, item.amountFact()),
                            item.document().evidence(FactNames.LINE_QUANTITY, item.quantity()), series),
                    item.document().documentId(), item.key(), item.hs6(), Decimals.show(departure.price()), departure.currency() + "/" + departure.unit(),
                    departure.earlier(), Decimals.show(departure.median()), Decimals.show(departure.score()));
        }
        if (assessment.compared() == 0) {
            context.notApplicable("outcome.short-history", thresholds.historyMinimum());
        }
    }
}
