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
 * Each flight of an air waybill's routing departs from the airport where the flight before it
 * arrived, so the goods are never expected to move between airports without a carrier.
 */
public final class RoutingConnects extends DocumentRule<AirWaybillType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("AWB-ROUTING-CONNECTS", Layer.DOCUMENT_RULES, Severity.ERROR,
            "IATA Resolution 600a, air waybill routing (to and by the first carrier, then to and by each further carrier)",
            "air-waybill");

    public RoutingConnects() {
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
            String arrived = Airports.code(previous.getUnloadingLocation());
            String departs = Airports.code(next.getLoadingLocation());
            if (arrived != null && departs != null && !arrived.equals(departs)) {
                context.mismatch(next.getLoadingLocation(), "ID", arrived, departs, Airports.flight(previous), Airports.flight(next));
            }
        }
    }
}
