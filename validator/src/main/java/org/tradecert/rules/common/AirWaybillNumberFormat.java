package org.tradecert.rules.common;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

import java.util.List;

/**
 * The number of an airline's air waybill, its own or a referenced one, is the three-digit
 * airline prefix and the eight-digit serial number, written {@code NNN-NNNNNNNN} or as eleven digits.
 */
public final class AirWaybillNumberFormat extends DocumentRule<Object> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("COMMON-AWB-NUMBER-FORMAT", Layer.DOCUMENT_RULES, Severity.ERROR,
            "IATA Resolution 600a (air waybill number: airline prefix and serial number); "
                    + "IATA ONE Record Waybill#waybillPrefix, #waybillNumber");

    public AirWaybillNumberFormat() {
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
            if (!AirWaybillNumbers.LAYOUT.matcher(number.number()).matches()) {
                context.reportAt(number.owner(), number.property(), number.number());
            }
        }
    }
}
