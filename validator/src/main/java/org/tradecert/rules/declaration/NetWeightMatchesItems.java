package org.tradecert.rules.declaration;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.goodsdeclaration.v1.DeclarationItemType;
import org.tradecert.model.goodsdeclaration.v1.GoodsDeclarationType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.invoice.Mass;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The net weight of the declaration equals the sum of the item net weights when every item
 * states one, compared in kilograms to the gram. The total is what customs compares with the
 * packing list and the transport document, so it must agree with the items it totals.
 */
public final class NetWeightMatchesItems extends DocumentRule<GoodsDeclarationType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("DECL-NET-WEIGHT-SUM", Layer.DOCUMENT_RULES, Severity.ERROR,
            "GACC declaration filling rules: 净重 of the declaration as the total of the declared goods", "goods-declaration");

    public NetWeightMatchesItems() {
        super(DEFINITION, GoodsDeclarationType.class);
    }

    @Override
    public void check(GoodsDeclarationType declaration, RuleContext context) {
        Optional<BigDecimal> stated = Mass.kilograms(declaration.getNetWeightMeasure());
        if (stated.isEmpty() || declaration.getItem().isEmpty()) {
            context.notApplicable("outcome.absent", "NetWeightMeasure");
            return;
        }

        BigDecimal sum = BigDecimal.ZERO;
        for (DeclarationItemType item : declaration.getItem()) {
            Optional<BigDecimal> weight = Mass.kilograms(item.getNetWeightMeasure());
            if (weight.isEmpty()) {
                context.notApplicable("outcome.absent", "NetWeightMeasure");
                return;
            }
            sum = sum.add(weight.get());
        }

        if (sum.compareTo(stated.get()) != 0) {
            context.mismatch(declaration, "NetWeightMeasure", Mass.kilogramText(sum), Mass.text(declaration.getNetWeightMeasure()),
                    declaration.getItem().size());
        }
    }
}
