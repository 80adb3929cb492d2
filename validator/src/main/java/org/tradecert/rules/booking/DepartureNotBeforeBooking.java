package org.tradecert.rules.booking;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.booking.v1.TransportBookingType;
import org.tradecert.model.common.v1.ExchangedDocumentType;
import org.tradecert.model.common.v1.TransportMovementType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.common.Outcomes;
import org.tradecert.rules.common.Times;

import java.util.Set;

/**
 * An original booking requests space on a voyage or flight that has not yet departed: the planned
 * departure of the main carriage is not before the booking's issue time. Changes, replacements
 * and cancellations (UNTDID 1225 codes 4, 5 and 1) may follow a departure and are not checked.
 */
public final class DepartureNotBeforeBooking extends DocumentRule<TransportBookingType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("BOOKING-DEPARTURE-BEFORE-ISSUE", Layer.DOCUMENT_RULES, Severity.ERROR,
            "DCSA Booking 2.0 (expectedDepartureDate of the requested voyage); UNTDID 1225 message function codes", "booking");

    /** UNTDID 1225 codes of a booking that is not an original issue. */
    private static final Set<String> AMENDMENTS = Set.of("1", "4", "5");

    public DepartureNotBeforeBooking() {
        super(DEFINITION, TransportBookingType.class);
    }

    @Override
    public void check(TransportBookingType booking, RuleContext context) {
        ExchangedDocumentType header = booking.getExchangedDocument();
        TransportMovementType carriage = booking.getMainCarriageTransportMovement();
        if (carriage == null || carriage.getDepartureDateTime() == null || header.getIssueDateTime() == null) {
            context.notApplicable(Outcomes.ABSENT, "MainCarriageTransportMovement/DepartureDateTime");
            return;
        }
        if (header.getPurposeCode() != null && AMENDMENTS.contains(header.getPurposeCode())) {
            context.notApplicable(Outcomes.NOT_ORIGINAL, header.getPurposeCode());
            return;
        }
        if (carriage.getDepartureDateTime().isBefore(header.getIssueDateTime())) {
            context.reportAt(carriage, "DepartureDateTime", Times.show(carriage.getDepartureDateTime()),
                    Times.show(header.getIssueDateTime()), carriage.getID() == null ? "—" : carriage.getID());
        }
    }
}
