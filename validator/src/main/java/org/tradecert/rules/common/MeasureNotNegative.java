package org.tradecert.rules.common;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.udt.v1.MeasureType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

import java.math.BigDecimal;
import java.util.List;

/**
 * No weight or volume is below zero. The schema's decimal type admits a minus sign because
 * other quantities need one, but goods, packages and equipment cannot weigh or measure less than nothing.
 */
public final class MeasureNotNegative extends DocumentRule<Object> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("COMMON-MEASURE-NEGATIVE", Layer.DOCUMENT_RULES, Severity.ERROR,
            "UN/CEFACT CCL Measure. Type (gross weight, net weight, tare weight, volume of goods)");

    public MeasureNotNegative() {
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
            BigDecimal value = measure.value().getValue();
            if (value != null && value.signum() < 0) {
                context.report(measure.value(), measure.xmlName(), Measures.show(measure.value()));
            }
        }
    }
}
