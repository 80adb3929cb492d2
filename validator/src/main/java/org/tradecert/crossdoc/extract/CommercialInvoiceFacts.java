package org.tradecert.crossdoc.extract;

import org.tradecert.crossdoc.FactExtractor;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.FactsBuilder;
import org.tradecert.model.commercialinvoice.v1.CommercialInvoiceType;
import org.tradecert.model.commercialinvoice.v1.InvoiceConsignmentType;
import org.tradecert.model.commercialinvoice.v1.InvoiceLineItemType;
import org.tradecert.model.commercialinvoice.v1.InvoiceMonetarySummationType;

/** The facts of a commercial invoice, in the tradecert syntax or mapped from a CII D16B invoice. */
public final class CommercialInvoiceFacts implements FactExtractor<CommercialInvoiceType> {

    @Override
    public Class<CommercialInvoiceType> documentClass() {
        return CommercialInvoiceType.class;
    }

    @Override
    public void extract(CommercialInvoiceType invoice, FactsBuilder facts) {
        CommonFacts.header(facts, invoice.getExchangedDocument());
        if (invoice.getExchangedDocument() != null) {
            facts.text(FactNames.INVOICE_NUMBER, invoice.getExchangedDocument(), "ID", invoice.getExchangedDocument().getID());
        }
        CommonFacts.contract(facts, invoice.getContractReferencedDocument());
        if (invoice.getBuyerOrderReferencedDocument() != null) {
            var order = invoice.getBuyerOrderReferencedDocument();
            facts.text(FactNames.ORDER_NUMBER, order, "IssuerAssignedID", order.getIssuerAssignedID());
            facts.date(FactNames.ORDER_DATE, order, "IssueDate", order.getIssueDate(), null);
        }
        CommonFacts.reference(facts, invoice.getPackingListReferencedDocument(), "271");
        if (invoice.getLetterOfCreditReferencedDocument() != null) {
            var credit = invoice.getLetterOfCreditReferencedDocument();
            facts.text(FactNames.LETTER_OF_CREDIT, credit, "IssuerAssignedID", credit.getIssuerAssignedID());
        }
        if (invoice.getInsuranceReferencedDocument() != null) {
            var insurance = invoice.getInsuranceReferencedDocument();
            facts.date(FactNames.INSURANCE_DATE, insurance, "IssueDate", insurance.getIssueDate(), null);
        }

        facts.party(FactNames.SELLER_ID, invoice, "SellerTradeParty", invoice.getSellerTradeParty());
        facts.party(FactNames.BUYER_ID, invoice, "BuyerTradeParty", invoice.getBuyerTradeParty());
        CommonFacts.deliveryTerms(facts, invoice.getApplicableTradeDeliveryTerms());
        consignment(facts, invoice.getRelatedConsignment());

        facts.text(FactNames.CURRENCY, invoice, "InvoiceCurrencyCode", invoice.getInvoiceCurrencyCode());
        CommonFacts.exchangeRate(facts, invoice.getCurrencyExchange());
        if (invoice.getPaymentTerms() != null) {
            var terms = invoice.getPaymentTerms();
            facts.text(FactNames.PAYMENT_TERMS, terms, "Description", terms.getDescription());
            facts.date(FactNames.DUE_DATE, terms, "DueDate", terms.getDueDate(), null);
        }
        CommonFacts.payeeAccount(facts, invoice.getPayeeFinancialAccount());
        if (invoice.getPayeeFinancialInstitution() != null) {
            facts.text(FactNames.PAYEE_BANK, invoice.getPayeeFinancialInstitution(), "BICID", invoice.getPayeeFinancialInstitution().getBICID());
        }

        for (InvoiceLineItemType line : invoice.getIncludedLineItem()) {
            line(facts, line);
        }
        facts.amount(FactNames.FREIGHT, invoice, "FreightChargeAmount", invoice.getFreightChargeAmount(), null);
        facts.amount(FactNames.INSURANCE, invoice, "InsuranceChargeAmount", invoice.getInsuranceChargeAmount(), null);
        facts.amount(FactNames.INSURED_VALUE, invoice, "InsuranceValueAmount", invoice.getInsuranceValueAmount(), null);
        InvoiceMonetarySummationType totals = invoice.getMonetarySummation();
        if (totals != null) {
            facts.amount(FactNames.LINE_TOTAL, totals, "LineTotalAmount", totals.getLineTotalAmount(), null);
            facts.amount(FactNames.INVOICE_TOTAL, totals, "GrandTotalAmount", totals.getGrandTotalAmount(), null);
            facts.amount(FactNames.AMOUNT_DUE, totals, "DuePayableAmount", totals.getDuePayableAmount(), null);
        }
    }

    /** The consignment the invoice covers: weights, packages, transport document, mode and ports. */
    private static void consignment(FactsBuilder facts, InvoiceConsignmentType consignment) {
        if (consignment == null) {
            return;
        }
        facts.measure(FactNames.GROSS_WEIGHT, consignment, "GrossWeightMeasure", consignment.getGrossWeightMeasure(), null);
        facts.measure(FactNames.NET_WEIGHT, consignment, "NetWeightMeasure", consignment.getNetWeightMeasure(), null);
        facts.quantity(FactNames.PACKAGE_COUNT, consignment, "PackageQuantity", consignment.getPackageQuantity(), null);
        CommonFacts.transportDocument(facts, consignment.getTransportContractReferencedDocument());
        facts.text(FactNames.TRANSPORT_MODE, consignment, "ModeCode", consignment.getModeCode());
        CommonFacts.location(facts, FactNames.PORT_OF_LOADING, consignment.getLoadingLocation(), null);
        CommonFacts.location(facts, FactNames.PORT_OF_DISCHARGE, consignment.getUnloadingLocation(), null);
    }

    private static void line(FactsBuilder facts, InvoiceLineItemType line) {
        String key = line.getLineID() == null ? null : line.getLineID().strip();
        CommonFacts.product(facts, line.getProduct(), key);
        facts.quantity(FactNames.LINE_QUANTITY, line, "BilledQuantity", line.getBilledQuantity(), key);
        facts.amount(FactNames.LINE_PRICE, line, "NetPriceAmount", line.getNetPriceAmount(), key);
        facts.quantity(FactNames.LINE_PRICE_BASIS, line, "PriceBasisQuantity", line.getPriceBasisQuantity(), key);
        facts.amount(FactNames.LINE_AMOUNT, line, "LineTotalAmount", line.getLineTotalAmount(), key);
        facts.measure(FactNames.LINE_NET_WEIGHT, line, "NetWeightMeasure", line.getNetWeightMeasure(), key);
        facts.measure(FactNames.LINE_GROSS_WEIGHT, line, "GrossWeightMeasure", line.getGrossWeightMeasure(), key);
    }
}
