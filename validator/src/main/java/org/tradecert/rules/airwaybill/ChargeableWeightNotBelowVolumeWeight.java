package org.tradecert.rules.airwaybill;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.airwaybill.v1.AirWaybillType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.common.Measures;
import org.tradecert.rules.common.Outcomes;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The chargeable weight of an air waybill is not below the volume weight of the consignment, its
 * volume at 6000 cubic centimetres to the kilogram (1 m³ = 166.67 kg): light, bulky cargo is
 * charged for the space it takes in the aircraft.
 */
public final class ChargeableWeightNotBelowVolumeWeight extends DocumentRule<AirWaybillType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("AWB-CHARGEABLE-BELOW-VOLUME-WEIGHT", Layer.DOCUMENT_RULES, Severity.ERROR,
            "IATA TACT Rules (volume weight: 6000 cubic centimetres per kilogram); "
                    + "IATA ONE Record WaybillLineItem#chargeableWeight",
            "air-waybill");

    /** The IATA volume ratio: 6000 cubic centimetres of cargo are charged as one kilogram. */
    static final BigDecimal CUBIC_CENTIMETRES_PER_KILOGRAM = new BigDecimal("6000");
    private static final BigDecimal CUBIC_CENTIMETRES_PER_CUBIC_METRE = new BigDecimal("1000000");

    public ChargeableWeightNotBelowVolumeWeight() {
        super(DEFINITION, AirWaybillType.class);
    }

    @Override
    public void check(AirWaybillType waybill, RuleContext context) {
        Optional<BigDecimal> chargeable = Measures.kilograms(waybill.getChargeableWeightMeasure());
        Optional<BigDecimal> cubicMetres = Measures.cubicMetres(waybill.getGrossVolumeMeasure());
        if (chargeable.isEmpty() || cubicMetres.isEmpty()) {
            context.notApplicable(Outcomes.ABSENT, "GrossVolumeMeasure");
            return;
        }
        BigDecimal volumeWeight = cubicMetres.get().multiply(CUBIC_CENTIMETRES_PER_CUBIC_METRE)
                .divide(CUBIC_CENTIMETRES_PER_KILOGRAM, MathContext.DECIMAL64);
        if (chargeable.get().compareTo(volumeWeight) < 0) {
            context.reportAt(waybill, "ChargeableWeightMeasure", Measures.show(waybill.getChargeableWeightMeasure()),
                    volumeWeight.setScale(2, RoundingMode.HALF_UP).toPlainString() + " KGM", Measures.show(waybill.getGrossVolumeMeasure()));
        }
    }
}
