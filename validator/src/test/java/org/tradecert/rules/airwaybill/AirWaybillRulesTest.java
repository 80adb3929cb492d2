package org.tradecert.rules.airwaybill;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tradecert.rules.common.RuleCase;
import org.tradecert.rules.common.RuleHarness.Edit;

import java.util.stream.Stream;

/** Each air waybill rule on the example air waybill, broken once, and on variants it must accept. */
class AirWaybillRulesTest {

    private static final String WAYBILL = "air/air-waybill.xml";
    private static final String ROOT = "/awb:AirWaybill";

    /** Two flights, Tianjin to Incheon and Incheon to Frankfurt, with the given second departure and first arrival. */
    private static String twoFlights(String firstArrival, String secondLoading, String secondDeparture) {
        return """
                  <awb:TransportMovement>
                    <ram:ModeCode>4</ram:ModeCode>
                    <ram:ID>BH451</ram:ID>
                    <ram:LoadingLocation>
                      <ram:ID>CNTSN</ram:ID>
                    </ram:LoadingLocation>
                    <ram:UnloadingLocation>
                      <ram:ID>KRICN</ram:ID>
                    </ram:UnloadingLocation>
                    <ram:DepartureDateTime>2026-10-30T01:30:00+08:00</ram:DepartureDateTime>
                    <ram:ArrivalDateTime>%s</ram:ArrivalDateTime>
                  </awb:TransportMovement>
                  <awb:TransportMovement>
                    <ram:ModeCode>4</ram:ModeCode>
                    <ram:ID>BH901</ram:ID>
                    <ram:LoadingLocation>
                      <ram:ID>%s</ram:ID>
                    </ram:LoadingLocation>
                    <ram:UnloadingLocation>
                      <ram:ID>DEFRA</ram:ID>
                    </ram:UnloadingLocation>
                    <ram:DepartureDateTime>%s</ram:DepartureDateTime>
                    <ram:ArrivalDateTime>2026-10-30T14:45:00+01:00</ram:ArrivalDateTime>
                  </awb:TransportMovement>""".formatted(firstArrival, secondLoading, secondDeparture);
    }

    @TestFactory
    Stream<DynamicTest> weights() {
        return Stream.of(
                RuleCase.of("AWB-CHARGEABLE-BELOW-GROSS", "chargeable weight below the gross weight", WAYBILL)
                        .replace("<awb:ChargeableWeightMeasure unitCode=\"KGM\">520", "<awb:ChargeableWeightMeasure unitCode=\"KGM\">400")
                        .replace("<awb:GrossVolumeMeasure unitCode=\"MTQ\">3.12", "<awb:GrossVolumeMeasure unitCode=\"MTQ\">2.0")
                        .reports(ROOT + "/awb:ChargeableWeightMeasure", "400 KGM", "412.5 KGM"),
                RuleCase.of("AWB-CHARGEABLE-BELOW-GROSS", "chargeable weight in pounds", WAYBILL)
                        .replace("<awb:ChargeableWeightMeasure unitCode=\"KGM\">520", "<awb:ChargeableWeightMeasure unitCode=\"LBR\">1147"),
                RuleCase.of("AWB-CHARGEABLE-BELOW-VOLUME-WEIGHT", "chargeable weight below the volume weight", WAYBILL)
                        .replace("<awb:ChargeableWeightMeasure unitCode=\"KGM\">520", "<awb:ChargeableWeightMeasure unitCode=\"KGM\">450")
                        .reports(ROOT + "/awb:ChargeableWeightMeasure", "450 KGM", "520.00 KGM", "3.12 MTQ"),
                RuleCase.of("AWB-CHARGEABLE-BELOW-VOLUME-WEIGHT", "chargeable weight rounded up to the next half kilogram", WAYBILL)
                        .replace("<awb:GrossVolumeMeasure unitCode=\"MTQ\">3.12", "<awb:GrossVolumeMeasure unitCode=\"MTQ\">3.119")
                        .replace("<awb:ChargeableWeightMeasure unitCode=\"KGM\">520", "<awb:ChargeableWeightMeasure unitCode=\"KGM\">520.0"),
                RuleCase.of("AWB-PIECES-SUM", "more pieces than packages", WAYBILL)
                        .replace("<awb:PieceQuantity>10</awb:PieceQuantity>", "<awb:PieceQuantity>12</awb:PieceQuantity>")
                        .mismatch(ROOT + "/awb:PieceQuantity", "10", "12"),
                RuleCase.of("AWB-GROSS-WEIGHT-SUM", "packages lighter than the gross weight", WAYBILL)
                        .replace("<ram:GrossWeightMeasure unitCode=\"KGM\">412.5", "<ram:GrossWeightMeasure unitCode=\"KGM\">402.5")
                        .mismatch(ROOT + "/awb:GrossWeightMeasure", "402.5 KGM", "412.5 KGM"))
                .map(RuleCase::test);
    }

    @TestFactory
    Stream<DynamicTest> numbersAndRouting() {
        return Stream.of(
                RuleCase.of("AWB-PREFIX-CARRIER", "number from another airline's stock", WAYBILL)
                        .replace("schemeID=\"IATA\">963", "schemeID=\"IATA\">964")
                        .mismatch(ROOT + "/awb:ExchangedDocument/ram:ID", "964", "963", "963-26100454"),
                RuleCase.of("AWB-PREFIX-CARRIER", "carrier identified by its two-letter designator", WAYBILL)
                        .replace("schemeID=\"IATA\">963", "schemeID=\"IATA\">BH"),
                RuleCase.of("AWB-HOUSE-WITHOUT-MASTER", "house waybill without its master", WAYBILL)
                        .replace("<ram:TypeCode>740</ram:TypeCode>", "<ram:TypeCode>703</ram:TypeCode>")
                        .reports(ROOT + "/awb:ExchangedDocument/ram:TypeCode", "963-26100454"),
                RuleCase.of("AWB-ROUTING-ENDS", "first flight loads at another airport", WAYBILL)
                        .replace("<ram:LoadingLocation>\n      <ram:ID>CNTSN</ram:ID>", "<ram:LoadingLocation>\n      <ram:ID>CNPEK</ram:ID>")
                        .mismatch(ROOT + "/awb:TransportMovement/ram:LoadingLocation/ram:ID", "CNTSN", "CNPEK", "BH451"),
                RuleCase.of("AWB-ROUTING-CONNECTS", "second flight leaves from another airport", WAYBILL)
                        .edit(Edit.replaceElement("awb:TransportMovement",
                                twoFlights("2026-10-30T04:30:00+09:00", "KRPUS", "2026-10-30T08:00:00+09:00")))
                        .mismatch(ROOT + "/awb:TransportMovement[2]/ram:LoadingLocation/ram:ID", "KRICN", "KRPUS", "BH451", "BH901"),
                RuleCase.of("AWB-ROUTING-CONNECTS", "two connecting flights", WAYBILL)
                        .edit(Edit.replaceElement("awb:TransportMovement",
                                twoFlights("2026-10-30T04:30:00+09:00", "KRICN", "2026-10-30T08:00:00+09:00"))),
                RuleCase.of("AWB-ROUTING-SEQUENCE", "second flight leaves before the first arrives", WAYBILL)
                        .edit(Edit.replaceElement("awb:TransportMovement",
                                twoFlights("2026-10-30T04:30:00+09:00", "KRICN", "2026-10-30T04:00:00+09:00")))
                        .reports(ROOT + "/awb:TransportMovement[2]/ram:DepartureDateTime", "BH901", "2026-10-30T04:00:00+09:00", "BH451",
                                "2026-10-30T04:30:00+09:00"),
                RuleCase.of("AWB-SAME-AIRPORT", "destination is the airport of departure", WAYBILL)
                        .replace("<awb:DestinationLocation>\n    <ram:ID>DEFRA</ram:ID>", "<awb:DestinationLocation>\n    <ram:ID>CNTSN</ram:ID>")
                        .reports(ROOT + "/awb:DestinationLocation/ram:ID", "CNTSN")
                        .alsoReported("AWB-ROUTING-ENDS"))
                .map(RuleCase::test);
    }
}
