package org.tradecert.rules.event;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.common.v1.LogisticsLocationType;
import org.tradecert.model.common.v1.TransportMovementType;
import org.tradecert.model.transportevent.v1.TransportEventType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.common.Outcomes;

/**
 * An event of the start or end of a movement happens where the movement it names starts or ends.
 * Loading, departure, receipt from the shipper and manifesting happen at the movement's port or
 * airport of loading. Discharge, arrival and receipt from the flight happen at its port or airport of discharge.
 */
public final class EventLocationOnRoute extends DocumentRule<TransportEventType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("EVENT-LOCATION-OFF-ROUTE", Layer.DOCUMENT_RULES, Severity.ERROR,
            "DCSA Track and Trace 2.2 (transport call: the port of the event); "
                    + "UN/CEFACT MMT RDM Transport_ Event. Occurrence. Logistics_ Location",
            "transport-event");

    public EventLocationOnRoute() {
        super(DEFINITION, TransportEventType.class);
    }

    @Override
    public void check(TransportEventType event, RuleContext context) {
        TransportMovementType movement = event.getTransportMovement();
        String type = event.getEventTypeCode();
        if (!EventTypes.AT_LOADING.contains(type) && !EventTypes.AT_UNLOADING.contains(type)) {
            context.notApplicable(Outcomes.CONDITION_NOT_MET, "EventTypeCode = LOAD, DEPA, RCS, MAN, DISC, ARRI, RCF");
            return;
        }
        LogisticsLocationType expected = null;
        if (movement != null && EventTypes.AT_LOADING.contains(type)) {
            expected = movement.getLoadingLocation();
        } else if (movement != null && EventTypes.AT_UNLOADING.contains(type)) {
            expected = movement.getUnloadingLocation();
        }
        String where = event.getEventLocation() == null ? null : event.getEventLocation().getID();
        if (expected == null || expected.getID() == null || where == null) {
            context.notApplicable(Outcomes.ABSENT, "TransportMovement/LoadingLocation");
            return;
        }
        if (!expected.getID().equals(where)) {
            context.mismatch(event.getEventLocation(), "ID", expected.getID(), where, type);
        }
    }
}
