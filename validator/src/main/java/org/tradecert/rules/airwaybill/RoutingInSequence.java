package org.tradecert.rules.airwaybill;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.airwaybill.v1.AirWaybillType;
import org.tradecert.model.common.v1.TransportMovementType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.common.Outcomes;
import org.tradecert.rules.common.Times;

import java.util.List;

/**
 * Each flight of an air waybill's routing departs after the flight before it arrives, because the
 * goods could not make the connection otherwise. The times are compared as instants with their offsets.
 */
public final class RoutingInSequence extends DocumentRule<AirWaybillType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("AWB-ROUTING-SEQUENCE", Layer.DOCUMENT_RULES, Severity.ERROR,
            "IATA Resolution 600a, air waybill routing (in the order of carriage)", "air-waybill");

    public RoutingInSequence() {
        super(DEFINITION, AirWaybillType.class);
    }

    @Override
    public void check(AirWaybillType waybill, RuleContext context) {
        List<TransportMovementType> flights = waybill.getTransportMovement();
        if (flights.size() < 2) {
            context.notApplicable(Outcomes.ABSENT, "TransportMovement[2]");
            return;
        }
        for (int i = 1; i < flights.size(); i++) {
            TransportMovementType previous = flights.get(i - 1);
            TransportMovementType next = flights.get(i);
            if (previous.getArrivalDateTime() != null && next.getDepartureDateTime() != null
                    && next.getDepartureDateTime().isBefore(previous.getArrivalDateTime())) {
                context.reportAt(next, "DepartureDateTime", Airports.flight(next), Times.show(next.getDepartureDateTime()),
                        Airports.flight(previous), Times.show(previous.getArrivalDateTime()));
            }
        }
    }
}
