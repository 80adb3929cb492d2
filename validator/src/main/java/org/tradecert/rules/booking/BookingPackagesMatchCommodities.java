package org.tradecert.rules.booking;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.booking.v1.BookingCommodityType;
import org.tradecert.model.booking.v1.TransportBookingType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.common.Outcomes;
import org.tradecert.rules.common.Totals;

/**
 * The total number of packages of a booking is the sum of the package quantities of its
 * commodities, where every commodity states one.
 */
public final class BookingPackagesMatchCommodities extends DocumentRule<TransportBookingType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("BOOKING-PACKAGE-QUANTITY-SUM", Layer.DOCUMENT_RULES, Severity.ERROR,
            "DCSA Booking 2.0 (commodities, numberOfPackages); UN/CEFACT MMT RDM Supply Chain_ Consignment. Package. Quantity", "booking");

    public BookingPackagesMatchCommodities() {
        super(DEFINITION, TransportBookingType.class);
    }

    @Override
    public void check(TransportBookingType booking, RuleContext context) {
        boolean compared = Totals.checkCount(context, booking, "PackageQuantity", booking.getPackageQuantity(),
                booking.getCommodity().stream().map(BookingCommodityType::getPackageQuantity).toList());
        if (!compared) {
            context.notApplicable(Outcomes.ABSENT, "PackageQuantity");
        }
    }
}
