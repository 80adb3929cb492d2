package org.tradecert.rules.booking;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.booking.v1.TransportBookingType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.common.Outcomes;

/**
 * A booking that states that no export declaration is required does not reference one. The carrier
 * relies on the indicator to hold the cargo until export clearance, so the two must agree.
 */
public final class ExportDeclarationConsistent extends DocumentRule<TransportBookingType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("BOOKING-EXPORT-DECLARATION", Layer.DOCUMENT_RULES, Severity.ERROR,
            "DCSA Booking 2.0 (isExportDeclarationRequired, exportDeclarationReference)", "booking");

    public ExportDeclarationConsistent() {
        super(DEFINITION, TransportBookingType.class);
    }

    @Override
    public void check(TransportBookingType booking, RuleContext context) {
        if (booking.getExportDeclarationReferencedDocument() == null || booking.isExportDeclarationRequiredIndicator() == null) {
            context.notApplicable(Outcomes.ABSENT, "ExportDeclarationReferencedDocument");
            return;
        }
        if (!booking.isExportDeclarationRequiredIndicator()) {
            context.reportAt(booking, "ExportDeclarationRequiredIndicator",
                    booking.getExportDeclarationReferencedDocument().getIssuerAssignedID());
        }
    }
}
