package org.tradecert.rules.event;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.common.v1.TransportMovementType;
import org.tradecert.model.transportevent.v1.TransportEventType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.common.Outcomes;

/**
 * An event that happens to a vessel or aircraft, or to goods going onto or off one, names the
 * voyage or flight: departure, arrival, loading, discharge, manifesting on a flight and receipt
 * from a flight. The movement must give its voyage or flight number or the vessel or aircraft.
 */
public final class TransportEventNamesMovement extends DocumentRule<TransportEventType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("EVENT-MOVEMENT-MISSING", Layer.DOCUMENT_RULES, Severity.ERROR,
            "DCSA Track and Trace 2.2, transport events ARRI and DEPA and their transport call (vessel and voyage); "
                    + "IATA Cargo-IMP / ONE Record status codes MAN and RCF (flight concerned)",
            "transport-event");

    public TransportEventNamesMovement() {
        super(DEFINITION, TransportEventType.class);
    }

    @Override
    public void check(TransportEventType event, RuleContext context) {
        String type = event.getEventTypeCode();
        if (!EventTypes.MOVEMENT_EVENTS.contains(type)) {
            context.notApplicable(Outcomes.CONDITION_NOT_MET, "EventTypeCode = DEPA, ARRI, LOAD, DISC, MAN, RCF");
            return;
        }
        TransportMovementType movement = event.getTransportMovement();
        boolean named = movement != null && (movement.getID() != null || movement.getUsedTransportMeans() != null);
        if (!named) {
            context.reportAt(movement == null ? event : movement, movement == null ? "EventTypeCode" : "ID", type);
        }
    }
}
