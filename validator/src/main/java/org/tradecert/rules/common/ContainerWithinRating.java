package org.tradecert.rules.common;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.common.v1.TransportEquipmentType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.ModelWalk;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A container's tare plus the gross weight of the cargo in it, its verified gross mass, stays
 * within the highest maximum gross mass rating ISO 668 gives a series 1 container, 36 000 kg.
 * A packed container heavier than that cannot be lifted or stowed safely, and usually means a
 * weight was entered in the wrong unit or the tare was counted twice.
 *
 * <p>NOTE: the limit that binds a given container is the maximum gross mass on its CSC safety
 * approval plate, often 30 480 kg, which the model does not carry; this rule can only apply the
 * highest rating, so it warns instead of rejecting.
 */
public final class ContainerWithinRating extends DocumentRule<Object> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("COMMON-CONTAINER-OVER-RATING", Layer.DOCUMENT_RULES, Severity.WARNING,
            "ISO 668 series 1 freight containers, maximum gross mass ratings; "
                    + "SOLAS chapter VI, regulation 2 (verified gross mass = tare + cargo)");

    /** The highest maximum gross mass of a series 1 container, in kilograms. */
    static final BigDecimal HIGHEST_RATING_KG = new BigDecimal("36000");

    public ContainerWithinRating() {
        super(DEFINITION, Object.class);
    }

    @Override
    public void check(Object document, RuleContext context) {
        List<TransportEquipmentType> containers = ModelWalk.findAll(document, TransportEquipmentType.class).stream()
                .filter(Containers::isContainer)
                .filter(equipment -> equipment.getTareWeightMeasure() != null && equipment.getGrossWeightMeasure() != null)
                .toList();
        if (containers.isEmpty()) {
            context.notApplicable(Outcomes.ABSENT, "TareWeightMeasure");
            return;
        }
        for (TransportEquipmentType container : containers) {
            Optional<BigDecimal> tare = Measures.kilograms(container.getTareWeightMeasure());
            Optional<BigDecimal> cargo = Measures.kilograms(container.getGrossWeightMeasure());
            if (tare.isEmpty() || cargo.isEmpty()) {
                continue;
            }
            BigDecimal total = tare.get().add(cargo.get());
            if (total.compareTo(HIGHEST_RATING_KG) > 0) {
                context.reportAt(container, "GrossWeightMeasure", container.getID(), Measures.show(container.getTareWeightMeasure()),
                        Measures.show(container.getGrossWeightMeasure()), total.stripTrailingZeros().toPlainString() + " KGM",
                        HIGHEST_RATING_KG.toPlainString() + " KGM");
            }
        }
    }
}
