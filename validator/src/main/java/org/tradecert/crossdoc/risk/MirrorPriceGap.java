package org.tradecert.crossdoc.risk;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.crossdoc.CrossContext;
import org.tradecert.crossdoc.CrossDocumentRule;
import org.tradecert.crossdoc.DocumentFacts;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.TradeTransaction;
import org.tradecert.crossdoc.history.Cancellations;
import org.tradecert.rules.RuleDefinition;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * P2: the unit value of each goods item lies within the fences of the destination country's
 * own import statistics for the subheading (the mirror of the export). Both sides record the
 * same goods; a shipment priced far from what the importing country records for them suggests
 * that one side's price is not the real one. Import statistics usually include freight and
 * insurance, so a gap of a few percent is normal; the fences are wide enough for that.
 */
public final class MirrorPriceGap extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("RISK-P02-MIRROR-GAP", Layer.RISK, Severity.WARNING,
            "mirror trade statistics (UN Comtrade partner data); FATF-Egmont trade-based money laundering risk indicators (2021)");

    private final ReferenceComparison comparison;

    public MirrorPriceGap(ReferenceStatistics table, RiskThresholds thresholds) {
        super(DEFINITION);
        this.comparison = new ReferenceComparison(table, thresholds.fenceMultiplier());
    }

    @Override
    public void check(TradeTransaction transaction, CrossContext context) {
        List<GoodsItem> items = GoodsItem.declaredOrInvoiced(transaction);
        String destination = destination(transaction);
        if (items.isEmpty()) {
            context.notApplicable("outcome.crossdoc.absent", FactNames.LINE_HS);
            return;
        }
        if (destination == null) {
            context.notApplicable("outcome.crossdoc.absent", FactNames.DESTINATION_COUNTRY);
            return;
        }

        ReferenceComparison.Result result = comparison.compare(items, ExchangeRates.of(Cancellations.live(transaction)),
                ReferenceStatistic.Kind.UNIT_VALUE, "import", destination);
        for (ReferenceComparison.Outlier outlier : result.outliers()) {
            BigDecimal median = outlier.statistic().median();
            BigDecimal gap = Decimals.percent(outlier.observed().subtract(median), median);
            context.report(comparison.evidence(outlier), outlier.item().document().documentId(), outlier.item().key(), outlier.item().hs6(),
                    Decimals.showLike(outlier.observed(), median), outlier.statistic().measure(), Decimals.showPercent(gap),
                    Decimals.showLike(median, median), destination, Decimals.showLike(outlier.fences().lower(), median),
                    Decimals.showLike(outlier.fences().upper(), median));
        }
        if (result.compared() == 0) {
            context.notApplicable(result.reasonKey(), result.reasonArguments().toArray());
        }
    }

    /** Returns the destination country: the declaration's, else the first any live document states. */
    private static String destination(TradeTransaction transaction) {
        String found = null;
        for (DocumentFacts document : Cancellations.live(transaction)) {
            if (document.has(FactNames.DESTINATION_COUNTRY)) {
                String country = document.first(FactNames.DESTINATION_COUNTRY).value().strip().toUpperCase(Locale.ROOT);
                if (document.documentType().equals("goods-declaration")) {
                    return country;
                }
                found = found == null ? country : found;
            }
        }
        return found;
    }
}
