package org.tradecert.rules.airwaybill;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.airwaybill.v1.AirWaybillType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.common.Measures;
import org.tradecert.rules.common.Outcomes;

import java.util.Optional;

/**
 * The chargeable weight of an air waybill is not below its gross weight: air freight is charged
 * on the higher of the actual gross weight and the volume weight, so it can never be less than
 * what the consignment weighs.
 */
public final class ChargeableWeightNotBelowGross extends DocumentRule<AirWaybillType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("AWB-CHARGEABLE-BELOW-GROSS", Layer.DOCUMENT_RULES, Severity.ERROR,
            "IATA TACT Rules (chargeable weight: the higher of the actual gross weight and the volume weight); "
                    + "IATA ONE Record WaybillLineItem#chargeableWeight",
            "air-waybill");

    public ChargeableWeightNotBelowGross() {
        super(DEFINITION, AirWaybillType.class);
    }

    @Override
    public void check(AirWaybillType waybill, RuleContext context) {
        Optional<Integer> order = Measures.compare(waybill.getChargeableWeightMeasure(), waybill.getGrossWeightMeasure(), Measures.Kind.MASS);
        if (order.isEmpty()) {
            context.notApplicable(Outcomes.ABSENT, "ChargeableWeightMeasure");
            return;
        }
        if (order.get() < 0) {
            context.reportAt(waybill, "ChargeableWeightMeasure", Measures.show(waybill.getChargeableWeightMeasure()),
                    Measures.show(waybill.getGrossWeightMeasure()));
        }
    }
}
