package org.tradecert.rules.declaration;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.goodsdeclaration.v1.DeclarationItemType;
import org.tradecert.model.goodsdeclaration.v1.GoodsDeclarationType;
import org.tradecert.model.udt.v1.QuantityType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.invoice.Mass;
import org.tradecert.rules.invoice.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A legal quantity in kilograms equals the item's net weight, because the filling rules state
 * a quantity whose statutory unit is the kilogram as the net weight. The rules name
 * exceptions (goods priced by gross weight, conditioned weight, or the liquid content of
 * retail packs), so a difference is a warning for the declarant to confirm.
 */
public final class LegalWeightMatchesNetWeight extends DocumentRule<GoodsDeclarationType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("DECL-LEGAL-QUANTITY-WEIGHT", Layer.DOCUMENT_RULES, Severity.WARNING,
            "GACC declaration filling rules: a legal quantity in kilograms is declared as the net weight, with stated exceptions",
            "goods-declaration");

    public LegalWeightMatchesNetWeight() {
        super(DEFINITION, GoodsDeclarationType.class);
    }

    @Override
    public void check(GoodsDeclarationType declaration, RuleContext context) {
        for (DeclarationItemType item : declaration.getItem()) {
            Optional<BigDecimal> net = Mass.kilograms(item.getNetWeightMeasure());
            if (net.isEmpty()) {
                continue;
            }
            compare(item, "LegalQuantity", item.getLegalQuantity(), net.get(), context);
            compare(item, "SecondLegalQuantity", item.getSecondLegalQuantity(), net.get(), context);
        }
    }

    private static void compare(DeclarationItemType item, String property, QuantityType legal, BigDecimal netKilograms, RuleContext context) {
        if (legal == null || legal.getValue() == null || !WeightsInKilograms.KILOGRAM.equals(legal.getUnitCode())) {
            return;
        }
        BigDecimal legalKilograms = legal.getValue().setScale(Mass.COMPARISON_SCALE, RoundingMode.HALF_UP);
        if (legalKilograms.compareTo(netKilograms) != 0) {
            context.mismatch(item, property, Mass.kilogramText(netKilograms), Money.plain(legal.getValue()) + " " + legal.getUnitCode(),
                    "Item[" + Items.sequence(item) + "]/" + property);
        }
    }
}
