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
 * The gross weight an event reports does not exceed the sum of the cargo gross weights of the
 * containers it names, where every one of them states its cargo weight. The containers may also
 * carry goods the event does not concern, so a lower event weight is accepted.
 */
public final class EventGrossWeightMatchesEquipment extends DocumentRule<TransportEventType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("EVENT-GROSS-WEIGHT-SUM", Layer.DOCUMENT_RULES, Severity.ERROR,
            "DCSA Track and Trace 2.2 (equipment events per container); SOLAS chapter VI regulation 2 (cargo weight per container)",
            "transport-event");

    public EventGrossWeightMatchesEquipment() {
        super(DEFINITION, TransportEventType.class);
    }

    @Override
    public void check(TransportEventType event, RuleContext context) {
        boolean compared = Totals.checkWeight(Totals.Bound.NOT_BELOW, context, event, "GrossWeightMeasure", event.getGrossWeightMeasure(),
                event.getTransportEquipment().stream().map(TransportEquipmentType::getGrossWeightMeasure).toList());
        if (!compared) {
            context.notApplicable(Outcomes.ABSENT, "TransportEquipment/GrossWeightMeasure");
        }
    }
}
