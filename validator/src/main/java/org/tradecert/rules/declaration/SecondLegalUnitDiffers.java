package org.tradecert.rules.declaration;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.goodsdeclaration.v1.DeclarationItemType;
import org.tradecert.model.goodsdeclaration.v1.GoodsDeclarationType;
import org.tradecert.model.udt.v1.QuantityType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

/**
 * The second legal quantity is in another unit than the first. The tariff gives a commodity
 * a second statutory unit only when it differs from the first (for example kilograms and
 * pieces), so the same unit twice means one of the two was filled in wrongly.
 */
public final class SecondLegalUnitDiffers extends DocumentRule<GoodsDeclarationType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("DECL-SECOND-LEGAL-UNIT", Layer.DOCUMENT_RULES, Severity.ERROR,
            "China customs tariff statutory units: 法定第一计量单位 and 法定第二计量单位 of a commodity code", "goods-declaration");

    public SecondLegalUnitDiffers() {
        super(DEFINITION, GoodsDeclarationType.class);
    }

    @Override
    public void check(GoodsDeclarationType declaration, RuleContext context) {
        boolean any = false;
        for (DeclarationItemType item : declaration.getItem()) {
            QuantityType first = item.getLegalQuantity();
            QuantityType second = item.getSecondLegalQuantity();
            if (second == null) {
                continue;
            }
            any = true;
            if (first != null && first.getUnitCode() != null && first.getUnitCode().equals(second.getUnitCode())) {
                context.reportAt(second, "unitCode", Items.sequence(item), second.getUnitCode());
            }
        }
        if (!any) {
            context.notApplicable("outcome.absent", "SecondLegalQuantity");
        }
    }
}
