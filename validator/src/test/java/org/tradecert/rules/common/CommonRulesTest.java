package org.tradecert.rules.common;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

/** Each shared rule on a real example document that breaks it once, and on variants it must accept. */
class CommonRulesTest {

    private static final String PACKING_LIST = "sea/packing-list.xml";
    private static final String BOOKING = "sea/booking-request.xml";
    private static final String GATE_IN = "sea/transport-event-01-gate-in-BOHU1024615.xml";
    private static final String AIR_RECEIPT = "air/transport-event-01-received-from-shipper.xml";
    private static final String VOLUME_UNITS = "CMQ, DMQ, FTQ, GLI, GLL, HLT, INQ, LTR, MLT, MMQ, MTQ, YDQ";

    @TestFactory
    Stream<DynamicTest> partyIdentifiers() {
        return Stream.of(
                RuleCase.of("COMMON-USCC-FORMAT", "letter O in a USCC", PACKING_LIST)
                        .replace("91120116MA05TC707B", "91120116MA05TC7O7B")
                        .reports("/pl:PackingList/pl:ExporterTradeParty/ram:GlobalID", "91120116MA05TC7O7B", "18"),
                RuleCase.of("COMMON-USCC-FORMAT", "lowercase USCC", PACKING_LIST)
                        .replace("91120116MA05TC707B", "91120116ma05tc707b")
                        .reports("/pl:PackingList/pl:ExporterTradeParty/ram:GlobalID", "91120116ma05tc707b", "18"),
                RuleCase.of("COMMON-USCC-CHECK", "wrong check character", PACKING_LIST)
                        .replace("91120116MA05TC707B", "91120116MA05TC707C")
                        .mismatch("/pl:PackingList/pl:ExporterTradeParty/ram:GlobalID", "B", "C", "91120116MA05TC707C"),
                RuleCase.of("COMMON-USCC-ORGANISATION-CODE", "organisation code fails GB 11714", PACKING_LIST)
                        .replace("91120116MA05TC707B", "91120116MA05TC708E")
                        .reports("/pl:PackingList/pl:ExporterTradeParty/ram:GlobalID", "91120116MA05TC708E", "MA05TC708"),
                RuleCase.of("COMMON-LEI-FORMAT", "LEI one character short", PACKING_LIST)
                        .replace("724500VDBERG0IND0189", "724500VDBERG0IND018")
                        .reports("/pl:PackingList/pl:ImporterTradeParty/ram:GlobalID", "724500VDBERG0IND018", "19"),
                RuleCase.of("COMMON-LEI-CHECK", "check digits swapped", PACKING_LIST)
                        .replace("724500VDBERG0IND0189", "724500VDBERG0IND0198")
                        .mismatch("/pl:PackingList/pl:ImporterTradeParty/ram:GlobalID", "89", "98", "724500VDBERG0IND0198"),
                RuleCase.of("COMMON-LEI-CHECK", "identifier of another scheme is not an LEI", PACKING_LIST)
                        .replace("schemeID=\"LEI\">724500VDBERG0IND0189", "schemeID=\"BIC\">RTBKNL2R"))
                .map(RuleCase::test);
    }

    @TestFactory
    Stream<DynamicTest> equipmentAndTransportMeans() {
        return Stream.of(
                RuleCase.of("COMMON-CONTAINER-FORMAT", "space in a container number", GATE_IN)
                        .replace("<ram:ID>BOHU1024615</ram:ID>", "<ram:ID>BOHU 1024615</ram:ID>")
                        .reports("/te:TransportEvent/te:TransportEquipment/ram:ID", "BOHU 1024615", "45G1"),
                RuleCase.of("COMMON-CONTAINER-CHECK-DIGIT", "wrong check digit", GATE_IN)
                        .replace("<ram:ID>BOHU1024615</ram:ID>", "<ram:ID>BOHU1024616</ram:ID>")
                        .mismatch("/te:TransportEvent/te:TransportEquipment/ram:ID", "5", "6", "BOHU1024616"),
                RuleCase.of("COMMON-CONTAINER-OVER-RATING", "tare and cargo above 36000 kg", GATE_IN)
                        .replace("<ram:GrossWeightMeasure unitCode=\"KGM\">14980", "<ram:GrossWeightMeasure unitCode=\"KGM\">34980")
                        .replace("<te:GrossWeightMeasure unitCode=\"KGM\">14980", "<te:GrossWeightMeasure unitCode=\"KGM\">34980")
                        .reports("/te:TransportEvent/te:TransportEquipment/ram:GrossWeightMeasure", "BOHU1024615", "3900 KGM", "34980 KGM",
                                "38880 KGM", "36000 KGM"),
                RuleCase.of("COMMON-CONTAINER-OVER-RATING", "exactly 36000 kg in pounds is within the rating", GATE_IN)
                        .replace("<ram:TareWeightMeasure unitCode=\"KGM\">3900", "<ram:TareWeightMeasure unitCode=\"LBR\">8598.028")
                        .replace("<ram:GrossWeightMeasure unitCode=\"KGM\">14980", "<ram:GrossWeightMeasure unitCode=\"KGM\">32100")
                        .replace("<te:GrossWeightMeasure unitCode=\"KGM\">14980", "<te:GrossWeightMeasure unitCode=\"KGM\">32100"),
                RuleCase.of("COMMON-IMO-FORMAT", "IMO prefix without a space", BOOKING)
                        .replace("schemeID=\"IMO\">9811000", "schemeID=\"IMO\">IMO9811000")
                        .reports("/bkg:TransportBooking/bkg:MainCarriageTransportMovement/ram:UsedTransportMeans/ram:ID", "IMO9811000"),
                RuleCase.of("COMMON-IMO-CHECK-DIGIT", "wrong check digit", BOOKING)
                        .replace("schemeID=\"IMO\">9811000", "schemeID=\"IMO\">9811001")
                        .mismatch("/bkg:TransportBooking/bkg:MainCarriageTransportMovement/ram:UsedTransportMeans/ram:ID", "0", "1", "9811001"),
                RuleCase.of("COMMON-IMO-CHECK-DIGIT", "IMO number written with its prefix", BOOKING)
                        .replace("schemeID=\"IMO\">9811000", "schemeID=\"IMO\">IMO 9811000"),
                RuleCase.of("COMMON-AWB-NUMBER-FORMAT", "space in a referenced air waybill number", AIR_RECEIPT)
                        .replace("<ram:IssuerAssignedID>963-26100454", "<ram:IssuerAssignedID>963 26100454")
                        .reports("/te:TransportEvent/te:TransportDocumentReferencedDocument/ram:IssuerAssignedID", "963 26100454"),
                RuleCase.of("COMMON-AWB-CHECK-DIGIT", "wrong check digit", "air/air-waybill.xml")
                        .replace("<ram:ID>963-26100454", "<ram:ID>963-26100455")
                        .mismatch("/awb:AirWaybill/awb:ExchangedDocument/ram:ID", "4", "5", "963-26100455"),
                RuleCase.of("COMMON-AWB-CHECK-DIGIT", "eleven digits without hyphen", "air/air-waybill.xml")
                        .replace("<ram:ID>963-26100454", "<ram:ID>96326100454"),
                RuleCase.of("COMMON-MEANS-MODE", "vessel with an IMO number in air transport", BOOKING)
                        .replace("<ram:ModeCode>1</ram:ModeCode>", "<ram:ModeCode>4</ram:ModeCode>")
                        .reports("/bkg:TransportBooking/bkg:MainCarriageTransportMovement/ram:ModeCode", "4", "IMO", "9811000"),
                RuleCase.of("COMMON-MEANS-MODE", "vessel in multimodal transport", BOOKING)
                        .replace("<ram:ModeCode>1</ram:ModeCode>", "<ram:ModeCode>6</ram:ModeCode>"))
                .map(RuleCase::test);
    }

    @TestFactory
    Stream<DynamicTest> measuresAndCounts() {
        return Stream.of(
                RuleCase.of("COMMON-MEASURE-NEGATIVE", "negative volume", BOOKING)
                        .replace(">94.5<", ">-94.5<")
                        .reports("/bkg:TransportBooking/bkg:GrossVolumeMeasure", "GrossVolumeMeasure", "-94.5 MTQ"),
                RuleCase.of("COMMON-MEASURE-UNIT", "volume in kilograms", BOOKING)
                        .replace("<bkg:GrossVolumeMeasure unitCode=\"MTQ\">", "<bkg:GrossVolumeMeasure unitCode=\"KGM\">")
                        .reports("/bkg:TransportBooking/bkg:GrossVolumeMeasure/@unitCode", "GrossVolumeMeasure", "94.5 KGM", VOLUME_UNITS),
                RuleCase.of("COMMON-MEASURE-UNIT", "volume in cubic feet", BOOKING)
                        .replace("<bkg:GrossVolumeMeasure unitCode=\"MTQ\">94.5", "<bkg:GrossVolumeMeasure unitCode=\"FTQ\">3337.24"),
                RuleCase.of("COMMON-COUNT-WHOLE", "one and a half containers", BOOKING)
                        .replace("<bkg:EquipmentQuantity>2</bkg:EquipmentQuantity>", "<bkg:EquipmentQuantity>1.5</bkg:EquipmentQuantity>")
                        .reports("/bkg:TransportBooking/bkg:RequestedEquipment/bkg:EquipmentQuantity", "EquipmentQuantity", "1.5"),
                RuleCase.of("COMMON-COUNT-WHOLE", "whole number written with a decimal zero", BOOKING)
                        .replace("<bkg:EquipmentQuantity>2</bkg:EquipmentQuantity>", "<bkg:EquipmentQuantity>2.0</bkg:EquipmentQuantity>"),
                RuleCase.of("COMMON-PACKAGE-NET-ABOVE-GROSS", "net weight above gross weight", "air/air-waybill.xml")
                        .replace("<ram:NetWeightMeasure unitCode=\"KGM\">360.0", "<ram:NetWeightMeasure unitCode=\"KGM\">420.0")
                        .reports("/awb:AirWaybill/awb:Package/ram:NetWeightMeasure", "420.0 KGM", "412.5 KGM", "CT"),
                RuleCase.of("COMMON-DENSITY-IMPLAUSIBLE", "volume a thousand times too small", "air/booking-request.xml")
                        .replace(">3.12<", ">0.00312<")
                        .reports("/bkg:TransportBooking/bkg:GrossVolumeMeasure", "412.5 KGM", "0.00312 MTQ", "132211.5"),
                RuleCase.of("COMMON-DENSITY-IMPLAUSIBLE", "volume given in cubic centimetres", "air/booking-request.xml")
                        .replace("<bkg:GrossVolumeMeasure unitCode=\"MTQ\">3.12", "<bkg:GrossVolumeMeasure unitCode=\"CMQ\">3120000"))
                .map(RuleCase::test);
    }

    @TestFactory
    Stream<DynamicTest> movements() {
        return Stream.of(
                RuleCase.of("COMMON-MOVEMENT-SAME-PLACE", "discharge at the port of loading", BOOKING)
                        .replace("<ram:UnloadingLocation>\n      <ram:ID>NLRTM</ram:ID>", "<ram:UnloadingLocation>\n      <ram:ID>CNTXG</ram:ID>")
                        .reports("/bkg:TransportBooking/bkg:MainCarriageTransportMovement/ram:UnloadingLocation/ram:ID", "CNTXG", "025W"),
                RuleCase.of("COMMON-MOVEMENT-ARRIVAL-BEFORE-DEPARTURE", "arrival at the instant of departure in another offset", BOOKING)
                        .replace("2026-11-18T06:00:00+01:00", "2026-10-11T23:00:00+01:00")
                        .reports("/bkg:TransportBooking/bkg:MainCarriageTransportMovement/ram:ArrivalDateTime", "2026-10-11T23:00:00+01:00",
                                "2026-10-12T06:00:00+08:00", "025W"),
                RuleCase.of("COMMON-MOVEMENT-ARRIVAL-BEFORE-DEPARTURE", "earlier local arrival time, later instant", BOOKING)
                        .replace("2026-11-18T06:00:00+01:00", "2026-10-12T00:30:00+01:00"))
                .map(RuleCase::test);
    }
}
