package org.tradecert.rules.common;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.checkdigit.AirWaybillNumber;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

import java.util.List;

/**
 * The last digit of an air waybill serial number is the first seven digits of the serial
 * number modulo 7, so a mistyped number is caught before cargo is booked or released under it.
 */
public final class AirWaybillCheckDigit extends DocumentRule<Object> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("COMMON-AWB-CHECK-DIGIT", Layer.DOCUMENT_RULES, Severity.ERROR,
            "IATA Resolution 600a (serial number check digit, modulus 7); IATA ONE Record Waybill#modularCheckNumber");

    public AirWaybillCheckDigit() {
        super(DEFINITION, Object.class);
    }

    @Override
    public void check(Object document, RuleContext context) {
        List<AirWaybillNumbers.Occurrence> numbers = AirWaybillNumbers.all(document);
        if (numbers.isEmpty()) {
            context.notApplicable(Outcomes.ABSENT, "ID");
            return;
        }
        for (AirWaybillNumbers.Occurrence number : numbers) {
            String text = number.number();
            if (!AirWaybillNumbers.LAYOUT.matcher(text).matches()) {
                continue;
            }
            String digits = text.replace("-", "");
            char expected = AirWaybillNumber.checkCharacter(digits.substring(0, 10));
            char actual = digits.charAt(10);
            if (actual != expected) {
                context.mismatch(number.owner(), number.property(), String.valueOf(expected), String.valueOf(actual), text);
            }
        }
    }
}
