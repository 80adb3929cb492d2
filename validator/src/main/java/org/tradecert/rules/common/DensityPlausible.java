package org.tradecert.rules.common;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.udt.v1.MeasureType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The gross weight and the volume stated for the same goods give a density that goods can have:
 * between that of air, 1.2 kg/m³, and that of osmium, the densest element, 22 590 kg/m³. A value
 * outside those limits is almost always a unit slip, such as cubic centimetres written as cubic
 * metres, which then distorts freight, stowage and the chargeable weight.
 */
public final class DensityPlausible extends DocumentRule<Object> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("COMMON-DENSITY-IMPLAUSIBLE", Layer.DOCUMENT_RULES, Severity.WARNING,
            "Physical limits: density of air at sea level (1.2 kg/m3) and of osmium (22 590 kg/m3)");

    static final BigDecimal LOWEST_KG_PER_M3 = new BigDecimal("1.2");
    static final BigDecimal HIGHEST_KG_PER_M3 = new BigDecimal("22590");

    public DensityPlausible() {
        super(DEFINITION, Object.class);
    }

    @Override
    public void check(Object document, RuleContext context) {
        Map<Object, MeasureType> volumes = new IdentityHashMap<>();
        List<ModelProperties.Property<MeasureType>> measures = ModelProperties.all(document, MeasureType.class);
        for (ModelProperties.Property<MeasureType> measure : measures) {
            if (measure.xmlName().equals("GrossVolumeMeasure")) {
                volumes.put(measure.owner(), measure.value());
            }
        }
        boolean checked = false;
        for (ModelProperties.Property<MeasureType> measure : measures) {
            MeasureType volume = volumes.get(measure.owner());
            if (!measure.xmlName().equals("GrossWeightMeasure") || volume == null) {
                continue;
            }
            Optional<BigDecimal> kilograms = Measures.kilograms(measure.value());
            Optional<BigDecimal> cubicMetres = Measures.cubicMetres(volume);
            if (kilograms.isEmpty() || cubicMetres.isEmpty() || kilograms.get().signum() < 0 || cubicMetres.get().signum() < 0) {
                continue;
            }
            checked = true;
            check(measure.owner(), measure.value(), volume, kilograms.get(), cubicMetres.get(), context);
        }
        if (!checked) {
            context.notApplicable(Outcomes.ABSENT, "GrossVolumeMeasure");
        }
    }

    private static void check(Object owner, MeasureType weight, MeasureType volume, BigDecimal kilograms, BigDecimal cubicMetres,
                              RuleContext context) {
        if (cubicMetres.signum() == 0) {
            if (kilograms.signum() > 0) {
                context.reportAt(owner, "GrossVolumeMeasure", Measures.show(weight), Measures.show(volume), "∞");
            }
            return;
        }
        BigDecimal density = kilograms.divide(cubicMetres, MathContext.DECIMAL64);
        if (density.compareTo(LOWEST_KG_PER_M3) < 0 || density.compareTo(HIGHEST_KG_PER_M3) > 0) {
            String rounded = density.setScale(1, RoundingMode.HALF_UP).toPlainString();
            context.reportAt(owner, "GrossVolumeMeasure", Measures.show(weight), Measures.show(volume), rounded);
        }
    }
}
