package org.tradecert.rules.common;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.checkdigit.Iso6346;
import org.tradecert.model.common.v1.TransportEquipmentType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.ModelWalk;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

import java.util.List;

/**
 * A container number in the ISO 6346 layout ends in the check digit computed from its first ten
 * characters, so a mistyped number does not send customs or the terminal to the wrong box.
 */
public final class ContainerCheckDigit extends DocumentRule<Object> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("COMMON-CONTAINER-CHECK-DIGIT", Layer.DOCUMENT_RULES, Severity.ERROR,
            "ISO 6346 Freight containers, coding, identification and marking (check digit)");

    public ContainerCheckDigit() {
        super(DEFINITION, Object.class);
    }

    @Override
    public void check(Object document, RuleContext context) {
        List<TransportEquipmentType> containers = ModelWalk.findAll(document, TransportEquipmentType.class).stream()
                .filter(equipment -> Containers.hasNumberLayout(equipment.getID()))
                .toList();
        if (containers.isEmpty()) {
            context.notApplicable(Outcomes.ABSENT, "TransportEquipment");
            return;
        }
        for (TransportEquipmentType container : containers) {
            String number = container.getID();
            char expected = Iso6346.checkCharacter(number.substring(0, 10));
            char actual = number.charAt(10);
            if (actual != expected) {
                context.mismatch(container, "ID", String.valueOf(expected), String.valueOf(actual), number);
            }
        }
    }
}
