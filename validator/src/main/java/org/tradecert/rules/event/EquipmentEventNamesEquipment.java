package org.tradecert.rules.event;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.transportevent.v1.TransportEventType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.common.Outcomes;

/**
 * An equipment event names the container it concerns. Gate in and out, stuffing and stripping
 * always happen to a container. So do loading and discharge in sea and inland water transport
 * (modes 1 and 8), where cargo travels in containers. Loading and discharge in other modes, such
 * as air cargo loaded loose or in unit load devices, need no container.
 */
public final class EquipmentEventNamesEquipment extends DocumentRule<TransportEventType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("EVENT-EQUIPMENT-MISSING", Layer.DOCUMENT_RULES, Severity.ERROR,
            "DCSA Track and Trace 2.2, equipment events GTIN, GTOT, STUF, STRP, LOAD and DISC and their equipmentReference",
            "transport-event");

    public EquipmentEventNamesEquipment() {
        super(DEFINITION, TransportEventType.class);
    }

    @Override
    public void check(TransportEventType event, RuleContext context) {
        String type = event.getEventTypeCode();
        boolean needsContainer = EventTypes.CONTAINER_EVENTS.contains(type)
                || (EventTypes.HANDLING_EVENTS.contains(type) && event.getTransportMovement() != null
                        && EventTypes.WATER_MODES.contains(event.getTransportMovement().getModeCode()));
        if (!needsContainer) {
            context.notApplicable(Outcomes.CONDITION_NOT_MET, "EventTypeCode = GTIN, GTOT, STUF, STRP; LOAD, DISC at sea");
            return;
        }
        if (event.getTransportEquipment().isEmpty()) {
            context.reportAt(event, "EventTypeCode", type);
        }
    }
}
