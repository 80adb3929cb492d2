package org.tradecert.rules.booking;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tradecert.rules.common.RuleCase;
import org.tradecert.rules.common.RuleHarness.Edit;

import java.util.stream.Stream;

/** Each booking rule on the example bookings, broken once, and on variants it must accept. */
class BookingRulesTest {

    private static final String REQUEST = "sea/booking-request.xml";
    private static final String CONFIRMATION = "sea/booking-confirmation.xml";

    @TestFactory
    Stream<DynamicTest> totals() {
        return Stream.of(
                RuleCase.of("BOOKING-GROSS-WEIGHT-SUM", "total above the commodities", REQUEST)
                        .replace("<bkg:GrossWeightMeasure unitCode=\"KGM\">34600", "<bkg:GrossWeightMeasure unitCode=\"KGM\">34800")
                        .mismatch("/bkg:TransportBooking/bkg:GrossWeightMeasure", "34600 KGM", "34800 KGM"),
                RuleCase.of("BOOKING-GROSS-WEIGHT-SUM", "total rounded to whole kilograms", REQUEST)
                        .replace("<bkg:GrossWeightMeasure unitCode=\"KGM\">1900", "<bkg:GrossWeightMeasure unitCode=\"KGM\">1900.4"),
                RuleCase.of("BOOKING-GROSS-WEIGHT-SUM", "total written with a decimal is not rounded", REQUEST)
                        .replace("<bkg:GrossWeightMeasure unitCode=\"KGM\">34600", "<bkg:GrossWeightMeasure unitCode=\"KGM\">34600.4")
                        .mismatch("/bkg:TransportBooking/bkg:GrossWeightMeasure", "34600 KGM", "34600.4 KGM"),
                RuleCase.of("BOOKING-GROSS-WEIGHT-SUM", "commodity in tonnes", REQUEST)
                        .replace("<bkg:GrossWeightMeasure unitCode=\"KGM\">1900", "<bkg:GrossWeightMeasure unitCode=\"TNE\">1.9"),
                RuleCase.of("BOOKING-GROSS-WEIGHT-SUM", "commodity in pounds off by a kilogram", REQUEST)
                        .replace("<bkg:GrossWeightMeasure unitCode=\"KGM\">1900", "<bkg:GrossWeightMeasure unitCode=\"LBR\">4191")
                        .mismatch("/bkg:TransportBooking/bkg:GrossWeightMeasure", "34601.006 KGM", "34600 KGM"),
                RuleCase.of("BOOKING-PACKAGE-QUANTITY-SUM", "total above the commodities", REQUEST)
                        .replace("<bkg:PackageQuantity>250</bkg:PackageQuantity>", "<bkg:PackageQuantity>260</bkg:PackageQuantity>")
                        .mismatch("/bkg:TransportBooking/bkg:PackageQuantity", "250", "260"))
                .map(RuleCase::test);
    }

    @TestFactory
    Stream<DynamicTest> confirmationAndDates() {
        return Stream.of(
                RuleCase.of("BOOKING-CONFIRMATION-REFERENCE", "confirmation without the carrier's reference", CONFIRMATION)
                        .edit(Edit.remove("bkg:CarrierAssignedID"))
                        .reports("/bkg:TransportBooking/bkg:ExchangedDocument/ram:TypeCode", "BC-BOHL-260921-0077"),
                RuleCase.of("BOOKING-CONFIRMATION-REFERENCE", "request without the carrier's reference", REQUEST),
                RuleCase.of("BOOKING-CONFIRMATION-BEFORE-REQUEST", "request dated after its confirmation", CONFIRMATION)
                        .replace("<ram:IssueDate>2026-09-20</ram:IssueDate>", "<ram:IssueDate>2026-09-22</ram:IssueDate>")
                        .reports("/bkg:TransportBooking/bkg:BookingRequestReferencedDocument/ram:IssueDate", "2026-09-21", "BR-BHF-2609-0077",
                                "2026-09-22"),
                RuleCase.of("BOOKING-CONFIRMATION-BEFORE-REQUEST", "confirmed on the day of the request", CONFIRMATION)
                        .replace("<ram:IssueDate>2026-09-20</ram:IssueDate>", "<ram:IssueDate>2026-09-21</ram:IssueDate>"),
                RuleCase.of("BOOKING-DEPARTURE-BEFORE-ISSUE", "booked after the vessel sailed", REQUEST)
                        .replace("<ram:IssueDateTime>2026-09-20T10:15:00+08:00", "<ram:IssueDateTime>2026-10-13T10:15:00+08:00")
                        .reports("/bkg:TransportBooking/bkg:MainCarriageTransportMovement/ram:DepartureDateTime", "2026-10-12T06:00:00+08:00",
                                "2026-10-13T10:15:00+08:00", "025W"),
                RuleCase.of("BOOKING-DEPARTURE-BEFORE-ISSUE", "replacement issued after the vessel sailed", REQUEST)
                        .replace("<ram:IssueDateTime>2026-09-20T10:15:00+08:00</ram:IssueDateTime>",
                                "<ram:IssueDateTime>2026-10-13T10:15:00+08:00</ram:IssueDateTime>\n    <ram:PurposeCode>5</ram:PurposeCode>"),
                RuleCase.of("BOOKING-EXPORT-DECLARATION", "declaration referenced although none is required", REQUEST)
                        .replace("<bkg:ExportDeclarationRequiredIndicator>true</bkg:ExportDeclarationRequiredIndicator>",
                                "<bkg:ExportDeclarationRequiredIndicator>false</bkg:ExportDeclarationRequiredIndicator>\n"
                                        + "  <bkg:ExportDeclarationReferencedDocument>\n"
                                        + "    <ram:IssuerAssignedID>020220260001234567</ram:IssuerAssignedID>\n"
                                        + "    <ram:TypeCode>830</ram:TypeCode>\n"
                                        + "  </bkg:ExportDeclarationReferencedDocument>")
                        .reports("/bkg:TransportBooking/bkg:ExportDeclarationRequiredIndicator", "020220260001234567"))
                .map(RuleCase::test);
    }
}
