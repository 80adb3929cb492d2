package org.tradecert.rules.event;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.common.v1.TransportEquipmentType;
import org.tradecert.model.transportevent.v1.TransportEventType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.common.Outcomes;
import org.tradecert.rules.common.Totals;

/**
 * The number of pieces an event reports does not exceed the sum of the packages loaded in the
 * containers it names, where every one of them states its number of packages. The containers may
 * also carry packages the event does not concern, so a lower number is accepted.
 */
public final class EventPiecesMatchEquipment extends DocumentRule<TransportEventType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("EVENT-PIECE-QUANTITY-SUM", Layer.DOCUMENT_RULES, Severity.ERROR,
            "DCSA Track and Trace 2.2 (equipment events per container); WCO Data Model 146 (number of packages)", "transport-event");

    public EventPiecesMatchEquipment() {
        super(DEFINITION, TransportEventType.class);
    }

    @Override
    public void check(TransportEventType event, RuleContext context) {
        boolean compared = Totals.checkCount(Totals.Bound.NOT_BELOW, context, event, "PieceQuantity", event.getPieceQuantity(),
                event.getTransportEquipment().stream().map(TransportEquipmentType::getPackageQuantity).toList());
        if (!compared) {
            context.notApplicable(Outcomes.ABSENT, "TransportEquipment/PackageQuantity");
        }
    }
}
