package org.tradecert.rules.declaration;

import org.junit.jupiter.api.Test;
import org.tradecert.api.DocumentResult;
import org.tradecert.api.Finding;
import org.tradecert.api.Severity;
import org.tradecert.rules.invoice.RuleHarness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradecert.rules.invoice.RuleHarness.single;
import static org.tradecert.rules.invoice.RuleHarness.tradeFindings;

/** Each goods declaration rule on the demo export declarations with values changed, through the real engine. */
class DeclarationRulesTest {

    private static final String SEA = "sea/goods-declaration.xml";
    private static final String AIR = "air/goods-declaration.xml";

    /** Validates the sea declaration with each pair of texts replaced in turn. */
    private static DocumentResult sea(String... replacements) {
        return changed(SEA, replacements);
    }

    private static DocumentResult changed(String example, String... replacements) {
        String text = RuleHarness.read(RuleHarness.valid(example));
        for (int i = 0; i < replacements.length; i += 2) {
            text = RuleHarness.replaceOnce(text, replacements[i], replacements[i + 1]);
        }
        return RuleHarness.validate(text, example.replace('/', '-'));
    }

    /**
     * Returns the replacements that turn the sea declaration into an import of the same goods
     * into Tianjin, followed by {@code more}. The import has type 929 and flag 1, swapped
     * countries and ports, and valuation confirmations. Under CIF it states no freight or
     * insurance, so the declared value is the sum of the items.
     */
    private static String[] asImport(String... more) {
        String[] base = {
                "<ram:ID>020220260001234567</ram:ID>", "<ram:ID>020220261001234567</ram:ID>",
                "<ram:TypeCode>830</ram:TypeCode>", "<ram:TypeCode>929</ram:TypeCode>",
                "<gd:ExportCountryID>CN</gd:ExportCountryID>", "<gd:ExportCountryID>NL</gd:ExportCountryID>",
                "<gd:ImportCountryID>NL</gd:ImportCountryID>", "<gd:ImportCountryID>CN</gd:ImportCountryID>",
                "<gd:LoadingLocation>\n    <ram:ID>CNTXG</ram:ID>\n    <ram:Name>Tianjin Xingang</ram:Name>\n    <ram:CountryID>CN</ram:CountryID>",
                "<gd:LoadingLocation>\n    <ram:ID>NLRTM</ram:ID>\n    <ram:Name>Rotterdam</ram:Name>\n    <ram:CountryID>NL</ram:CountryID>",
                "<gd:UnloadingLocation>\n    <ram:ID>NLRTM</ram:ID>\n    <ram:Name>Rotterdam</ram:Name>\n    <ram:CountryID>NL</ram:CountryID>",
                "<gd:UnloadingLocation>\n    <ram:ID>CNTXG</ram:ID>\n    <ram:Name>Tianjin Xingang</ram:Name>\n    <ram:CountryID>CN</ram:CountryID>",
                "<gd:FinalDestinationCountryID>NL</gd:FinalDestinationCountryID>\n    <gd:DutyModeCode>1</gd:DutyModeCode>\n    <gd:NetWeightMeasure unitCode=\"KGM\">1620",
                "<gd:FinalDestinationCountryID>CN</gd:FinalDestinationCountryID>\n    <gd:DutyModeCode>1</gd:DutyModeCode>\n    <gd:NetWeightMeasure unitCode=\"KGM\">1620",
                "<gd:FinalDestinationCountryID>NL</gd:FinalDestinationCountryID>\n    <gd:DutyModeCode>1</gd:DutyModeCode>\n    <gd:NetWeightMeasure unitCode=\"KGM\">29400",
                "<gd:FinalDestinationCountryID>CN</gd:FinalDestinationCountryID>\n    <gd:DutyModeCode>1</gd:DutyModeCode>\n    <gd:NetWeightMeasure unitCode=\"KGM\">29400",
                "<gd:DeclaredValueForCustomsAmount", "<gd:RelatedPartyIndicator>false</gd:RelatedPartyIndicator>"
                        + "<gd:RoyaltyPaymentIndicator>false</gd:RoyaltyPaymentIndicator><gd:DeclaredValueForCustomsAmount",
                "  <gd:FreightChargeAmount currencyID=\"USD\">6400.00</gd:FreightChargeAmount>\n", "",
                "  <gd:InsuranceChargeAmount currencyID=\"USD\">520.00</gd:InsuranceChargeAmount>\n", "",
                ">235520.00</gd:DeclaredValueForCustomsAmount>", ">228600.00</gd:DeclaredValueForCustomsAmount>"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void importVariantIsValid() {
        DocumentResult result = sea(asImport());

        assertThat(result.findings()).isEmpty();
    }

    @Test
    void numberWithImportFlagOnExport() {
        DocumentResult result = sea("<ram:ID>020220260001234567</ram:ID>", "<ram:ID>020220261001234567</ram:ID>");

        Finding finding = single(result, "DECL-NUMBER");
        assertThat(finding.expected()).isEqualTo("020220260#########");
        assertThat(finding.actual()).isEqualTo("020220261001234567");
        assertThat(finding.location().xpath()).isEqualTo("/gd:GoodsDeclaration/gd:ExchangedDocument/ram:ID");
    }

    @Test
    void numberOfAnotherOffice() {
        DocumentResult result = sea("<ram:ID>020220260001234567</ram:ID>", "<ram:ID>020320260001234567</ram:ID>");

        Finding finding = single(result, "DECL-NUMBER");
        assertThat(finding.expected()).isEqualTo("020220260#########");
        assertThat(finding.actual()).isEqualTo("020320260001234567");
    }

    @Test
    void numberAcceptedInFollowingYear() {
        DocumentResult result = sea("<ram:ID>020220260001234567</ram:ID>", "<ram:ID>020220270001234567</ram:ID>");

        assertThat(RuleHarness.findings(result, "DECL-NUMBER")).isEmpty();
    }

    @Test
    void exportFromAbroad() {
        DocumentResult result = sea("<gd:ExportCountryID>CN</gd:ExportCountryID>", "<gd:ExportCountryID>KR</gd:ExportCountryID>");

        Finding finding = single(result, "DECL-COUNTRY-DIRECTION");
        assertThat(finding.arguments()).containsExactly("ExportCountryID", "KR", "830", "2");
        assertThat(finding.location().xpath()).isEqualTo("/gd:GoodsDeclaration/gd:ExportCountryID");
    }

    @Test
    void exportArrivingInChina() {
        DocumentResult result = sea("<gd:ImportCountryID>NL</gd:ImportCountryID>", "<gd:ImportCountryID>CN</gd:ImportCountryID>");

        Finding finding = single(result, "DECL-COUNTRY-DIRECTION");
        assertThat(finding.arguments()).containsExactly("ImportCountryID", "CN", "830", "2");
        assertThat(finding.location().xpath()).isEqualTo("/gd:GoodsDeclaration/gd:ImportCountryID");
    }

    @Test
    void bondedAreaMovementIsChinaOnBothSides() {
        DocumentResult inward = sea("<gd:TransportModeCode>2</gd:TransportModeCode>", "<gd:TransportModeCode>7</gd:TransportModeCode>",
                "<gd:ImportCountryID>NL</gd:ImportCountryID>", "<gd:ImportCountryID>CN</gd:ImportCountryID>");

        assertThat(RuleHarness.findings(inward, "DECL-COUNTRY-DIRECTION")).isEmpty();
        assertThat(RuleHarness.findings(inward, "DECL-DESTINATION-COUNTRY")).hasSize(2);
    }

    @Test
    void importEndingAbroad() {
        DocumentResult result = sea(asImport("<gd:FinalDestinationCountryID>CN</gd:FinalDestinationCountryID>\n    <gd:DutyModeCode>1</gd:DutyModeCode>\n    <gd:NetWeightMeasure unitCode=\"KGM\">29400",
                "<gd:FinalDestinationCountryID>DE</gd:FinalDestinationCountryID>\n    <gd:DutyModeCode>1</gd:DutyModeCode>\n    <gd:NetWeightMeasure unitCode=\"KGM\">29400"));

        Finding finding = single(result, "DECL-DESTINATION-COUNTRY");
        assertThat(finding.arguments()).containsExactly("2", "DE", "929", "2");
        assertThat(finding.location().xpath()).isEqualTo("/gd:GoodsDeclaration/gd:Item[2]/gd:FinalDestinationCountryID");
    }

    @Test
    void exportLeavingFromForeignPort() {
        DocumentResult result = sea("<gd:LoadingLocation>\n    <ram:ID>CNTXG</ram:ID>", "<gd:LoadingLocation>\n    <ram:ID>KRPUS</ram:ID>");

        Finding finding = single(result, "DECL-CHINA-PORT");
        assertThat(finding.arguments()).containsExactly("LoadingLocation", "KRPUS", "KR", "830");
        assertThat(finding.location().xpath()).isEqualTo("/gd:GoodsDeclaration/gd:LoadingLocation");
    }

    @Test
    void itemNumberSkipped() {
        DocumentResult result = sea("<gd:SequenceNumeric>2</gd:SequenceNumeric>", "<gd:SequenceNumeric>3</gd:SequenceNumeric>");

        Finding finding = single(result, "DECL-ITEM-SEQUENCE");
        assertThat(finding.expected()).isEqualTo("2");
        assertThat(finding.actual()).isEqualTo("3");
        assertThat(finding.location().xpath()).isEqualTo("/gd:GoodsDeclaration/gd:Item[2]/gd:SequenceNumeric");
    }

    @Test
    void commodityCodeOfSixDigits() {
        DocumentResult result = sea("<ram:ClassCode listID=\"HS\">8501520000</ram:ClassCode>", "<ram:ClassCode listID=\"HS\">850152</ram:ClassCode>");

        Finding finding = single(result, "DECL-COMMODITY-CODE");
        assertThat(finding.arguments()).containsExactly("2", "850152", "HS");
        assertThat(finding.location().xpath()).isEqualTo("/gd:GoodsDeclaration/gd:Item[2]/gd:Product/ram:ClassCode");
    }

    @Test
    void itemWithoutOrigin() {
        DocumentResult result = sea("<ram:ClassCode listID=\"HS\">8501520000</ram:ClassCode>\n      <ram:OriginCountryID>CN</ram:OriginCountryID>",
                "<ram:ClassCode listID=\"HS\">8501520000</ram:ClassCode>");

        Finding finding = single(result, "DECL-ORIGIN-COUNTRY");
        assertThat(finding.arguments()).containsExactly("2");
        assertThat(finding.location().xpath()).isEqualTo("/gd:GoodsDeclaration/gd:Item[2]/gd:Product");
        assertThat(tradeFindings(result)).containsExactly("DECL-ORIGIN-COUNTRY");
    }

    @Test
    void itemValueDiffersFromQuantityTimesPrice() {
        DocumentResult result = sea(">102600.00</gd:DeclaredValueAmount>", ">102700.00</gd:DeclaredValueAmount>");

        Finding finding = single(result, "DECL-ITEM-VALUE");
        assertThat(finding.expected()).isEqualTo("102600.00 USD");
        assertThat(finding.actual()).isEqualTo("102700.00 USD");
        assertThat(finding.arguments()).containsSequence("1", "1200", "85.50 USD", "6.005");
        assertThat(finding.location().xpath()).isEqualTo("/gd:GoodsDeclaration/gd:Item/gd:DeclaredValueAmount");
    }

    @Test
    void itemValueToleratesRoundedUnitPrice() {
        // 300 × 420.0033 = 126000.99: a unit price rounded to 4 decimals from a total of 126001.00.
        DocumentResult within = sea(">126000.00</gd:DeclaredValueAmount>", ">126001.00</gd:DeclaredValueAmount>",
                ">420.00</gd:UnitPriceAmount>", ">420.0033</gd:UnitPriceAmount>");
        // 300 × 420.0033 = 126000.99, more than 300 × 0.00005 + 0.005 = 0.02 away from 126002.00.
        DocumentResult beyond = sea(">126000.00</gd:DeclaredValueAmount>", ">126002.00</gd:DeclaredValueAmount>",
                ">420.00</gd:UnitPriceAmount>", ">420.0033</gd:UnitPriceAmount>");

        assertThat(RuleHarness.findings(within, "DECL-ITEM-VALUE")).isEmpty();
        assertThat(RuleHarness.findings(beyond, "DECL-ITEM-VALUE")).hasSize(1);
    }

    @Test
    void declaredValueWithoutFreightOfCif() {
        DocumentResult result = sea(">235520.00</gd:DeclaredValueForCustomsAmount>", ">229120.00</gd:DeclaredValueForCustomsAmount>");

        Finding finding = single(result, "DECL-TOTAL-VALUE");
        assertThat(finding.expected()).isEqualTo("235520.00 USD");
        assertThat(finding.actual()).isEqualTo("229120.00 USD");
        assertThat(finding.arguments()).containsSequence("1", "228600.00", "6400.00", "520.00");
        assertThat(finding.location().xpath()).isEqualTo("/gd:GoodsDeclaration/gd:DeclaredValueForCustomsAmount");
        assertThat(tradeFindings(result)).containsExactly("DECL-TOTAL-VALUE");
    }

    @Test
    void declaredValueUnderFobIsItemsOnly() {
        DocumentResult result = sea(asImport("<gd:TransactionModeCode>1</gd:TransactionModeCode>", "<gd:TransactionModeCode>3</gd:TransactionModeCode>",
                "<ram:DeliveryTypeCode>CIF</ram:DeliveryTypeCode>", "<ram:DeliveryTypeCode>FOB</ram:DeliveryTypeCode>",
                "<gd:PackageTypeCode>", "<gd:FreightChargeAmount currencyID=\"USD\">6400.00</gd:FreightChargeAmount>"
                        + "<gd:InsuranceChargeAmount currencyID=\"USD\">520.00</gd:InsuranceChargeAmount><gd:PackageTypeCode>"));

        assertThat(result.findings()).isEmpty();
    }

    @Test
    void chargeInOtherCurrency() {
        DocumentResult result = sea("<gd:InsuranceChargeAmount currencyID=\"USD\">", "<gd:InsuranceChargeAmount currencyID=\"CNY\">");

        Finding finding = single(result, "DECL-CURRENCY");
        assertThat(finding.expected()).isEqualTo("USD");
        assertThat(finding.actual()).isEqualTo("CNY");
        assertThat(finding.location().xpath()).isEqualTo("/gd:GoodsDeclaration/gd:InsuranceChargeAmount/@currencyID");
    }

    @Test
    void exchangeRateIntoEuro() {
        DocumentResult result = sea("<gd:PackageTypeCode>", "<gd:CurrencyExchange><ram:SourceCurrencyCode>USD</ram:SourceCurrencyCode>"
                + "<ram:TargetCurrencyCode>EUR</ram:TargetCurrencyCode><ram:ConversionRateNumeric>0.92</ram:ConversionRateNumeric></gd:CurrencyExchange><gd:PackageTypeCode>");

        Finding finding = single(result, "DECL-EXCHANGE-RATE");
        assertThat(finding.arguments()).containsExactly("USD", "USD", "EUR", "0.92");
        assertThat(finding.location().xpath()).endsWith("/gd:CurrencyExchange/ram:TargetCurrencyCode");
    }

    @Test
    void fobModeForCifContract() {
        DocumentResult result = sea("<gd:TransactionModeCode>1</gd:TransactionModeCode>", "<gd:TransactionModeCode>3</gd:TransactionModeCode>");

        Finding finding = single(result, "DECL-TRANSACTION-MODE-TERMS");
        assertThat(finding.expected()).isEqualTo("1");
        assertThat(finding.actual()).isEqualTo("3");
        assertThat(finding.arguments()).last().isEqualTo("CIF");
        assertThat(finding.location().xpath()).isEqualTo("/gd:GoodsDeclaration/gd:TransactionModeCode");
    }

    @Test
    void exportUnderCifWithoutFreight() {
        DocumentResult result = sea("  <gd:FreightChargeAmount currencyID=\"USD\">6400.00</gd:FreightChargeAmount>\n", "",
                ">235520.00</gd:DeclaredValueForCustomsAmount>", ">229120.00</gd:DeclaredValueForCustomsAmount>");

        Finding finding = single(result, "DECL-FREIGHT-MISSING");
        assertThat(finding.arguments()).containsExactly("1", "830");
        assertThat(finding.location().xpath()).isEqualTo("/gd:GoodsDeclaration/gd:TransactionModeCode");
        assertThat(tradeFindings(result)).containsExactly("DECL-FREIGHT-MISSING");
    }

    @Test
    void exportUnderCAndIWithFreight() {
        DocumentResult result = sea("<gd:TransactionModeCode>1</gd:TransactionModeCode>", "<gd:TransactionModeCode>4</gd:TransactionModeCode>",
                "  <gd:ApplicableTradeDeliveryTerms>\n    <ram:DeliveryTypeCode>CIF</ram:DeliveryTypeCode>\n    <ram:RelevantTradeLocation>\n      <ram:ID>NLRTM</ram:ID>\n      <ram:Name>Rotterdam</ram:Name>\n      <ram:CountryID>NL</ram:CountryID>\n    </ram:RelevantTradeLocation>\n  </gd:ApplicableTradeDeliveryTerms>\n", "",
                ">235520.00</gd:DeclaredValueForCustomsAmount>", ">229120.00</gd:DeclaredValueForCustomsAmount>");

        Finding finding = single(result, "DECL-FREIGHT-UNEXPECTED");
        assertThat(finding.arguments()).containsExactly("4", "830", "6400.00 USD");
        assertThat(finding.location().xpath()).isEqualTo("/gd:GoodsDeclaration/gd:FreightChargeAmount");
        assertThat(tradeFindings(result)).containsExactly("DECL-FREIGHT-UNEXPECTED");
    }

    @Test
    void importUnderFobWithoutInsurance() {
        DocumentResult result = sea(asImport("<gd:TransactionModeCode>1</gd:TransactionModeCode>", "<gd:TransactionModeCode>3</gd:TransactionModeCode>",
                "<ram:DeliveryTypeCode>CIF</ram:DeliveryTypeCode>", "<ram:DeliveryTypeCode>FOB</ram:DeliveryTypeCode>",
                "<gd:PackageTypeCode>", "<gd:FreightChargeAmount currencyID=\"USD\">6400.00</gd:FreightChargeAmount><gd:PackageTypeCode>"));

        Finding finding = single(result, "DECL-INSURANCE-MISSING");
        assertThat(finding.arguments()).containsExactly("3", "929");
        assertThat(finding.location().xpath()).isEqualTo("/gd:GoodsDeclaration/gd:TransactionModeCode");
        assertThat(tradeFindings(result)).containsExactly("DECL-INSURANCE-MISSING");
    }

    @Test
    void importUnderCifWithInsurance() {
        DocumentResult result = sea(asImport("<gd:PackageTypeCode>", "<gd:InsuranceChargeAmount currencyID=\"USD\">520.00</gd:InsuranceChargeAmount><gd:PackageTypeCode>",
                ">228600.00</gd:DeclaredValueForCustomsAmount>", ">229120.00</gd:DeclaredValueForCustomsAmount>"));

        Finding finding = single(result, "DECL-INSURANCE-UNEXPECTED");
        assertThat(finding.arguments()).containsExactly("1", "929", "520.00 USD");
        assertThat(finding.location().xpath()).isEqualTo("/gd:GoodsDeclaration/gd:InsuranceChargeAmount");
        assertThat(tradeFindings(result)).containsExactly("DECL-INSURANCE-UNEXPECTED");
    }

    @Test
    void importWithoutRoyaltyConfirmation() {
        DocumentResult result = sea(asImport("<gd:RoyaltyPaymentIndicator>false</gd:RoyaltyPaymentIndicator>", ""));

        Finding finding = single(result, "DECL-VALUATION-CONFIRMATIONS");
        assertThat(finding.arguments()).containsExactly("RoyaltyPaymentIndicator", "false", "-", "-");
        assertThat(finding.location().xpath()).isEqualTo("/gd:GoodsDeclaration");
    }

    @Test
    void importWithPriceInfluenceForUnrelatedParties() {
        DocumentResult result = sea(asImport("<gd:RoyaltyPaymentIndicator>", "<gd:PriceInfluenceIndicator>true</gd:PriceInfluenceIndicator><gd:RoyaltyPaymentIndicator>"));

        Finding finding = single(result, "DECL-VALUATION-CONFIRMATIONS");
        assertThat(finding.arguments()).containsExactly("PriceInfluenceIndicator", "false", "true", "false");
        assertThat(finding.location().xpath()).isEqualTo("/gd:GoodsDeclaration/gd:PriceInfluenceIndicator");
    }

    @Test
    void grossWeightInTonnes() {
        DocumentResult result = sea("<gd:GrossWeightMeasure unitCode=\"KGM\">34600</gd:GrossWeightMeasure>", "<gd:GrossWeightMeasure unitCode=\"TNE\">34.6</gd:GrossWeightMeasure>");

        Finding finding = single(result, "DECL-WEIGHT-UNIT");
        assertThat(finding.expected()).isEqualTo("KGM");
        assertThat(finding.actual()).isEqualTo("TNE");
        assertThat(finding.location().xpath()).isEqualTo("/gd:GoodsDeclaration/gd:GrossWeightMeasure/@unitCode");
        assertThat(tradeFindings(result)).containsExactly("DECL-WEIGHT-UNIT");
    }

    @Test
    void netWeightAboveGrossWeight() {
        DocumentResult result = changed(AIR, "<gd:GrossWeightMeasure unitCode=\"KGM\">412.5</gd:GrossWeightMeasure>", "<gd:GrossWeightMeasure unitCode=\"KGM\">350.0</gd:GrossWeightMeasure>");

        assertThat(RuleHarness.findings(result, "DECL-NET-GROSS-WEIGHT")).extracting(f -> f.arguments().get(0))
                .containsExactly("NetWeightMeasure", "Item[1]/NetWeightMeasure");
        assertThat(RuleHarness.findings(result, "DECL-NET-GROSS-WEIGHT")).extracting(f -> f.location().xpath())
                .containsExactly("/gd:GoodsDeclaration/gd:NetWeightMeasure", "/gd:GoodsDeclaration/gd:Item/gd:NetWeightMeasure");
        assertThat(RuleHarness.findings(result, "DECL-NET-GROSS-WEIGHT")).extracting(f -> f.arguments().get(2))
                .containsOnly("350.0 KGM");
    }

    @Test
    void netWeightDiffersFromItems() {
        DocumentResult result = sea(">31020</gd:NetWeightMeasure>", ">31000</gd:NetWeightMeasure>");

        Finding finding = single(result, "DECL-NET-WEIGHT-SUM");
        assertThat(finding.expected()).isEqualTo("31020 KGM");
        assertThat(finding.actual()).isEqualTo("31000 KGM");
        assertThat(finding.location().xpath()).isEqualTo("/gd:GoodsDeclaration/gd:NetWeightMeasure");
    }

    @Test
    void legalQuantityDiffersInSameUnit() {
        DocumentResult result = sea("<gd:LegalQuantity unitCode=\"H87\">300</gd:LegalQuantity>", "<gd:LegalQuantity unitCode=\"H87\">30</gd:LegalQuantity>");

        Finding finding = single(result, "DECL-LEGAL-QUANTITY");
        assertThat(finding.expected()).isEqualTo("300 H87");
        assertThat(finding.actual()).isEqualTo("30 H87");
        assertThat(finding.location().xpath()).isEqualTo("/gd:GoodsDeclaration/gd:Item[2]/gd:LegalQuantity");
    }

    @Test
    void secondLegalQuantityInFirstUnit() {
        DocumentResult result = sea("<gd:LegalQuantity unitCode=\"H87\">300</gd:LegalQuantity>",
                "<gd:LegalQuantity unitCode=\"KGM\">29400</gd:LegalQuantity><gd:SecondLegalQuantity unitCode=\"KGM\">29400</gd:SecondLegalQuantity>");

        Finding finding = single(result, "DECL-SECOND-LEGAL-UNIT");
        assertThat(finding.arguments()).containsExactly("2", "KGM");
        assertThat(finding.location().xpath()).isEqualTo("/gd:GoodsDeclaration/gd:Item[2]/gd:SecondLegalQuantity/@unitCode");
    }

    @Test
    void legalWeightDiffersFromNetWeight() {
        DocumentResult result = sea("<gd:LegalQuantity unitCode=\"H87\">300</gd:LegalQuantity>", "<gd:LegalQuantity unitCode=\"KGM\">32700</gd:LegalQuantity>");

        Finding finding = single(result, "DECL-LEGAL-QUANTITY-WEIGHT");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.expected()).isEqualTo("29400 KGM");
        assertThat(finding.actual()).isEqualTo("32700 KGM");
        assertThat(finding.location().xpath()).isEqualTo("/gd:GoodsDeclaration/gd:Item[2]/gd:LegalQuantity");
    }

    @Test
    void legalWeightEqualToNetWeight() {
        DocumentResult result = sea("<gd:LegalQuantity unitCode=\"H87\">300</gd:LegalQuantity>", "<gd:LegalQuantity unitCode=\"KGM\">29400.000</gd:LegalQuantity>");

        assertThat(RuleHarness.findings(result, "DECL-LEGAL-QUANTITY-WEIGHT")).isEmpty();
    }

    @Test
    void packageCountOfZero() {
        DocumentResult result = changed(AIR, "<gd:PackageQuantity>10</gd:PackageQuantity>", "<gd:PackageQuantity>0</gd:PackageQuantity>");

        Finding finding = single(result, "DECL-PACKAGE-COUNT");
        assertThat(finding.arguments()).containsExactly("0");
        assertThat(finding.location().xpath()).isEqualTo("/gd:GoodsDeclaration/gd:PackageQuantity");
    }

    @Test
    void packageCountWithFraction() {
        DocumentResult result = changed(AIR, "<gd:PackageQuantity>10</gd:PackageQuantity>", "<gd:PackageQuantity>10.5</gd:PackageQuantity>");

        assertThat(single(result, "DECL-PACKAGE-COUNT").arguments()).containsExactly("10.5");
    }

    @Test
    void containersHoldOtherPackageCount() {
        DocumentResult result = sea("<ram:PackageQuantity>90</ram:PackageQuantity>", "<ram:PackageQuantity>80</ram:PackageQuantity>");

        Finding finding = single(result, "DECL-EQUIPMENT-PACKAGES");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.expected()).isEqualTo("240");
        assertThat(finding.actual()).isEqualTo("250");
        assertThat(finding.location().xpath()).isEqualTo("/gd:GoodsDeclaration/gd:PackageQuantity");
    }

    @Test
    void containersCarryOtherWeight() {
        DocumentResult result = sea("<ram:GrossWeightMeasure unitCode=\"KGM\">19620</ram:GrossWeightMeasure>", "<ram:GrossWeightMeasure unitCode=\"KGM\">19600</ram:GrossWeightMeasure>");

        Finding finding = single(result, "DECL-EQUIPMENT-WEIGHT");
        assertThat(finding.expected()).isEqualTo("34580 KGM");
        assertThat(finding.actual()).isEqualTo("34600 KGM");
        assertThat(finding.location().xpath()).isEqualTo("/gd:GoodsDeclaration/gd:GrossWeightMeasure");
    }

    @Test
    void waterwayDeclaredWithAirMovement() {
        DocumentResult result = sea("<ram:ModeCode>1</ram:ModeCode>", "<ram:ModeCode>4</ram:ModeCode>");

        Finding finding = single(result, "DECL-TRANSPORT-MODE");
        assertThat(finding.expected()).isEqualTo("1, 8");
        assertThat(finding.actual()).isEqualTo("4");
        assertThat(finding.location().xpath()).isEqualTo("/gd:GoodsDeclaration/gd:BorderTransportMovement/ram:ModeCode");
    }

    @Test
    void airDeclaredWithBillOfLading() {
        DocumentResult result = changed(AIR, "<ram:TypeCode>740</ram:TypeCode>", "<ram:TypeCode>705</ram:TypeCode>");

        Finding finding = single(result, "DECL-TRANSPORT-DOCUMENT");
        assertThat(finding.expected()).isEqualTo("703, 740, 741");
        assertThat(finding.actual()).isEqualTo("705");
        assertThat(finding.arguments()).containsSequence("963-26100454", "5");
        assertThat(finding.location().xpath()).isEqualTo("/gd:GoodsDeclaration/gd:TransportContractReferencedDocument/ram:TypeCode");
    }

    @Test
    void exportDateBeforeDeclaration() {
        DocumentResult result = sea("<gd:TransportModeCode>", "<gd:ExportImportDate>2026-10-08</gd:ExportImportDate><gd:TransportModeCode>");

        Finding finding = single(result, "DECL-EXPORT-DATE");
        assertThat(finding.arguments()).containsExactly("2026-10-08", "2026-10-09");
        assertThat(finding.location().xpath()).isEqualTo("/gd:GoodsDeclaration/gd:ExportImportDate");
    }

    @Test
    void importDeclaredOnFifteenthDay() {
        DocumentResult late = sea(asImport("<gd:TransportModeCode>", "<gd:ExportImportDate>2026-09-25</gd:ExportImportDate><gd:TransportModeCode>"));
        DocumentResult inTime = sea(asImport("<gd:TransportModeCode>", "<gd:ExportImportDate>2026-09-26</gd:ExportImportDate><gd:TransportModeCode>"));
        DocumentResult advance = sea(asImport("<gd:TransportModeCode>", "<gd:ExportImportDate>2026-10-20</gd:ExportImportDate><gd:TransportModeCode>"));

        Finding finding = single(late, "DECL-IMPORT-DEADLINE");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.arguments()).containsExactly("2026-10-09", "2026-09-25", "14", "14");
        assertThat(finding.location().xpath()).isEqualTo("/gd:GoodsDeclaration/gd:ExchangedDocument/ram:IssueDateTime");
        assertThat(RuleHarness.findings(inTime, "DECL-IMPORT-DEADLINE")).isEmpty();
        assertThat(RuleHarness.findings(advance, "DECL-IMPORT-DEADLINE")).isEmpty();
    }
}
