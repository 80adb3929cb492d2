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
 * The type of an event fits the mode of transport of the movement it names. Receipt from the
 * shipper, manifesting and receipt from a flight (RCS, MAN, RCF) are air cargo events and need
 * mode 4. Gate in, gate out, stuffing and stripping of a container (GTIN, GTOT, STUF, STRP) do
 * not take place in air transport.
 */
public final class EventTypeFitsMode extends DocumentRule<TransportEventType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("EVENT-TYPE-MODE", Layer.DOCUMENT_RULES, Severity.ERROR,
            "UNECE Recommendation 19 (modes of transport); IATA cargo status codes RCS, MAN, RCF (air); "
                    + "DCSA Track and Trace 2.2 equipment events GTIN, GTOT, STUF, STRP (container terminals and depots)",
            "transport-event");

    public EventTypeFitsMode() {
        super(DEFINITION, TransportEventType.class);
    }

    @Override
    public void check(TransportEventType event, RuleContext context) {
        TransportMovementType movement = event.getTransportMovement();
        String type = event.getEventTypeCode();
        if (!EventTypes.AIR_EVENTS.contains(type) && !EventTypes.CONTAINER_EVENTS.contains(type)) {
            context.notApplicable(Outcomes.CONDITION_NOT_MET, "EventTypeCode = RCS, MAN, RCF, GTIN, GTOT, STUF, STRP");
            return;
        }
        if (movement == null || movement.getModeCode() == null) {
            context.notApplicable(Outcomes.ABSENT, "TransportMovement/ModeCode");
            return;
        }
        boolean air = EventTypes.AIR_MODE.equals(movement.getModeCode());
        if (EventTypes.AIR_EVENTS.contains(type) != air) {
            context.reportAt(movement, "ModeCode", type, movement.getModeCode());
        }
    }
}
