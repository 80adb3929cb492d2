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
 * The net weight of the declaration, and of each item, is not above the gross weight of the
 * declaration: the gross weight is the goods with their packaging, the net weight the goods
 * without their outer packaging. Weights are compared in kilograms to the gram.
 */
public final class NetWeightNotAboveGrossWeight extends DocumentRule<GoodsDeclarationType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("DECL-NET-GROSS-WEIGHT", Layer.DOCUMENT_RULES, Severity.ERROR,
            "GACC declaration filling rules: 毛重 (goods and packaging) and 净重 (gross weight less the outer packaging)",
            "goods-declaration");

    public NetWeightNotAboveGrossWeight() {
        super(DEFINITION, GoodsDeclarationType.class);
    }

    @Override
    public void check(GoodsDeclarationType declaration, RuleContext context) {
        Optional<BigDecimal> gross = Mass.kilograms(declaration.getGrossWeightMeasure());
        if (gross.isEmpty()) {
            context.notApplicable("outcome.absent", "GrossWeightMeasure");
            return;
        }

        Optional<BigDecimal> net = Mass.kilograms(declaration.getNetWeightMeasure());
        if (net.isPresent() && net.get().compareTo(gross.get()) > 0) {
            context.reportAt(declaration, "NetWeightMeasure", "NetWeightMeasure", Mass.text(declaration.getNetWeightMeasure()),
                    Mass.text(declaration.getGrossWeightMeasure()));
        }
        for (DeclarationItemType item : declaration.getItem()) {
            Optional<BigDecimal> itemNet = Mass.kilograms(item.getNetWeightMeasure());
            if (itemNet.isPresent() && itemNet.get().compareTo(gross.get()) > 0) {
                context.reportAt(item, "NetWeightMeasure", "Item[" + Items.sequence(item) + "]/NetWeightMeasure",
                        Mass.text(item.getNetWeightMeasure()), Mass.text(declaration.getGrossWeightMeasure()));
            }
        }
    }
}
