package org.tradecert.rules.common;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.common.v1.TransportEquipmentType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.ModelWalk;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

import java.util.List;

/**
 * Equipment that states an ISO 6346 size and type code is a freight container, so its number
 * is written as ISO 6346 prescribes: three-letter owner code, category letter, six-digit serial
 * number and check digit, eleven characters without spaces.
 */
public final class ContainerNumberFormat extends DocumentRule<Object> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("COMMON-CONTAINER-FORMAT", Layer.DOCUMENT_RULES, Severity.ERROR,
            "ISO 6346 Freight containers, coding, identification and marking (identification system)");

    public ContainerNumberFormat() {
        super(DEFINITION, Object.class);
    }

    @Override
    public void check(Object document, RuleContext context) {
        List<TransportEquipmentType> containers = ModelWalk.findAll(document, TransportEquipmentType.class).stream()
                .filter(equipment -> equipment.getCharacteristicCode() != null && equipment.getID() != null)
                .toList();
        if (containers.isEmpty()) {
            context.notApplicable(Outcomes.ABSENT, "TransportEquipment");
            return;
        }
        for (TransportEquipmentType container : containers) {
            if (!Containers.hasNumberLayout(container.getID())) {
                context.reportAt(container, "ID", container.getID(), container.getCharacteristicCode());
            }
        }
    }
}
