package org.tradecert.rules.booking;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.booking.v1.TransportBookingType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.common.TypeCodes;

import java.util.Set;

/**
 * A booking confirmation (UNTDID 1001 code 770) gives the booking reference the carrier assigned,
 * because every later document of the shipment (shipping instructions, bill of lading, events)
 * refers to the booking by that reference.
 */
public final class ConfirmationCarriesCarrierReference extends DocumentRule<TransportBookingType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("BOOKING-CONFIRMATION-REFERENCE", Layer.DOCUMENT_RULES, Severity.ERROR,
            "DCSA Booking 2.0 (carrierBookingReference of a confirmed booking); tradecert booking model, CarrierAssignedID", "booking");

    public ConfirmationCarriesCarrierReference() {
        super(DEFINITION, TransportBookingType.class);
    }

    @Override
    public void check(TransportBookingType booking, RuleContext context) {
        if (!TypeCodes.require(booking.getExchangedDocument(), Set.of("770"), context)) {
            return;
        }
        String reference = booking.getCarrierAssignedID();
        if (reference == null || reference.isBlank()) {
            context.reportAt(booking.getExchangedDocument(), "TypeCode", booking.getExchangedDocument().getID());
        }
    }
}
