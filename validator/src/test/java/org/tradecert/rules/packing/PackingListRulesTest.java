package org.tradecert.rules.packing;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tradecert.rules.common.RuleCase;

import java.util.stream.Stream;

/** Each packing list rule on the example sea packing list, broken once, and on variants it must accept. */
class PackingListRulesTest {

    private static final String LIST = "sea/packing-list.xml";
    private static final String ITEM_GROSS = "<pl:GrossWeightMeasure unitCode=\"KGM\">1900";
    private static final String PACKAGE_GROSS = "<ram:GrossWeightMeasure unitCode=\"KGM\">1900";
    private static final String ITEM_NET = "<pl:NetWeightMeasure unitCode=\"KGM\">1620";
    private static final String PACKAGE_NET = "<ram:NetWeightMeasure unitCode=\"KGM\">1620";

    @TestFactory
    Stream<DynamicTest> totals() {
        return Stream.of(
                RuleCase.of("PACKING-GROSS-WEIGHT-SUM", "items heavier than the total", LIST)
                        .replace(ITEM_GROSS, "<pl:GrossWeightMeasure unitCode=\"KGM\">1950")
                        .replace(PACKAGE_GROSS, "<ram:GrossWeightMeasure unitCode=\"KGM\">1950")
                        .mismatch("/pl:PackingList/pl:GrossWeightMeasure", "34650 KGM", "34600 KGM"),
                RuleCase.of("PACKING-NET-WEIGHT-SUM", "items heavier than the total", LIST)
                        .replace(ITEM_NET, "<pl:NetWeightMeasure unitCode=\"KGM\">1700")
                        .replace(PACKAGE_NET, "<ram:NetWeightMeasure unitCode=\"KGM\">1700")
                        .mismatch("/pl:PackingList/pl:NetWeightMeasure", "31100 KGM", "31020 KGM"),
                RuleCase.of("PACKING-PACKAGE-QUANTITY-SUM", "more packages in the items than in the total", LIST)
                        .replace("<ram:ItemQuantity>100</ram:ItemQuantity>", "<ram:ItemQuantity>110</ram:ItemQuantity>")
                        .mismatch("/pl:PackingList/pl:PackageQuantity", "260", "250"),
                RuleCase.of("PACKING-ITEM-PACKAGE-WEIGHT", "package heavier than its item", LIST)
                        .replace(PACKAGE_GROSS, "<ram:GrossWeightMeasure unitCode=\"KGM\">1950")
                        .mismatch("/pl:PackingList/pl:Item/pl:GrossWeightMeasure", "1950 KGM", "1900 KGM", "1", "GrossWeightMeasure"),
                RuleCase.of("PACKING-ITEM-PACKAGE-WEIGHT", "package net weight in grams", LIST)
                        .replace(PACKAGE_NET, "<ram:NetWeightMeasure unitCode=\"GRM\">1620000"),
                RuleCase.of("PACKING-NET-ABOVE-GROSS", "total net weight above the gross weight", LIST)
                        .replace("<pl:NetWeightMeasure unitCode=\"KGM\">31020", "<pl:NetWeightMeasure unitCode=\"KGM\">34700")
                        .reports("/pl:PackingList/pl:NetWeightMeasure", "34700 KGM", "34600 KGM")
                        .alsoReported("PACKING-NET-WEIGHT-SUM"))
                .map(RuleCase::test);
    }

    @TestFactory
    Stream<DynamicTest> containers() {
        return Stream.of(
                RuleCase.of("PACKING-EQUIPMENT-GROSS-WEIGHT-SUM", "containers lighter than the total", LIST)
                        .replace("<ram:GrossWeightMeasure unitCode=\"KGM\">14980", "<ram:GrossWeightMeasure unitCode=\"KGM\">14900")
                        .mismatch("/pl:PackingList/pl:GrossWeightMeasure", "34520 KGM", "34600 KGM"),
                RuleCase.of("PACKING-EQUIPMENT-GROSS-WEIGHT-SUM", "container also carrying other goods", LIST)
                        .replace("<ram:GrossWeightMeasure unitCode=\"KGM\">14980", "<ram:GrossWeightMeasure unitCode=\"KGM\">15000"),
                RuleCase.of("PACKING-EQUIPMENT-PACKAGE-SUM", "containers with ten packages too few", LIST)
                        .replace("<ram:PackageQuantity>160</ram:PackageQuantity>", "<ram:PackageQuantity>150</ram:PackageQuantity>")
                        .mismatch("/pl:PackingList/pl:PackageQuantity", "240", "250"),
                RuleCase.of("PACKING-EQUIPMENT-PACKAGE-SUM", "container also carrying other packages", LIST)
                        .replace("<ram:PackageQuantity>160</ram:PackageQuantity>", "<ram:PackageQuantity>170</ram:PackageQuantity>"),
                RuleCase.of("PACKING-ITEM-EQUIPMENT-LISTED", "item in a container the list does not give", LIST)
                        .replace("<pl:EquipmentID>BOHU1024615</pl:EquipmentID>", "<pl:EquipmentID>BOHU1024651</pl:EquipmentID>")
                        .reports("/pl:PackingList/pl:Item/pl:EquipmentID", "BOHU1024651", "1", "BOHU1024615, BOHU2047359"),
                RuleCase.of("PACKING-SAME-PLACE", "discharge at the place of loading", LIST)
                        .replace("<pl:UnloadingLocation>\n    <ram:ID>NLRTM</ram:ID>", "<pl:UnloadingLocation>\n    <ram:ID>CNTXG</ram:ID>")
                        .reports("/pl:PackingList/pl:UnloadingLocation/ram:ID", "CNTXG"),
                RuleCase.of("PACKING-INVOICE-REFERENCE-TYPE", "credit note referenced as the invoice", LIST)
                        .replace("<ram:TypeCode>380</ram:TypeCode>", "<ram:TypeCode>381</ram:TypeCode>")
                        .mismatch("/pl:PackingList/pl:InvoiceReferencedDocument/ram:TypeCode", "380", "381", "HL-INV-2026-0142"))
                .map(RuleCase::test);
    }
}
