package org.tradecert.crossdoc.risk;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.crossdoc.CrossContext;
import org.tradecert.crossdoc.CrossDocumentRule;
import org.tradecert.crossdoc.TradeTransaction;
import org.tradecert.rules.RuleDefinition;

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
        comparison.reportOutliers(transaction, context, ReferenceStatistic.Kind.UNIT_VALUE);
    }
}
