package org.tradecert.rules.airwaybill;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.airwaybill.v1.AirWaybillType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.common.Outcomes;

/** The airport of destination of an air waybill is not also its airport of departure. */
public final class AirportsDiffer extends DocumentRule<AirWaybillType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("AWB-SAME-AIRPORT", Layer.DOCUMENT_RULES, Severity.ERROR,
            "IATA Resolution 600a, air waybill (airport of departure and airport of destination)", "air-waybill");

    public AirportsDiffer() {
        super(DEFINITION, AirWaybillType.class);
    }

    @Override
    public void check(AirWaybillType waybill, RuleContext context) {
        String departure = Airports.code(waybill.getDepartureLocation());
        String destination = Airports.code(waybill.getDestinationLocation());
        if (departure == null || destination == null) {
            context.notApplicable(Outcomes.ABSENT, "DestinationLocation/ID");
            return;
        }
        if (departure.equals(destination)) {
            context.reportAt(waybill.getDestinationLocation(), "ID", destination);
        }
    }
}
