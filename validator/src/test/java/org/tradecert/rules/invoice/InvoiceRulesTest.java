package org.tradecert.rules.invoice;

import org.junit.jupiter.api.Test;
import org.tradecert.api.DocumentResult;
import org.tradecert.api.Finding;
import org.tradecert.api.RuleOutcome;
import org.tradecert.api.Severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradecert.rules.invoice.RuleHarness.single;
import static org.tradecert.rules.invoice.RuleHarness.tradeFindings;
import static org.tradecert.rules.invoice.RuleHarness.validateChanged;

/** Each commercial invoice rule on the demo invoices with one value changed, through the real engine. */
class InvoiceRulesTest {

    private static final String SEA = "sea/commercial-invoice.xml";
    private static final String AIR = "air/commercial-invoice.xml";

    @Test
    void lineAmountDiffersFromQuantityTimesPrice() {
        DocumentResult result = validateChanged(SEA, "<ci:NetPriceAmount currencyID=\"USD\">85.50<", "<ci:NetPriceAmount currencyID=\"USD\">85.60<");

        Finding finding = single(result, "INV-LINE-AMOUNT");
        assertThat(finding.expected()).isEqualTo("102720.00 USD");
        assertThat(finding.actual()).isEqualTo("102600.00 USD");
        assertThat(finding.arguments()).containsSequence("1", "1200", "85.60 USD", "1");
        assertThat(finding.location().xpath()).isEqualTo("/ci:CommercialInvoice/ci:IncludedLineItem/ci:LineTotalAmount");
        assertThat(finding.location().line()).isEqualTo(96);
        assertThat(tradeFindings(result)).containsExactly("INV-LINE-AMOUNT");
    }

    @Test
    void lineAmountRoundsHalfUpToMinorUnit() {
        // 1200 × 85.500004 = 102600.0048, which rounds to the stated 102600.00 USD.
        DocumentResult rounded = validateChanged(SEA, ">85.50<", ">85.500004<");
        // 1200 × 85.500005 = 102600.006, which rounds to 102600.01 USD.
        DocumentResult beyond = validateChanged(SEA, ">85.50<", ">85.500005<");

        assertThat(RuleHarness.findings(rounded, "INV-LINE-AMOUNT")).isEmpty();
        assertThat(single(beyond, "INV-LINE-AMOUNT").expected()).isEqualTo("102600.01 USD");
    }

    @Test
    void lineAmountDividesByPriceBasisQuantity() {
        DocumentResult result = validateChanged(SEA, "<ci:NetPriceAmount currencyID=\"USD\">85.50</ci:NetPriceAmount>",
                "<ci:NetPriceAmount currencyID=\"USD\">8550.00</ci:NetPriceAmount><ci:PriceBasisQuantity unitCode=\"H87\">100</ci:PriceBasisQuantity>");

        assertThat(result.findings()).isEmpty();
    }

    @Test
    void lineTotalDiffersFromSumOfLines() {
        DocumentResult result = validateChanged(SEA, "<ci:LineTotalAmount currencyID=\"USD\">228600.00<", "<ci:LineTotalAmount currencyID=\"USD\">228000.00<");

        Finding finding = single(result, "INV-LINE-TOTAL");
        assertThat(finding.expected()).isEqualTo("228600.00 USD");
        assertThat(finding.actual()).isEqualTo("228000.00 USD");
        assertThat(finding.arguments()).last().isEqualTo("2");
        assertThat(finding.location().xpath()).isEqualTo("/ci:CommercialInvoice/ci:MonetarySummation/ci:LineTotalAmount");
    }

    @Test
    void grandTotalDiffersFromComponents() {
        String changed = RuleHarness.replaceOnce(RuleHarness.read(RuleHarness.valid(SEA)), ">235520.00</ci:GrandTotalAmount>", ">235420.00</ci:GrandTotalAmount>");
        DocumentResult result = RuleHarness.validate(RuleHarness.replaceOnce(changed, ">235520.00</ci:DuePayableAmount>", ">235420.00</ci:DuePayableAmount>"), "grand.xml");

        Finding finding = single(result, "INV-GRAND-TOTAL");
        assertThat(finding.expected()).isEqualTo("235520.00 USD");
        assertThat(finding.actual()).isEqualTo("235420.00 USD");
        assertThat(finding.arguments()).containsSequence("228600.00", "6920.00", "0", "0");
        assertThat(finding.location().xpath()).isEqualTo("/ci:CommercialInvoice/ci:MonetarySummation/ci:GrandTotalAmount");
        assertThat(tradeFindings(result)).containsExactly("INV-GRAND-TOTAL");
    }

    @Test
    void dueAmountIgnoresPrepayment() {
        DocumentResult result = validateChanged(SEA, "<ci:DuePayableAmount", "<ci:PrepaidAmount currencyID=\"USD\">20000.00</ci:PrepaidAmount><ci:DuePayableAmount");

        Finding finding = single(result, "INV-DUE-PAYABLE");
        assertThat(finding.expected()).isEqualTo("215520.00 USD");
        assertThat(finding.actual()).isEqualTo("235520.00 USD");
        assertThat(finding.location().xpath()).endsWith("/ci:MonetarySummation/ci:DuePayableAmount");
    }

    @Test
    void amountInForeignCurrency() {
        DocumentResult result = validateChanged(SEA, "<ci:FreightChargeAmount currencyID=\"USD\">", "<ci:FreightChargeAmount currencyID=\"EUR\">");

        Finding finding = single(result, "INV-CURRENCY");
        assertThat(finding.expected()).isEqualTo("USD");
        assertThat(finding.actual()).isEqualTo("EUR");
        assertThat(finding.arguments()).containsSequence("FreightChargeAmount", "6400.00");
        assertThat(finding.location().xpath()).isEqualTo("/ci:CommercialInvoice/ci:FreightChargeAmount/@currencyID");
    }

    @Test
    void amountFinerThanMinorUnit() {
        DocumentResult result = validateChanged(SEA, ">259072.00<", ">259072.005<");

        Finding finding = single(result, "INV-AMOUNT-DECIMALS");
        assertThat(finding.arguments()).containsExactly("InsuranceValueAmount", "259072.005 USD", "3", "2", "USD");
        assertThat(finding.location().xpath()).endsWith("/ci:InsuranceValueAmount");
        assertThat(tradeFindings(result)).containsExactly("INV-AMOUNT-DECIMALS");
    }

    @Test
    void netPriceMayBeFinerThanMinorUnit() {
        DocumentResult result = validateChanged(SEA, "<ci:NetPriceAmount currencyID=\"USD\">85.50</ci:NetPriceAmount>",
                "<ci:NetPriceAmount currencyID=\"USD\">0.0855</ci:NetPriceAmount><ci:PriceBasisQuantity unitCode=\"H87\">0.001</ci:PriceBasisQuantity>");

        assertThat(result.findings()).isEmpty();
    }

    @Test
    void exchangeFromOtherThanInvoiceCurrency() {
        DocumentResult result = validateChanged(SEA, "<ci:InvoiceCurrencyCode>USD</ci:InvoiceCurrencyCode>",
                "<ci:InvoiceCurrencyCode>USD</ci:InvoiceCurrencyCode><ci:CurrencyExchange><ram:SourceCurrencyCode>CNY</ram:SourceCurrencyCode>"
                        + "<ram:TargetCurrencyCode>USD</ram:TargetCurrencyCode><ram:ConversionRateNumeric>0.1400</ram:ConversionRateNumeric></ci:CurrencyExchange>");

        Finding finding = single(result, "INV-CURRENCY-EXCHANGE");
        assertThat(finding.arguments()).containsExactly("USD", "CNY", "USD", "0.1400");
        assertThat(finding.location().xpath()).endsWith("/ci:CurrencyExchange/ram:SourceCurrencyCode");
    }

    @Test
    void chargeTotalBelowFreightAndInsurance() {
        String text = RuleHarness.read(RuleHarness.valid(SEA));
        text = RuleHarness.replaceOnce(text, ">6920.00<", ">6400.00<");
        text = RuleHarness.replaceOnce(text, ">235520.00</ci:GrandTotalAmount>", ">235000.00</ci:GrandTotalAmount>");
        text = RuleHarness.replaceOnce(text, ">235520.00</ci:DuePayableAmount>", ">235000.00</ci:DuePayableAmount>");
        DocumentResult result = RuleHarness.validate(text, "charges.xml");

        Finding finding = single(result, "INV-CHARGE-TOTAL");
        assertThat(finding.expected()).isEqualTo("6920.00 USD");
        assertThat(finding.actual()).isEqualTo("6400.00 USD");
        assertThat(finding.location().xpath()).isEqualTo("/ci:CommercialInvoice/ci:MonetarySummation/ci:ChargeTotalAmount");
        assertThat(tradeFindings(result)).containsExactly("INV-CHARGE-TOTAL");
    }

    @Test
    void netWeightAboveGrossWeight() {
        DocumentResult result = validateChanged(AIR, "<ci:NetWeightMeasure unitCode=\"KGM\">360.0</ci:NetWeightMeasure>\n    <ci:GrossWeightMeasure",
                "<ci:NetWeightMeasure unitCode=\"KGM\">420.0</ci:NetWeightMeasure>\n    <ci:GrossWeightMeasure");

        Finding finding = single(result, "INV-NET-GROSS-WEIGHT");
        assertThat(finding.arguments()).containsExactly("IncludedLineItem[LineID=1]", "420.0 KGM", "412.5 KGM");
        assertThat(finding.location().xpath()).isEqualTo("/ci:CommercialInvoice/ci:IncludedLineItem/ci:NetWeightMeasure");
    }

    @Test
    void netWeightComparedAcrossUnits() {
        // 0.4 TNE is 400 KGM: below the gross weight 412.5 KGM of the line.
        DocumentResult below = validateChanged(AIR, "<ci:NetWeightMeasure unitCode=\"KGM\">360.0</ci:NetWeightMeasure>\n    <ci:GrossWeightMeasure",
                "<ci:NetWeightMeasure unitCode=\"TNE\">0.4</ci:NetWeightMeasure>\n    <ci:GrossWeightMeasure");
        DocumentResult above = validateChanged(AIR, "<ci:NetWeightMeasure unitCode=\"KGM\">360.0</ci:NetWeightMeasure>\n    <ci:GrossWeightMeasure",
                "<ci:NetWeightMeasure unitCode=\"TNE\">0.42</ci:NetWeightMeasure>\n    <ci:GrossWeightMeasure");

        assertThat(RuleHarness.findings(below, "INV-NET-GROSS-WEIGHT")).isEmpty();
        assertThat(RuleHarness.findings(above, "INV-NET-GROSS-WEIGHT")).hasSize(1);
    }

    @Test
    void consignmentWeightDiffersFromLines() {
        DocumentResult result = validateChanged(SEA, ">34600</ci:GrossWeightMeasure>", ">34500</ci:GrossWeightMeasure>");

        Finding finding = single(result, "INV-CONSIGNMENT-WEIGHT");
        assertThat(finding.expected()).isEqualTo("34600 KGM");
        assertThat(finding.actual()).isEqualTo("34500 KGM");
        assertThat(finding.arguments()).containsSequence("GrossWeightMeasure", "2");
        assertThat(finding.location().xpath()).isEqualTo("/ci:CommercialInvoice/ci:RelatedConsignment/ci:GrossWeightMeasure");
    }

    @Test
    void cifWithoutInsurance() {
        String text = RuleHarness.read(RuleHarness.valid(SEA));
        text = RuleHarness.replaceOnce(text, "  <ci:InsuranceChargeAmount currencyID=\"USD\">520.00</ci:InsuranceChargeAmount>\n", "");
        text = RuleHarness.replaceOnce(text, "  <ci:InsuranceValueAmount currencyID=\"USD\">259072.00</ci:InsuranceValueAmount>\n", "");
        DocumentResult result = RuleHarness.validate(text, "uninsured.xml");

        Finding finding = single(result, "INV-CIF-CIP-INSURANCE");
        assertThat(finding.arguments()).containsExactly("CIF");
        assertThat(finding.location().xpath()).endsWith("/ci:ApplicableTradeDeliveryTerms/ram:DeliveryTypeCode");
        assertThat(tradeFindings(result)).containsExactly("INV-CIF-CIP-INSURANCE");
    }

    @Test
    void insuredValueBelowMinimumCover() {
        DocumentResult result = validateChanged(SEA, ">259072.00<", ">250000.00<");

        Finding finding = single(result, "INV-INSURED-VALUE");
        assertThat(finding.expected()).isEqualTo("259072.00 USD");
        assertThat(finding.actual()).isEqualTo("250000.00 USD");
        assertThat(finding.arguments()).containsSequence("CIF", "235520.00 USD");
        assertThat(finding.location().xpath()).isEqualTo("/ci:CommercialInvoice/ci:InsuranceValueAmount");
    }

    @Test
    void freightMissingUnderCif() {
        DocumentResult result = validateChanged(SEA, "  <ci:FreightChargeAmount currencyID=\"USD\">6400.00</ci:FreightChargeAmount>\n", "");

        Finding finding = single(result, "INV-FREIGHT-C-D-TERMS");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.arguments()).containsExactly("CIF");
        assertThat(finding.location().xpath()).endsWith("/ci:ApplicableTradeDeliveryTerms/ram:DeliveryTypeCode");
        assertThat(tradeFindings(result)).containsExactly("INV-FREIGHT-C-D-TERMS");
    }

    @Test
    void freightChargedUnderFob() {
        DocumentResult result = validateChanged(SEA, "<ram:DeliveryTypeCode>CIF<", "<ram:DeliveryTypeCode>FOB<");

        Finding finding = single(result, "INV-FREIGHT-E-F-TERMS");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.arguments()).containsExactly("FOB", "6400.00 USD");
        assertThat(finding.location().xpath()).isEqualTo("/ci:CommercialInvoice/ci:FreightChargeAmount");
    }

    @Test
    void billOfLadingWithAirMode() {
        DocumentResult result = validateChanged(SEA, "<ci:ModeCode>1</ci:ModeCode>", "<ci:ModeCode>4</ci:ModeCode>");

        Finding finding = single(result, "INV-TRANSPORT-DOCUMENT");
        assertThat(finding.arguments()).containsExactly("705", "BOHL26TXG004251", "4");
        assertThat(finding.location().xpath()).endsWith("/ci:TransportContractReferencedDocument/ram:TypeCode");
    }

    @Test
    void dueDateBeforeIssueDate() {
        DocumentResult result = validateChanged(SEA, "<ci:DueDate>2026-11-10</ci:DueDate>", "<ci:DueDate>2026-10-01</ci:DueDate>");

        Finding finding = single(result, "INV-DUE-DATE");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.arguments()).containsExactly("2026-10-01", "2026-10-08");
        assertThat(finding.location().xpath()).endsWith("/ci:PaymentTerms/ci:DueDate");
    }

    @Test
    void contractDatedAfterInvoice() {
        DocumentResult result = validateChanged(SEA, "<ram:IssueDate>2026-09-01</ram:IssueDate>", "<ram:IssueDate>2026-10-20</ram:IssueDate>");

        Finding finding = single(result, "INV-REFERENCE-DATES");
        assertThat(finding.arguments()).containsExactly("ContractReferencedDocument", "CT-HL-2026-0918", "2026-10-20", "2026-10-08");
        assertThat(finding.location().xpath()).isEqualTo("/ci:CommercialInvoice/ci:ContractReferencedDocument/ram:IssueDate");
    }

    @Test
    void proformaMayPrecedeContract() {
        String text = RuleHarness.replaceOnce(RuleHarness.read(RuleHarness.valid(SEA)), "<ram:TypeCode>380</ram:TypeCode>", "<ram:TypeCode>325</ram:TypeCode>");
        DocumentResult result = RuleHarness.validate(RuleHarness.replaceOnce(text, "<ram:IssueDate>2026-09-01</ram:IssueDate>",
                "<ram:IssueDate>2026-10-20</ram:IssueDate>"), "proforma.xml");

        assertThat(RuleHarness.findings(result, "INV-REFERENCE-DATES")).isEmpty();
    }

    @Test
    void lineIdUsedTwice() {
        DocumentResult result = validateChanged(SEA, "<ci:LineID>2</ci:LineID>", "<ci:LineID>1</ci:LineID>");

        Finding finding = single(result, "INV-LINE-ID-UNIQUE");
        assertThat(finding.arguments()).containsExactly("1", "2", "1");
        assertThat(finding.location().xpath()).isEqualTo("/ci:CommercialInvoice/ci:IncludedLineItem[2]/ci:LineID");
    }

    @Test
    void buyerWithSellersIdentifier() {
        DocumentResult result = validateChanged(SEA, "<ram:GlobalID schemeID=\"LEI\">724500VDBERG0IND0189</ram:GlobalID>",
                "<ram:GlobalID schemeID=\"USCC\">91120116ma05tc707b</ram:GlobalID>");

        Finding finding = single(result, "INV-SELLER-BUYER");
        assertThat(finding.arguments()).containsExactly("USCC", "91120116ma05tc707b");
        assertThat(finding.location().xpath()).isEqualTo("/ci:CommercialInvoice/ci:BuyerTradeParty/ram:GlobalID");
    }

    @Test
    void payeeIbanWithWrongCheckDigits() {
        DocumentResult invalid = validateChanged(SEA, "<ram:ProprietaryID>120101000012345678901</ram:ProprietaryID>",
                "<ram:IBANID>DE12123456781234567890</ram:IBANID>");
        DocumentResult valid = validateChanged(SEA, "<ram:ProprietaryID>120101000012345678901</ram:ProprietaryID>",
                "<ram:IBANID>DE89 3704 0044 0532 0130 00</ram:IBANID>");

        Finding finding = single(invalid, "INV-PAYEE-IBAN");
        assertThat(finding.arguments()).containsExactly("DE12123456781234567890");
        assertThat(finding.location().xpath()).endsWith("/ci:PayeeFinancialAccount/ram:IBANID");
        assertThat(RuleHarness.findings(valid, "INV-PAYEE-IBAN")).isEmpty();
    }

    @Test
    void absentDataMakesRuleNotApplicable() {
        DocumentResult result = RuleHarness.validate(RuleHarness.valid(SEA));

        RuleOutcome outcome = RuleHarness.outcome(result, "INV-CURRENCY-EXCHANGE");
        assertThat(outcome.status()).isEqualTo(RuleOutcome.Status.NOT_APPLICABLE);
        assertThat(outcome.reasonKey()).isEqualTo("outcome.absent");
        assertThat(outcome.reasonArguments()).containsExactly("CurrencyExchange");
    }
}
