package org.tradecert.rules.declaration;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.goodsdeclaration.v1.DeclarationItemType;
import org.tradecert.model.goodsdeclaration.v1.GoodsDeclarationType;
import org.tradecert.model.udt.v1.MeasureType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

/**
 * The gross and net weights of a declaration are in kilograms (KGM), the unit of the form's
 * 毛重（千克） and 净重（千克） fields. A weight in tonnes or pounds would be read as
 * kilograms by customs systems and be off by a factor of a thousand or more.
 */
public final class WeightsInKilograms extends DocumentRule<GoodsDeclarationType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("DECL-WEIGHT-UNIT", Layer.DOCUMENT_RULES, Severity.ERROR,
            "GACC declaration filling rules: 毛重（千克） and 净重（千克） are stated in kilograms", "goods-declaration");

    static final String KILOGRAM = "KGM";

    public WeightsInKilograms() {
        super(DEFINITION, GoodsDeclarationType.class);
    }

    @Override
    public void check(GoodsDeclarationType declaration, RuleContext context) {
        check(declaration.getGrossWeightMeasure(), "GrossWeightMeasure", context);
        check(declaration.getNetWeightMeasure(), "NetWeightMeasure", context);
        for (DeclarationItemType item : declaration.getItem()) {
            check(item.getNetWeightMeasure(), "Item[" + Items.sequence(item) + "]/NetWeightMeasure", context);
        }
    }

    private static void check(MeasureType weight, String path, RuleContext context) {
        if (weight != null && weight.getUnitCode() != null && !KILOGRAM.equals(weight.getUnitCode())) {
            context.mismatch(weight, "unitCode", KILOGRAM, weight.getUnitCode(), path);
        }
    }
}
