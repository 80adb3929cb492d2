package org.tradecert.cii;

import org.junit.jupiter.api.Test;
import org.tradecert.api.DocumentResult;
import org.tradecert.api.Finding;
import org.tradecert.api.Layer;
import org.tradecert.api.LayerStatus;
import org.tradecert.api.Location;
import org.tradecert.api.RuleOutcome;
import org.tradecert.codelist.CodeOccurrence;
import org.tradecert.model.commercialinvoice.v1.CommercialInvoiceType;
import org.tradecert.model.commercialinvoice.v1.InvoiceLineItemType;
import org.tradecert.rules.invoice.RuleHarness;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Reading, mapping and validating a CII D16B invoice: the demo sea invoice written as CII, and copies of it with one fault. */
class CiiInvoicesTest {

    private static final String FIXTURE = "sea-invoice.cii.xml";

    private static String fixture() {
        try (InputStream in = CiiInvoicesTest.class.getResourceAsStream(FIXTURE)) {
            assertThat(in).as("test resource " + FIXTURE).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String changed(String from, String to) {
        return RuleHarness.replaceOnce(fixture(), from, to);
    }

    private static CiiInvoices.Result read(String text) {
        return CiiInvoices.read(text.getBytes(StandardCharsets.UTF_8), FIXTURE, Locale.ENGLISH, Long.MAX_VALUE);
    }

    @Test
    void validInvoiceHasNoFinding() {
        DocumentResult result = RuleHarness.validate(fixture(), FIXTURE);

        assertThat(result.origin()).isEqualTo(CiiInvoices.ORIGIN);
        assertThat(result.documentType()).isEqualTo("commercial-invoice");
        assertThat(result.findings()).isEmpty();
        assertThat(result.layer(Layer.SCHEMA).status()).isEqualTo(LayerStatus.VALID);
        assertThat(result.layer(Layer.CODE_LISTS).status()).isEqualTo(LayerStatus.VALID);
        assertThat(result.layer(Layer.DOCUMENT_RULES).status()).isEqualTo(LayerStatus.VALID);
        assertThat(RuleHarness.outcome(result, "INV-LINE-TOTAL").status()).isEqualTo(RuleOutcome.Status.PASSED);
        assertThat(RuleHarness.outcome(result, "INV-CONSIGNMENT-WEIGHT").status()).isEqualTo(RuleOutcome.Status.PASSED);
        assertThat(RuleHarness.outcome(result, "INV-TRANSPORT-DOCUMENT").status()).isEqualTo(RuleOutcome.Status.PASSED);
    }

    @Test
    void lineAmountRuleNotApplicable() {
        DocumentResult result = RuleHarness.validate(fixture(), FIXTURE);

        RuleOutcome outcome = RuleHarness.outcome(result, "INV-LINE-AMOUNT");
        assertThat(outcome.status()).isEqualTo(RuleOutcome.Status.NOT_APPLICABLE);
        assertThat(outcome.reasonKey()).isEqualTo("outcome.cii-line-net-amount");
    }

    @Test
    void rulesOnUncarriedPropertiesNotApplicable() {
        DocumentResult result = RuleHarness.validate(fixture(), FIXTURE);

        assertThat(result.rules()).filteredOn(outcome -> "outcome.not-carried".equals(outcome.reasonKey()))
                .extracting(RuleOutcome::ruleId, RuleOutcome::reasonArguments)
                .containsExactlyInAnyOrder(
                        tuple("INV-CHARGE-TOTAL", List.of("cii-d16b", "FreightChargeAmount, InsuranceChargeAmount")),
                        tuple("INV-CIF-CIP-INSURANCE", List.of("cii-d16b", "InsuranceReferencedDocument, InsuranceValueAmount")),
                        tuple("INV-INSURED-VALUE", List.of("cii-d16b", "InsuranceValueAmount")),
                        tuple("INV-FREIGHT-C-D-TERMS", List.of("cii-d16b", "FreightChargeAmount")),
                        tuple("INV-FREIGHT-E-F-TERMS", List.of("cii-d16b", "FreightChargeAmount")));
    }

    @Test
    void headerMapped() {
        CiiInvoices.Result result = read(fixture());
        CommercialInvoiceType invoice = (CommercialInvoiceType) result.invoice();

        assertThat(result.problem()).isNull();
        assertThat(result.violations()).isEmpty();
        assertThat(result.uncarried()).isEqualTo(CiiInvoices.UNCARRIED);
        assertThat(invoice.getExchangedDocument().getID()).isEqualTo("HL-INV-2026-0142");
        assertThat(invoice.getExchangedDocument().getIssueDateTime().toLocalDate()).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(invoice.getInvoiceCurrencyCode()).isEqualTo("USD");
        assertThat(invoice.getSellerTradeParty().getGlobalID()).extracting(id -> id.getSchemeID() + " " + id.getValue())
                .containsExactly("VA CN91120116MA05TC707B");
        assertThat(invoice.getBuyerTradeParty().getGlobalID()).extracting(id -> id.getSchemeID() + " " + id.getValue())
                .containsExactly("LEI 724500VDBERG0IND0189");
        assertThat(invoice.getApplicableTradeDeliveryTerms().getDeliveryTypeCode()).isEqualTo("CIF");
        assertThat(invoice.getApplicableTradeDeliveryTerms().getRelevantTradeLocation().getID()).isEqualTo("NLRTM");
        assertThat(invoice.getContractReferencedDocument().getIssueDate()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(invoice.getRelatedConsignment().getGrossWeightMeasure().getValue()).isEqualByComparingTo("34600");
        assertThat(invoice.getRelatedConsignment().getModeCode()).isEqualTo("1");
        assertThat(invoice.getRelatedConsignment().getTransportContractReferencedDocument().getTypeCode()).isEqualTo("705");
        assertThat(invoice.getPaymentMeansCode()).isEqualTo("30");
        assertThat(invoice.getPayeeFinancialAccount().getProprietaryID()).isEqualTo("120101000012345678901");
        assertThat(invoice.getPayeeFinancialInstitution().getBICID()).isEqualTo("HHCBCNTJXXX");
        assertThat(invoice.getPaymentTerms().getDueDate()).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(invoice.getMonetarySummation().getChargeTotalAmount().getValue()).isEqualByComparingTo("6920.00");
        assertThat(invoice.getMonetarySummation().getGrandTotalAmount().getValue()).isEqualByComparingTo("235520.00");
        assertThat(invoice.getFreightChargeAmount()).isNull();
    }

    @Test
    void linesMappedWithInvoiceCurrency() {
        CommercialInvoiceType invoice = (CommercialInvoiceType) read(fixture()).invoice();
        InvoiceLineItemType line = invoice.getIncludedLineItem().get(1);

        assertThat(invoice.getIncludedLineItem()).hasSize(2);
        assertThat(line.getLineID()).isEqualTo("2");
        assertThat(line.getProduct().getClassCode().getValue()).isEqualTo("850152");
        assertThat(line.getProduct().getClassCode().getListID()).isEqualTo("HS");
        assertThat(line.getProduct().getOriginCountryID()).isEqualTo("CN");
        assertThat(line.getBilledQuantity().getValue()).isEqualByComparingTo(new BigDecimal("300"));
        assertThat(line.getBilledQuantity().getUnitCode()).isEqualTo("H87");
        assertThat(line.getNetPriceAmount().getCurrencyID()).isEqualTo("USD");
        assertThat(line.getLineTotalAmount().getValue()).isEqualByComparingTo("126000.00");
        assertThat(line.getLineTotalAmount().getCurrencyID()).isEqualTo("USD");
        assertThat(line.getNetWeightMeasure().getValue()).isEqualByComparingTo("29400");
    }

    @Test
    void codesCollectedForCodeLists() {
        List<CodeOccurrence> codes = read(fixture()).codes();

        assertThat(codes).extracting(CodeOccurrence::list, CodeOccurrence::code).contains(
                tuple("ISO4217", "USD"), tuple("Rec20", "H87"), tuple("Rec20", "KGM"), tuple("ISO3166", "CN"), tuple("ISO3166", "NL"),
                tuple("HS2022", "850440"), tuple("Incoterms2020", "CIF"), tuple("UNLOCODE", "NLRTM"), tuple("UNTDID4461", "30"),
                tuple("Rec19", "1"));
        assertThat(codes).allSatisfy(code -> assertThat(code.location().line()).isPositive());
    }

    @Test
    void packageTypeUnitCheckedAsRecommendation21() {
        List<CodeOccurrence> codes = read(changed("<ram:BilledQuantity unitCode=\"H87\">300<", "<ram:BilledQuantity unitCode=\"XBX\">300<")).codes();

        assertThat(codes).filteredOn(code -> code.property().equals("BilledQuantity/@unitCode"))
                .extracting(CodeOccurrence::list, CodeOccurrence::code)
                .containsExactly(tuple("Rec20", "H87"), tuple("Rec21", "BX"));
    }

    @Test
    void unknownCodeReportedAtCiiElement() {
        DocumentResult result = RuleHarness.validate(changed("<ram:InvoiceCurrencyCode>USD<", "<ram:InvoiceCurrencyCode>USX<"), FIXTURE);

        Finding finding = RuleHarness.single(result, "CODE-UNKNOWN");
        assertThat(finding.arguments()).startsWith("USX", "InvoiceCurrencyCode");
        assertThat(finding.location().xpath()).isEqualTo("/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:InvoiceCurrencyCode");
    }

    @Test
    void locatorPointsAtCiiElement() {
        CiiInvoices.Result result = read(fixture());
        InvoiceLineItemType line = ((CommercialInvoiceType) result.invoice()).getIncludedLineItem().get(1);

        Location location = result.locator().locate(line, "LineTotalAmount");
        assertThat(location.xpath()).isEqualTo("/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem[2]"
                + "/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount");
        assertThat(location.line()).isEqualTo(88);
        assertThat(location.file()).isEqualTo(FIXTURE);
    }

    @Test
    void ruleFindingAtCiiElement() {
        DocumentResult result = RuleHarness.validate(changed("<ram:LineTotalAmount>228600.00<", "<ram:LineTotalAmount>228000.00<"), FIXTURE);

        Finding finding = RuleHarness.single(result, "INV-LINE-TOTAL");
        assertThat(finding.expected()).isEqualTo("228600.00 USD");
        assertThat(finding.actual()).isEqualTo("228000.00 USD");
        assertThat(finding.location().xpath()).endsWith("/ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:LineTotalAmount");
        assertThat(finding.location().line()).isPositive();
    }

    @Test
    void taxTotalInAccountingCurrencyLeftOut() {
        DocumentResult result = RuleHarness.validate(changed("<ram:TaxTotalAmount currencyID=\"USD\">0.00</ram:TaxTotalAmount>",
                "<ram:TaxTotalAmount currencyID=\"CNY\">8.00</ram:TaxTotalAmount><ram:TaxTotalAmount currencyID=\"USD\">0.00</ram:TaxTotalAmount>"), FIXTURE);

        assertThat(result.findings()).isEmpty();
    }

    @Test
    void amountInForeignCurrencyReported() {
        DocumentResult result = RuleHarness.validate(changed("<ram:ChargeTotalAmount>6920.00<", "<ram:ChargeTotalAmount currencyID=\"EUR\">6920.00<"), FIXTURE);

        Finding finding = RuleHarness.single(result, "INV-CURRENCY");
        assertThat(finding.expected()).isEqualTo("USD");
        assertThat(finding.actual()).isEqualTo("EUR");
        assertThat(finding.location().xpath()).endsWith("/ram:ChargeTotalAmount/@currencyID");
    }

    @Test
    void schemaViolationStopsLaterLayers() {
        DocumentResult result = RuleHarness.validate(changed("<ram:LineID>2</ram:LineID>", "<ram:LineID>2</ram:LineID><ram:Colour>red</ram:Colour>"), FIXTURE);

        Finding finding = RuleHarness.single(result, "SCHEMA-CII-D16B");
        assertThat(finding.arguments().get(0)).startsWith("cvc-complex-type.2.4.a").contains("Colour");
        assertThat(finding.location().xpath()).endsWith("/ram:IncludedSupplyChainTradeLineItem[2]/ram:AssociatedDocumentLineDocument/ram:Colour");
        assertThat(finding.location().line()).isEqualTo(58);
        assertThat(result.layer(Layer.SCHEMA).status()).isEqualTo(LayerStatus.INVALID);
        assertThat(result.layer(Layer.CODE_LISTS).status()).isEqualTo(LayerStatus.SKIPPED);
        assertThat(result.layer(Layer.DOCUMENT_RULES).status()).isEqualTo(LayerStatus.SKIPPED);
    }

    @Test
    void malformedInvoice() {
        DocumentResult result = RuleHarness.validate(changed("</rsm:CrossIndustryInvoice>", "</rsm:CrossIndustryInvoic>"), FIXTURE);

        assertThat(result.ruleIds()).containsExactly("INPUT-XML-MALFORMED");
        assertThat(result.layer(Layer.SCHEMA).status()).isEqualTo(LayerStatus.SKIPPED);
    }

    @Test
    void doctypeRejectedBeforeExpansion() {
        String withEntity = changed("<rsm:CrossIndustryInvoice ", "<!DOCTYPE rsm:CrossIndustryInvoice [<!ENTITY x \"expanded\">]>\n<rsm:CrossIndustryInvoice ")
                .replace("<ram:PaymentReference>HL-INV-2026-0142</ram:PaymentReference>", "<ram:PaymentReference>&x;</ram:PaymentReference>");

        DocumentResult result = RuleHarness.validate(withEntity, FIXTURE);

        assertThat(result.ruleIds()).containsExactly("INPUT-XML-DTD");
        assertThat(result.layer(Layer.SCHEMA).status()).isEqualTo(LayerStatus.SKIPPED);
    }
}
