package org.tradecert.rules.common;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.common.v1.TransportMeansType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A means of transport identified under the scheme IMO carries an IMO ship identification number:
 * seven digits, optionally written after {@code IMO }.
 */
public final class ImoNumberFormat extends DocumentRule<Object> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("COMMON-IMO-FORMAT", Layer.DOCUMENT_RULES, Severity.ERROR,
            "IMO Resolution A.1117(30), IMO ship identification number scheme");

    static final Pattern LAYOUT = Pattern.compile("(IMO )?[0-9]{7}");

    public ImoNumberFormat() {
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
            if (!LAYOUT.matcher(number).matches()) {
                context.reportAt(ship, "ID", number);
            }
        }
    }
}
