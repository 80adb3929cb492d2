package org.tradecert.rules.invoice;

import org.junit.jupiter.api.Test;
import org.tradecert.api.Location;
import org.tradecert.codelist.CodeListRegistry;
import org.tradecert.model.commercialinvoice.v1.CommercialInvoiceType;
import org.tradecert.model.commercialinvoice.v1.InvoiceConsignmentType;
import org.tradecert.model.commercialinvoice.v1.InvoiceLineItemType;
import org.tradecert.model.commercialinvoice.v1.InvoiceMonetarySummationType;
import org.tradecert.model.commercialinvoice.v1.InvoicePaymentTermsType;
import org.tradecert.model.common.v1.CurrencyExchangeType;
import org.tradecert.model.common.v1.ExchangedDocumentType;
import org.tradecert.model.common.v1.FinancialAccountType;
import org.tradecert.model.common.v1.TradeDeliveryTermsType;
import org.tradecert.model.common.v1.TradePartyType;
import org.tradecert.model.goodsdeclaration.v1.DeclarationItemType;
import org.tradecert.model.goodsdeclaration.v1.GoodsDeclarationType;
import org.tradecert.model.paymentadvice.v1.PaymentAdviceType;
import org.tradecert.model.paymentadvice.v1.RemittedInvoiceType;
import org.tradecert.model.udt.v1.AmountType;
import org.tradecert.rules.DocumentRuleRunner;
import org.tradecert.rules.ModelLocator;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trade rules on documents with most properties missing, as a CII invoice maps or a
 * hand-built model may leave them: no rule may fail with an exception, whatever is absent.
 */
class TradeRulesOnSparseDocumentsTest {

    private static final DocumentRuleRunner RUNNER = new DocumentRuleRunner(RuleHarness.tradeRules(), CodeListRegistry.builtIn());
    private static final ModelLocator NOWHERE = (node, property) -> Location.ofFile("sparse");

    private static DocumentRuleRunner.Result run(Object document, String type) {
        return RUNNER.run(document, type, NOWHERE, "tradecert", Set.of());
    }

    /** Creates an amount without currency, as a hand-built model may leave it. */
    private static AmountType amount(String value) {
        AmountType amount = new AmountType();
        amount.setValue(new java.math.BigDecimal(value));
        return amount;
    }

    @Test
    void emptyDocuments() {
        assertThat(run(new CommercialInvoiceType(), "commercial-invoice").error()).isNull();
        assertThat(run(new GoodsDeclarationType(), "goods-declaration").error()).isNull();
        assertThat(run(new PaymentAdviceType(), "payment-advice").error()).isNull();
    }

    @Test
    void invoiceWithEmptyParts() {
        CommercialInvoiceType invoice = new CommercialInvoiceType();
        invoice.setExchangedDocument(new ExchangedDocumentType());
        invoice.setSellerTradeParty(new TradePartyType());
        invoice.setBuyerTradeParty(new TradePartyType());
        invoice.setApplicableTradeDeliveryTerms(new TradeDeliveryTermsType());
        invoice.setRelatedConsignment(new InvoiceConsignmentType());
        invoice.setCurrencyExchange(new CurrencyExchangeType());
        invoice.setPaymentTerms(new InvoicePaymentTermsType());
        invoice.setPayeeFinancialAccount(new FinancialAccountType());
        invoice.setMonetarySummation(new InvoiceMonetarySummationType());
        invoice.getMonetarySummation().setGrandTotalAmount(amount("100.00"));
        invoice.setInsuranceValueAmount(amount("110.00"));
        invoice.getIncludedLineItem().add(new InvoiceLineItemType());

        assertThat(run(invoice, "commercial-invoice").error()).isNull();
    }

    @Test
    void declarationAndAdviceWithEmptyParts() {
        GoodsDeclarationType declaration = new GoodsDeclarationType();
        declaration.setExchangedDocument(new ExchangedDocumentType());
        declaration.getExchangedDocument().setTypeCode("830");
        declaration.setDeclaredValueForCustomsAmount(amount("100.00"));
        declaration.setApplicableTradeDeliveryTerms(new TradeDeliveryTermsType());
        declaration.setCurrencyExchange(new CurrencyExchangeType());
        declaration.getItem().add(new DeclarationItemType());
        PaymentAdviceType advice = new PaymentAdviceType();
        advice.setPaidAmount(new AmountType());
        advice.setPayerFinancialAccount(new FinancialAccountType());
        advice.setPayeeFinancialAccount(new FinancialAccountType());
        advice.getRemittedInvoice().add(new RemittedInvoiceType());

        assertThat(run(declaration, "goods-declaration").error()).isNull();
        assertThat(run(advice, "payment-advice").error()).isNull();
    }
}
