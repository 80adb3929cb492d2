package org.tradecert.rules.event;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tradecert.rules.common.RuleCase;
import org.tradecert.rules.common.RuleHarness.Edit;

import java.util.stream.Stream;

/** Each transport event rule on the example events, broken once, and on variants it must accept. */
class TransportEventRulesTest {

    private static final String ROOT = "/te:TransportEvent";
    private static final String GATE_IN = "sea/transport-event-01-gate-in-BOHU1024615.xml";
    private static final String LOAD = "sea/transport-event-04-load-BOHU1024615.xml";
    private static final String DEPARTURE = "sea/transport-event-06-departure.xml";

    @TestFactory
    Stream<DynamicTest> timesAndReferences() {
        return Stream.of(
                RuleCase.of("EVENT-ACTUAL-AFTER-REPORT", "departure reported two hours before it happened", DEPARTURE)
                        .replace("<te:EventDateTime>2026-10-12T06:30:00+08:00", "<te:EventDateTime>2026-10-12T08:30:00+08:00")
                        .reports(ROOT + "/te:EventDateTime", "2026-10-12T08:30:00+08:00", "2026-10-12T06:36:00+08:00", "15"),
                RuleCase.of("EVENT-ACTUAL-AFTER-REPORT", "clocks fourteen minutes apart", DEPARTURE)
                        .replace("<te:EventDateTime>2026-10-12T06:30:00+08:00", "<te:EventDateTime>2026-10-12T06:50:00+08:00"),
                RuleCase.of("EVENT-ACTUAL-AFTER-REPORT", "estimated departure after the report", DEPARTURE)
                        .replace("<te:EventDateTime>2026-10-12T06:30:00+08:00", "<te:EventDateTime>2026-10-12T08:30:00+08:00")
                        .replace("<te:EventClassifierCode>ACT", "<te:EventClassifierCode>EST"),
                RuleCase.of("EVENT-CUSTOMS-DECLARATION-MISSING", "release without its declaration", "sea/transport-event-03-customs-release.xml")
                        .edit(Edit.remove("te:CustomsDeclarationReferencedDocument"))
                        .reports(ROOT + "/te:EventTypeCode", "RELS"))
                .map(RuleCase::test);
    }

    @TestFactory
    Stream<DynamicTest> equipmentAndMovement() {
        return Stream.of(
                RuleCase.of("EVENT-EQUIPMENT-MISSING", "loading on a vessel without a container", LOAD)
                        .edit(Edit.remove("te:TransportEquipment"))
                        .reports(ROOT + "/te:EventTypeCode", "LOAD"),
                RuleCase.of("EVENT-EQUIPMENT-MISSING", "gate in without a container", GATE_IN)
                        .edit(Edit.remove("te:TransportEquipment"))
                        .reports(ROOT + "/te:EventTypeCode", "GTIN"),
                RuleCase.of("EVENT-MOVEMENT-MISSING", "departure without its voyage", DEPARTURE)
                        .edit(Edit.remove("te:TransportMovement"))
                        .reports(ROOT + "/te:EventTypeCode", "DEPA"),
                RuleCase.of("EVENT-TYPE-MODE", "air cargo receipt in maritime transport", "air/transport-event-01-received-from-shipper.xml")
                        .replace("<ram:ModeCode>4</ram:ModeCode>", "<ram:ModeCode>1</ram:ModeCode>")
                        .reports(ROOT + "/te:TransportMovement/ram:ModeCode", "RCS", "1"),
                RuleCase.of("EVENT-TYPE-MODE", "gate in for an air movement", GATE_IN)
                        .edit(Edit.remove("ram:UsedTransportMeans"))
                        .replace("<ram:ModeCode>1</ram:ModeCode>", "<ram:ModeCode>4</ram:ModeCode>")
                        .reports(ROOT + "/te:TransportMovement/ram:ModeCode", "GTIN", "4"),
                RuleCase.of("EVENT-LOCATION-OFF-ROUTE", "arrival at another port", "sea/transport-event-07-arrival.xml")
                        .replace("<te:EventLocation>\n    <ram:ID>NLRTM</ram:ID>", "<te:EventLocation>\n    <ram:ID>BEANR</ram:ID>")
                        .mismatch(ROOT + "/te:EventLocation/ram:ID", "NLRTM", "BEANR", "ARRI"),
                RuleCase.of("EVENT-GROSS-WEIGHT-SUM", "event heavier than its container", GATE_IN)
                        .replace("<te:GrossWeightMeasure unitCode=\"KGM\">14980", "<te:GrossWeightMeasure unitCode=\"KGM\">15980")
                        .mismatch(ROOT + "/te:GrossWeightMeasure", "14980 KGM", "15980 KGM"),
                RuleCase.of("EVENT-PIECE-QUANTITY-SUM", "more pieces than in the container", GATE_IN)
                        .replace("<te:PieceQuantity>160</te:PieceQuantity>", "<te:PieceQuantity>170</te:PieceQuantity>")
                        .mismatch(ROOT + "/te:PieceQuantity", "160", "170"),
                RuleCase.of("EVENT-PIECE-QUANTITY-SUM", "part of the container's packages", GATE_IN)
                        .replace("<te:PieceQuantity>160</te:PieceQuantity>", "<te:PieceQuantity>150</te:PieceQuantity>"),
                RuleCase.of("EVENT-GROSS-WEIGHT-SUM", "part of the container's cargo", GATE_IN)
                        .replace("<te:GrossWeightMeasure unitCode=\"KGM\">14980", "<te:GrossWeightMeasure unitCode=\"KGM\">9980"))
                .map(RuleCase::test);
    }
}
