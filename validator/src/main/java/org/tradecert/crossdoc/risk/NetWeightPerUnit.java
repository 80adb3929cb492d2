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
 * P10: the net weight per unit of each goods item (kilograms per piece, for example) lies
 * within the fences of the reference statistics of its HS subheading. One kilogram per
 * television set, or a tonne per mobile phone, means that the quantity, the unit, the weight
 * or the description is not what was shipped.
 */
public final class NetWeightPerUnit extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("RISK-P10-WEIGHT-PER-UNIT", Layer.RISK, Severity.WARNING,
            "customs targeting practice: net weight per unit against the norm of the HS subheading");

    private final ReferenceComparison comparison;

    public NetWeightPerUnit(ReferenceStatistics table, RiskThresholds thresholds) {
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
                ReferenceStatistic.Kind.UNIT_WEIGHT, null, null);
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
