package org.tradecert.rules.booking;

import org.tradecert.rules.DocumentRule;

import java.util.List;

/** The document rules of the booking. */
public final class BookingRules {

    private BookingRules() {
    }

    public static List<DocumentRule<?>> all() {
        return List.of(
                new BookingGrossWeightMatchesCommodities(),
                new BookingPackagesMatchCommodities(),
                new ConfirmationCarriesCarrierReference(),
                new ConfirmationNotBeforeRequest(),
                new DepartureNotBeforeBooking(),
                new ExportDeclarationConsistent());
    }
}
