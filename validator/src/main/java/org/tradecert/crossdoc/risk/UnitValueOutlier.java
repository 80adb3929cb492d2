package org.tradecert.crossdoc.risk;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.crossdoc.CrossContext;
import org.tradecert.crossdoc.CrossDocumentRule;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.TradeTransaction;
import org.tradecert.crossdoc.history.Cancellations;
import org.tradecert.rules.RuleDefinition;

import java.math.BigDecimal;
import java.util.List;

/**
 * P1: the unit value of each goods item (amount per unit, per the declaration or else the
 * invoice) lies within the fences of the reference statistics of its HS subheading. A price
 * far below the usual range is the classic mark of under-invoicing, one far above of
 * over-invoicing; both are reasons to look, not proof.
 */
public final class UnitValueOutlier extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("RISK-P01-UNIT-VALUE", Layer.RISK, Severity.WARNING,
            "JRC fair prices from outlier-free trade data (for OLAF); FATF-Egmont trade-based money laundering risk indicators (2021)");

    private final ReferenceComparison comparison;

    public UnitValueOutlier(ReferenceStatistics table, RiskThresholds thresholds) {
        super(DEFINITION);
        this.comparison = new ReferenceComparison(table, thresholds.fenceMultiplier());
    }

    @Override
    public void check(TradeTransaction transaction, CrossContext context) {
        List<GoodsItem> items = GoodsItem.declaredOrInvoiced(transaction);
        if (items.isEmpty()) {
            context.notApplicable("outcome.crossdoc.absent", FactNames.LINE_HS);
            return;
        }

        ReferenceComparison.Result result = comparison.compare(items, ExchangeRates.of(Cancellations.live(transaction)),
                ReferenceStatistic.Kind.UNIT_VALUE, null, null);
        for (ReferenceComparison.Outlier outlier : result.outliers()) {
            BigDecimal median = outlier.statistic().median();
            context.report(comparison.evidence(outlier), outlier.item().document().documentId(), outlier.item().key(), outlier.item().hs6(),
                    Decimals.showLike(outlier.observed(), median), outlier.statistic().measure(),
                    Decimals.showLike(outlier.fences().lower(), median), Decimals.showLike(outlier.fences().upper(), median),
                    Decimals.showLike(median, median), outlier.percentile());
        }
        if (result.compared() == 0) {
            context.notApplicable(result.reasonKey(), result.reasonArguments().toArray());
        }
    }
}
