package org.tradecert.crossdoc.risk;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.crossdoc.CrossContext;
import org.tradecert.crossdoc.CrossDocumentRule;
import org.tradecert.crossdoc.TradeTransaction;
import org.tradecert.rules.RuleDefinition;

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
        comparison.reportOutliers(transaction, context, ReferenceStatistic.Kind.UNIT_WEIGHT);
    }
}
