package org.tradecert.rules.declaration;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.common.v1.TransportEquipmentType;
import org.tradecert.model.goodsdeclaration.v1.GoodsDeclarationType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.invoice.Mass;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The gross weight of the declaration equals the sum of the cargo gross weights of its
 * containers (tare excluded) when every container states one, compared in kilograms to the
 * gram. A container shared with other consignments may carry more, so a difference is a
 * warning.
 */
public final class EquipmentWeightsMatchDeclaration extends DocumentRule<GoodsDeclarationType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("DECL-EQUIPMENT-WEIGHT", Layer.DOCUMENT_RULES, Severity.WARNING,
            "GACC declaration filling rules: 毛重 and 集装箱号; cargo gross weight per container without tare", "goods-declaration");

    public EquipmentWeightsMatchDeclaration() {
        super(DEFINITION, GoodsDeclarationType.class);
    }

    @Override
    public void check(GoodsDeclarationType declaration, RuleContext context) {
        List<TransportEquipmentType> containers = declaration.getTransportEquipment();
        Optional<BigDecimal> stated = Mass.kilograms(declaration.getGrossWeightMeasure());
        if (containers.isEmpty() || stated.isEmpty()) {
            context.notApplicable("outcome.absent", "TransportEquipment");
            return;
        }

        BigDecimal sum = BigDecimal.ZERO;
        for (TransportEquipmentType container : containers) {
            Optional<BigDecimal> cargo = Mass.kilograms(container.getGrossWeightMeasure());
            if (cargo.isEmpty()) {
                context.notApplicable("outcome.absent", "GrossWeightMeasure");
                return;
            }
            sum = sum.add(cargo.get());
        }

        if (sum.compareTo(stated.get()) != 0) {
            context.mismatch(declaration, "GrossWeightMeasure", Mass.kilogramText(sum), Mass.text(declaration.getGrossWeightMeasure()),
                    containers.size());
        }
    }
}
