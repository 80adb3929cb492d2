package org.tradecert.rules.airwaybill;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.airwaybill.v1.AirWaybillType;
import org.tradecert.model.common.v1.LogisticsPackageType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.common.Outcomes;
import org.tradecert.rules.common.Totals;

/** The gross weight on an air waybill is the sum of the gross weights of its packages, where every package states one. */
public final class AirGrossWeightMatchesPackages extends DocumentRule<AirWaybillType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("AWB-GROSS-WEIGHT-SUM", Layer.DOCUMENT_RULES, Severity.ERROR,
            "IATA Resolution 600a, air waybill box 22B (gross weight); IATA ONE Record Piece#grossWeight", "air-waybill");

    public AirGrossWeightMatchesPackages() {
        super(DEFINITION, AirWaybillType.class);
    }

    @Override
    public void check(AirWaybillType waybill, RuleContext context) {
        boolean compared = Totals.checkWeight(context, waybill, "GrossWeightMeasure", waybill.getGrossWeightMeasure(),
                waybill.getPackage().stream().map(LogisticsPackageType::getGrossWeightMeasure).toList());
        if (!compared) {
            context.notApplicable(Outcomes.ABSENT, "Package/GrossWeightMeasure");
        }
    }
}
