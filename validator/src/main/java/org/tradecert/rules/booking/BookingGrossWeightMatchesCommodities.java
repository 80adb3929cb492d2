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
 * The estimated total gross weight of a booking is the sum of the gross weights of its
 * commodities, where every commodity states one. The carrier plans the stowage and the
 * verified gross mass on the total, so it must not contradict the lines it summarises.
 */
public final class BookingGrossWeightMatchesCommodities extends DocumentRule<TransportBookingType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("BOOKING-GROSS-WEIGHT-SUM", Layer.DOCUMENT_RULES, Severity.ERROR,
            "DCSA Booking 2.0 (commodities, cargoGrossWeight); UN/CEFACT MMT RDM Supply Chain_ Consignment. Gross Weight. Measure",
            "booking");

    public BookingGrossWeightMatchesCommodities() {
        super(DEFINITION, TransportBookingType.class);
    }

    @Override
    public void check(TransportBookingType booking, RuleContext context) {
        boolean compared = Totals.checkWeight(context, booking, "GrossWeightMeasure", booking.getGrossWeightMeasure(),
                booking.getCommodity().stream().map(BookingCommodityType::getGrossWeightMeasure).toList());
        if (!compared) {
            context.notApplicable(Outcomes.ABSENT, "Commodity/GrossWeightMeasure");
        }
    }
}
