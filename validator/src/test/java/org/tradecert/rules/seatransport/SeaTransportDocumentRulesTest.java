package org.tradecert.rules.seatransport;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tradecert.rules.common.RuleCase;
import org.tradecert.rules.common.RuleHarness.Edit;

import java.util.stream.Stream;

/** Each sea transport document rule on the example bill of lading, broken once, and on variants it must accept. */
class SeaTransportDocumentRulesTest {

    private static final String BILL = "sea/sea-transport-document.xml";
    private static final String ROOT = "/std:SeaTransportDocument";
    private static final String FIRST_GOODS = "Industrial switching power supply 24 V 20 A 480 W";

    @TestFactory
    Stream<DynamicTest> totalsAndContainers() {
        return Stream.of(
                RuleCase.of("SEA-GROSS-WEIGHT-SUM", "items heavier than the total", BILL)
                        .replace("<std:GrossWeightMeasure unitCode=\"KGM\">1900", "<std:GrossWeightMeasure unitCode=\"KGM\">1950")
                        .replace("<ram:GrossWeightMeasure unitCode=\"KGM\">1900", "<ram:GrossWeightMeasure unitCode=\"KGM\">1950")
                        .mismatch(ROOT + "/std:GrossWeightMeasure", "34650 KGM", "34600 KGM"),
                RuleCase.of("SEA-PACKAGE-QUANTITY-SUM", "more packages in the items than in the total", BILL)
                        .replace("<ram:ItemQuantity>100</ram:ItemQuantity>", "<ram:ItemQuantity>110</ram:ItemQuantity>")
                        .mismatch(ROOT + "/std:PackageQuantity", "260", "250"),
                RuleCase.of("SEA-EQUIPMENT-GROSS-WEIGHT-SUM", "second container lighter than its share", BILL)
                        .replace("<ram:GrossWeightMeasure unitCode=\"KGM\">19620", "<ram:GrossWeightMeasure unitCode=\"KGM\">19600")
                        .mismatch(ROOT + "/std:GrossWeightMeasure", "34580 KGM", "34600 KGM"),
                RuleCase.of("SEA-EQUIPMENT-PACKAGE-SUM", "second container with ten packages too few", BILL)
                        .replace("<ram:PackageQuantity>90</ram:PackageQuantity>", "<ram:PackageQuantity>80</ram:PackageQuantity>")
                        .mismatch(ROOT + "/std:PackageQuantity", "240", "250"),
                RuleCase.of("SEA-EQUIPMENT-GROSS-WEIGHT-SUM", "container also carrying other goods", BILL)
                        .replace("<ram:GrossWeightMeasure unitCode=\"KGM\">19620", "<ram:GrossWeightMeasure unitCode=\"KGM\">21000"),
                RuleCase.of("SEA-ITEM-EQUIPMENT-LISTED", "goods in a container the document does not list", BILL)
                        .replace("<std:EquipmentID>BOHU1024615</std:EquipmentID>", "<std:EquipmentID>BOHU3000000</std:EquipmentID>")
                        .reports(ROOT + "/std:ConsignmentItem/std:EquipmentID", "BOHU3000000", FIRST_GOODS, "BOHU1024615, BOHU2047359"),
                RuleCase.of("SEA-EQUIPMENT-UNUSED", "container that carries none of the goods", BILL)
                        .replace("<std:EquipmentID>BOHU2047359</std:EquipmentID>", "<std:EquipmentID>BOHU1024615</std:EquipmentID>")
                        .reports(ROOT + "/std:TransportEquipment[2]/ram:ID", "BOHU2047359"),
                RuleCase.of("SEA-ITEM-PACKAGE-WEIGHT", "outer packages heavier than the goods", BILL)
                        .replace("<ram:GrossWeightMeasure unitCode=\"KGM\">1900", "<ram:GrossWeightMeasure unitCode=\"KGM\">1950")
                        .mismatch(ROOT + "/std:ConsignmentItem/std:GrossWeightMeasure", "1950 KGM", "1900 KGM", FIRST_GOODS))
                .map(RuleCase::test);
    }

    @TestFactory
    Stream<DynamicTest> shipmentOnBoard() {
        return Stream.of(
                RuleCase.of("SEA-ON-BOARD-DATE-MISSING", "shipped on board without a date", BILL)
                        .edit(Edit.remove("std:ShippedOnBoardDateTime"))
                        .reports(ROOT + "/std:ShippedOnBoardIndicator", "BOHL26TXG004251"),
                RuleCase.of("SEA-ON-BOARD-DATE-MISSING", "received for shipment without a date", BILL)
                        .edit(Edit.remove("std:ShippedOnBoardDateTime"))
                        .replace("<std:ShippedOnBoardIndicator>true", "<std:ShippedOnBoardIndicator>false"),
                RuleCase.of("SEA-ON-BOARD-VESSEL-MISSING", "shipped on board without a vessel", BILL)
                        .edit(Edit.remove("ram:UsedTransportMeans"))
                        .reports(ROOT + "/std:MainCarriageTransportMovement", "BOHL26TXG004251"),
                RuleCase.of("SEA-ON-BOARD-VESSEL-MISSING", "vessel named by its IMO number only", BILL)
                        .replace("<ram:Name>EVER GIVEN</ram:Name>", ""),
                RuleCase.of("SEA-ON-BOARD-DATE-ORDER", "loaded after the bill was issued", BILL)
                        .replace("2026-10-11T16:40:00+08:00", "2026-10-12T09:00:00+08:00")
                        .reports(ROOT + "/std:ShippedOnBoardDateTime", "2026-10-12T09:00:00+08:00", "2026-10-11T18:00:00+08:00", "true"),
                RuleCase.of("SEA-ON-BOARD-DATE-ORDER", "on-board notation before the receipt", BILL)
                        .replace("<std:ShippedOnBoardIndicator>true", "<std:ShippedOnBoardIndicator>false")
                        .reports(ROOT + "/std:ShippedOnBoardDateTime", "2026-10-11T16:40:00+08:00", "2026-10-11T18:00:00+08:00", "false"),
                RuleCase.of("SEA-ON-BOARD-DATE-ORDER", "loaded in another time zone before the issue", BILL)
                        .replace("2026-10-11T16:40:00+08:00", "2026-10-11T09:30:00+00:00"))
                .map(RuleCase::test);
    }

    @TestFactory
    Stream<DynamicTest> originalsAndParties() {
        return Stream.of(
                RuleCase.of("SEA-ORIGINALS-STATED", "paper bill of lading without originals", BILL)
                        .replace("<std:ElectronicIndicator>true", "<std:ElectronicIndicator>false")
                        .reports(ROOT + "/std:ExchangedDocument/ram:TypeCode", "705", "—"),
                RuleCase.of("SEA-ORIGINALS-STATED", "paper bill of lading in three originals", BILL)
                        .replace("<std:ElectronicIndicator>true", "<std:ElectronicIndicator>false")
                        .replace("<std:ToOrderIndicator>false</std:ToOrderIndicator>",
                                "<std:ToOrderIndicator>false</std:ToOrderIndicator>\n  <std:OriginalIssuedQuantity>3</std:OriginalIssuedQuantity>"),
                RuleCase.of("SEA-ELECTRONIC-ORIGINALS", "electronic bill of lading in three originals", BILL)
                        .replace("<std:ToOrderIndicator>false</std:ToOrderIndicator>",
                                "<std:ToOrderIndicator>false</std:ToOrderIndicator>\n  <std:OriginalIssuedQuantity>3</std:OriginalIssuedQuantity>")
                        .reports(ROOT + "/std:OriginalIssuedQuantity", "3"),
                RuleCase.of("SEA-WAYBILL-NEGOTIABLE", "sea waybill made out to order", BILL)
                        .replace("<ram:TypeCode>705</ram:TypeCode>", "<ram:TypeCode>710</ram:TypeCode>")
                        .replace("<std:ToOrderIndicator>false", "<std:ToOrderIndicator>true")
                        .reports(ROOT + "/std:ToOrderIndicator", "ToOrderIndicator"),
                RuleCase.of("SEA-CONSIGNEE-MISSING", "straight bill of lading without a consignee", BILL)
                        .edit(Edit.remove("std:ConsigneeTradeParty"))
                        .reports(ROOT + "/std:ExchangedDocument/ram:TypeCode", "705"),
                RuleCase.of("SEA-CONSIGNEE-MISSING", "bill of lading to order without a consignee", BILL)
                        .edit(Edit.remove("std:ConsigneeTradeParty"))
                        .replace("<std:ToOrderIndicator>false", "<std:ToOrderIndicator>true"))
                .map(RuleCase::test);
    }
}
