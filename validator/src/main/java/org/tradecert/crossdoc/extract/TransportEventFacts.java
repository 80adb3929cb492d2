package org.tradecert.crossdoc.extract;

import org.tradecert.crossdoc.FactExtractor;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.FactsBuilder;
import org.tradecert.model.common.v1.TransportEquipmentType;
import org.tradecert.model.transportevent.v1.TransportEventType;

/**
 * The facts of a transport status event. The event itself is one {@link FactNames#EVENT}
 * fact per container it names (one without key when it names none), so the order of events
 * can be followed container by container. Its piece count and weight describe what the event
 * saw, not the whole consignment, so they are event facts rather than consignment totals.
 */
public final class TransportEventFacts implements FactExtractor<TransportEventType> {

    @Override
    public Class<TransportEventType> documentClass() {
        return TransportEventType.class;
    }

    @Override
    public void extract(TransportEventType event, FactsBuilder facts) {
        CommonFacts.header(facts, event.getExchangedDocument());
        String time = event.getEventDateTime() == null ? null : event.getEventDateTime().toString();
        if (event.getTransportEquipment().isEmpty()) {
            facts.add(FactNames.EVENT, event, "EventTypeCode", event.getEventTypeCode(), time, null);
        }
        for (TransportEquipmentType container : event.getTransportEquipment()) {
            String number = container.getID() == null ? null : container.getID().strip();
            facts.add(FactNames.EVENT, event, "EventTypeCode", event.getEventTypeCode(), time, number);
        }
        facts.text(FactNames.EVENT_CLASSIFIER, event, "EventClassifierCode", event.getEventClassifierCode());
        CommonFacts.location(facts, FactNames.EVENT_LOCATION, event.getEventLocation(), null);
        facts.text(FactNames.EVENT_REASON, event, "ReasonCode", event.getReasonCode());

        CommonFacts.transportDocument(facts, event.getTransportDocumentReferencedDocument());
        facts.text(FactNames.BOOKING_NUMBER, event, "CarrierAssignedID", event.getCarrierAssignedID());
        CommonFacts.reference(facts, event.getCustomsDeclarationReferencedDocument(), "830");
        CommonFacts.movement(facts, event.getTransportMovement(), true, null);
        CommonFacts.equipment(facts, event.getTransportEquipment());
        facts.quantity(FactNames.EVENT_PIECE_COUNT, event, "PieceQuantity", event.getPieceQuantity(), null);
        facts.measure(FactNames.EVENT_GROSS_WEIGHT, event, "GrossWeightMeasure", event.getGrossWeightMeasure(), null);
    }
}
