package org.tradecert.rules.common;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.udt.v1.MeasureType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

import java.util.List;
import java.util.Optional;

/**
 * A weight is given in a unit of mass and a volume in a unit of volume. The code-list layer only
 * checks that a code is in UNECE Recommendation 20, so a weight in cubic metres passes it and
 * then cannot be added to, or compared with, any other weight.
 *
 * <p>The accepted units are those {@link Measures} converts: KGM, GRM, MGM, HGM, DTN, TNE, LBR,
 * ONZ, STN and LTN for mass; MTQ, DMQ, LTR, HLT, CMQ, MLT, MMQ, INQ, FTQ, YDQ, GLL and GLI for volume.
 */
public final class MeasureUnitFitsProperty extends DocumentRule<Object> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("COMMON-MEASURE-UNIT", Layer.DOCUMENT_RULES, Severity.ERROR,
            "UNECE Recommendation 20, units of measure (quantity: mass, volume)");

    public MeasureUnitFitsProperty() {
        super(DEFINITION, Object.class);
    }

    @Override
    public void check(Object document, RuleContext context) {
        List<ModelProperties.Property<MeasureType>> measures = ModelProperties.all(document, MeasureType.class);
        if (measures.isEmpty()) {
            context.notApplicable(Outcomes.ABSENT, "Measure");
            return;
        }
        for (ModelProperties.Property<MeasureType> measure : measures) {
            Measures.Kind expected = kindOf(measure.xmlName());
            MeasureType value = measure.value();
            if (expected == null || value.getUnitCode() == null || value.getValue() == null) {
                continue;
            }
            Optional<Measures.Kind> actual = Measures.kindOf(value.getUnitCode());
            if (actual.isEmpty() || actual.get() != expected) {
                context.reportAt(value, "unitCode", measure.xmlName(), Measures.show(value), Measures.unitsOf(expected));
            }
        }
    }

    /** The kind a property must have by its name: every weight property ends in WeightMeasure, every volume property in VolumeMeasure. */
    private static Measures.Kind kindOf(String xmlName) {
        if (xmlName.endsWith("WeightMeasure")) {
            return Measures.Kind.MASS;
        }
        if (xmlName.endsWith("VolumeMeasure")) {
            return Measures.Kind.VOLUME;
        }
        return null;
    }
}
