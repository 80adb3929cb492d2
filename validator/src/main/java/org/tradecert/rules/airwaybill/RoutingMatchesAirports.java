package org.tradecert.rules.airwaybill;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.airwaybill.v1.AirWaybillType;
import org.tradecert.model.common.v1.TransportMovementType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.common.Outcomes;

import java.util.List;

/**
 * The routing of an air waybill starts at its airport of departure and ends at its airport of
 * destination: the first flight loads where the air waybill states that the carriage begins, and the
 * last unloads where it ends.
 */
public final class RoutingMatchesAirports extends DocumentRule<AirWaybillType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("AWB-ROUTING-ENDS", Layer.DOCUMENT_RULES, Severity.ERROR,
            "IATA Resolution 600a, air waybill (airport of departure, airport of destination and routing)",
            "air-waybill");

    public RoutingMatchesAirports() {
        super(DEFINITION, AirWaybillType.class);
    }

    @Override
    public void check(AirWaybillType waybill, RuleContext context) {
        List<TransportMovementType> flights = waybill.getTransportMovement();
        if (flights.isEmpty()) {
            context.notApplicable(Outcomes.ABSENT, "TransportMovement");
            return;
        }
        TransportMovementType first = flights.get(0);
        TransportMovementType last = flights.get(flights.size() - 1);
        String departure = Airports.code(waybill.getDepartureLocation());
        String destination = Airports.code(waybill.getDestinationLocation());
        String loading = Airports.code(first.getLoadingLocation());
        String unloading = Airports.code(last.getUnloadingLocation());
        if (departure != null && loading != null && !departure.equals(loading)) {
            context.mismatch(first.getLoadingLocation(), "ID", departure, loading, Airports.flight(first));
        }
        if (destination != null && unloading != null && !destination.equals(unloading)) {
            context.mismatch(last.getUnloadingLocation(), "ID", destination, unloading, Airports.flight(last));
        }
    }
}
