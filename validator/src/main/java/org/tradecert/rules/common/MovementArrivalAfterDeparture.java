package org.tradecert.rules.common;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.common.v1.TransportMovementType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.ModelWalk;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

import java.util.List;

/**
 * A voyage or flight arrives after it departs. Both times carry their own offsets, the departure
 * that of the port of loading and the arrival that of the port of discharge, so they are compared
 * as instants. A flight leaving Tianjin at 01:30+08:00 and landing in Frankfurt at 07:45+01:00 the
 * same day takes eleven hours and fifteen minutes.
 */
public final class MovementArrivalAfterDeparture extends DocumentRule<Object> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("COMMON-MOVEMENT-ARRIVAL-BEFORE-DEPARTURE", Layer.DOCUMENT_RULES,
            Severity.ERROR, "UN/CEFACT MMT RDM Logistics_ Transport Movement (departure and arrival date times); RFC 3339 time offsets");

    public MovementArrivalAfterDeparture() {
        super(DEFINITION, Object.class);
    }

    @Override
    public void check(Object document, RuleContext context) {
        List<TransportMovementType> movements = ModelWalk.findAll(document, TransportMovementType.class).stream()
                .filter(movement -> movement.getDepartureDateTime() != null && movement.getArrivalDateTime() != null)
                .toList();
        if (movements.isEmpty()) {
            context.notApplicable(Outcomes.ABSENT, "ArrivalDateTime");
            return;
        }
        for (TransportMovementType movement : movements) {
            if (!movement.getArrivalDateTime().isAfter(movement.getDepartureDateTime())) {
                context.reportAt(movement, "ArrivalDateTime", Times.show(movement.getArrivalDateTime()),
                        Times.show(movement.getDepartureDateTime()), movement.getID() == null ? "—" : movement.getID());
            }
        }
    }
}
