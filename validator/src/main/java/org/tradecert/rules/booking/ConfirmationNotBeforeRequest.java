package org.tradecert.rules.booking;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.booking.v1.TransportBookingType;
import org.tradecert.model.common.v1.ReferencedDocumentType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.common.Outcomes;

import java.time.LocalDate;

/**
 * A booking confirmation is not dated before the booking request it confirms: a carrier cannot
 * confirm a request it has not received. The confirmation's issue date is taken in its own time
 * offset and compared with the request's issue date, as both documents write them.
 */
public final class ConfirmationNotBeforeRequest extends DocumentRule<TransportBookingType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("BOOKING-CONFIRMATION-BEFORE-REQUEST", Layer.DOCUMENT_RULES,
            Severity.ERROR, "DCSA Booking 2.0 (booking request, then confirmation); UN/CEFACT MMT booking process", "booking");

    public ConfirmationNotBeforeRequest() {
        super(DEFINITION, TransportBookingType.class);
    }

    @Override
    public void check(TransportBookingType booking, RuleContext context) {
        ReferencedDocumentType request = booking.getBookingRequestReferencedDocument();
        if (request == null || request.getIssueDate() == null || booking.getExchangedDocument().getIssueDateTime() == null) {
            context.notApplicable(Outcomes.ABSENT, "BookingRequestReferencedDocument/IssueDate");
            return;
        }
        LocalDate confirmed = booking.getExchangedDocument().getIssueDateTime().toLocalDate();
        if (confirmed.isBefore(request.getIssueDate())) {
            context.reportAt(request, "IssueDate", confirmed.toString(), request.getIssuerAssignedID(), request.getIssueDate().toString());
        }
    }
}
