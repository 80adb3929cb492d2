package org.tradecert.rules.common;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.checkdigit.ImoNumber;
import org.tradecert.model.common.v1.TransportMeansType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

import java.util.List;

/**
 * An IMO ship identification number ends in the check digit computed from its first six digits,
 * so a vessel is not mistaken for another by a typing error.
 */
public final class ImoCheckDigit extends DocumentRule<Object> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("COMMON-IMO-CHECK-DIGIT", Layer.DOCUMENT_RULES, Severity.ERROR,
            "IMO Resolution A.1117(30), check digit (weights 7 to 2, modulus 10)");

    public ImoCheckDigit() {
        super(DEFINITION, Object.class);
    }

    @Override
    public void check(Object document, RuleContext context) {
        List<TransportMeansType> ships = TransportMeansIdentifiers.withScheme(document, "IMO");
        if (ships.isEmpty()) {
            context.notApplicable(Outcomes.ABSENT, "UsedTransportMeans");
            return;
        }
        for (TransportMeansType ship : ships) {
            String number = ship.getID().getValue();
            if (!ImoNumberFormat.LAYOUT.matcher(number).matches()) {
                continue;
            }
            String digits = number.substring(number.length() - 7);
            char expected = ImoNumber.checkCharacter(digits.substring(0, 6));
            char actual = digits.charAt(6);
            if (actual != expected) {
                context.mismatch(ship, "ID", String.valueOf(expected), String.valueOf(actual), number);
            }
        }
    }
}
