package org.tradecert.cii;

import org.tradecert.codelist.CodeOccurrence;
import org.tradecert.model.commercialinvoice.v1.CommercialInvoiceType;
import org.tradecert.model.commercialinvoice.v1.InvoiceConsignmentType;
import org.tradecert.model.commercialinvoice.v1.InvoiceLineItemType;
import org.tradecert.model.commercialinvoice.v1.InvoiceMonetarySummationType;
import org.tradecert.model.commercialinvoice.v1.InvoicePaymentTermsType;
import org.tradecert.model.common.v1.CurrencyExchangeType;
import org.tradecert.model.common.v1.ExchangedDocumentType;
import org.tradecert.model.common.v1.TradeDeliveryTermsType;
import org.tradecert.model.common.v1.TradeProductType;
import org.tradecert.model.qdt.v1.HS2022ListedCodeType;
import org.w3c.dom.Element;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.tradecert.cii.CiiElements.attribute;
import static org.tradecert.cii.CiiElements.child;
import static org.tradecert.cii.CiiElements.children;
import static org.tradecert.cii.CiiElements.date;
import static org.tradecert.cii.CiiElements.decimal;
import static org.tradecert.cii.CiiElements.path;
import static org.tradecert.cii.CiiElements.text;

/**
 * Maps a schema-valid CII D16B invoice to the commercial invoice model, element by element,
 * recording for the locator where each model object came from and collecting the codes the
 * code-list layer checks. This class follows the structure of the invoice (header, agreement,
 * delivery, settlement, lines), and {@link CiiComponents} maps the parts that recur in it.
 * What CII does not say stays empty in the model. The properties it has no place for are
 * listed in {@link CiiInvoices#UNCARRIED}.
 */
final class CiiMapper {

    /** The HS list identifier of a product classification (UNTDID 7143). */
    private static final String HS = "HS";

    private final CiiComponents parts;
    private final CiiLocator locator;

    CiiMapper(String file) {
        this.parts = new CiiComponents(file);
        this.locator = parts.locator();
    }

    CiiLocator locator() {
        return locator;
    }

    List<CodeOccurrence> codes() {
        return parts.codes();
    }

    CommercialInvoiceType map(Element root) {
        CommercialInvoiceType invoice = new CommercialInvoiceType();
        locator.bind(invoice, root);
        Element transaction = child(root, CiiElements.RSM, "SupplyChainTradeTransaction");
        Element agreement = child(transaction, "ApplicableHeaderTradeAgreement");
        Element delivery = child(transaction, "ApplicableHeaderTradeDelivery");
        Element settlement = child(transaction, "ApplicableHeaderTradeSettlement");

        // The invoice currency comes first: amounts without currencyID are in it.
        Element currencyCode = child(settlement, "InvoiceCurrencyCode");
        parts.currency(text(currencyCode));
        invoice.setInvoiceCurrencyCode(parts.currency());
        parts.property(invoice, "InvoiceCurrencyCode", currencyCode);
        parts.code("ISO4217", currencyCode, "InvoiceCurrencyCode");
        parts.code("ISO4217", child(settlement, "TaxCurrencyCode"), "TaxCurrencyCode");

        invoice.setExchangedDocument(exchangedDocument(child(root, CiiElements.RSM, "ExchangedDocument")));
        parts.property(invoice, "ExchangedDocument", child(root, CiiElements.RSM, "ExchangedDocument"));
        mapAgreement(invoice, agreement);
        mapDelivery(invoice, delivery);
        mapSettlement(invoice, settlement);
        for (Element line : children(transaction, "IncludedSupplyChainTradeLineItem")) {
            invoice.getIncludedLineItem().add(line(line));
        }
        return invoice;
    }

    private ExchangedDocumentType exchangedDocument(Element element) {
        if (element == null) {
            return null;
        }
        ExchangedDocumentType document = new ExchangedDocumentType();
        locator.bind(document, element);
        document.setID(text(child(element, "ID")));
        parts.property(document, "ID", child(element, "ID"));
        document.setTypeCode(text(child(element, "TypeCode")));
        parts.property(document, "TypeCode", child(element, "TypeCode"));
        // NOTE: CII dates carry no time zone. The issue date is mapped to midnight UTC, so rules must compare it as a date only.
        LocalDate issued = date(child(element, "IssueDateTime"));
        document.setIssueDateTime(issued == null ? null : issued.atStartOfDay().atOffset(ZoneOffset.UTC));
        parts.property(document, "IssueDateTime", child(element, "IssueDateTime"));
        return document;
    }

    private void mapAgreement(CommercialInvoiceType invoice, Element agreement) {
        invoice.setSellerTradeParty(parts.party(child(agreement, "SellerTradeParty")));
        parts.property(invoice, "SellerTradeParty", child(agreement, "SellerTradeParty"));
        invoice.setBuyerTradeParty(parts.party(child(agreement, "BuyerTradeParty")));
        parts.property(invoice, "BuyerTradeParty", child(agreement, "BuyerTradeParty"));
        invoice.setContractReferencedDocument(parts.reference(child(agreement, "ContractReferencedDocument")));
        parts.property(invoice, "ContractReferencedDocument", child(agreement, "ContractReferencedDocument"));
        invoice.setBuyerOrderReferencedDocument(parts.reference(child(agreement, "BuyerOrderReferencedDocument")));
        parts.property(invoice, "BuyerOrderReferencedDocument", child(agreement, "BuyerOrderReferencedDocument"));

        Element termsElement = child(agreement, "ApplicableTradeDeliveryTerms");
        if (termsElement != null) {
            TradeDeliveryTermsType terms = new TradeDeliveryTermsType();
            locator.bind(terms, termsElement);
            terms.setDeliveryTypeCode(text(child(termsElement, "DeliveryTypeCode")));
            parts.property(terms, "DeliveryTypeCode", child(termsElement, "DeliveryTypeCode"));
            parts.code("Incoterms2020", child(termsElement, "DeliveryTypeCode"), "DeliveryTypeCode");
            terms.setRelevantTradeLocation(parts.tradeLocation(child(termsElement, "RelevantTradeLocation")));
            parts.property(terms, "RelevantTradeLocation", child(termsElement, "RelevantTradeLocation"));
            invoice.setApplicableTradeDeliveryTerms(terms);
            parts.property(invoice, "ApplicableTradeDeliveryTerms", termsElement);
        }
    }

    private void mapDelivery(CommercialInvoiceType invoice, Element delivery) {
        invoice.setPackingListReferencedDocument(parts.reference(child(delivery, "PackingListReferencedDocument")));
        parts.property(invoice, "PackingListReferencedDocument", child(delivery, "PackingListReferencedDocument"));

        Element consignmentElement = child(delivery, "RelatedSupplyChainConsignment");
        if (consignmentElement == null) {
            return;
        }
        InvoiceConsignmentType consignment = new InvoiceConsignmentType();
        locator.bind(consignment, consignmentElement);
        consignment.setGrossWeightMeasure(parts.measure(consignment, "GrossWeightMeasure", child(consignmentElement, "GrossWeightMeasure")));
        consignment.setNetWeightMeasure(parts.measure(consignment, "NetWeightMeasure", child(consignmentElement, "NetWeightMeasure")));
        consignment.setPackageQuantity(parts.quantity(consignment, "PackageQuantity", child(consignmentElement, "PackageQuantity")));
        consignment.setTransportContractReferencedDocument(parts.reference(child(consignmentElement, "TransportContractReferencedDocument")));
        parts.property(consignment, "TransportContractReferencedDocument", child(consignmentElement, "TransportContractReferencedDocument"));
        Element mode = path(consignmentElement, "SpecifiedLogisticsTransportMovement", "ModeCode");
        consignment.setModeCode(text(mode));
        parts.property(consignment, "ModeCode", mode);
        parts.code("Rec19", mode, "ModeCode");
        invoice.setRelatedConsignment(consignment);
        parts.property(invoice, "RelatedConsignment", consignmentElement);
    }

    private void mapSettlement(CommercialInvoiceType invoice, Element settlement) {
        Element exchangeElement = child(settlement, "InvoiceApplicableTradeCurrencyExchange");
        if (exchangeElement != null) {
            CurrencyExchangeType exchange = new CurrencyExchangeType();
            locator.bind(exchange, exchangeElement);
            exchange.setSourceCurrencyCode(text(child(exchangeElement, "SourceCurrencyCode")));
            parts.property(exchange, "SourceCurrencyCode", child(exchangeElement, "SourceCurrencyCode"));
            parts.code("ISO4217", child(exchangeElement, "SourceCurrencyCode"), "SourceCurrencyCode");
            exchange.setTargetCurrencyCode(text(child(exchangeElement, "TargetCurrencyCode")));
            parts.property(exchange, "TargetCurrencyCode", child(exchangeElement, "TargetCurrencyCode"));
            parts.code("ISO4217", child(exchangeElement, "TargetCurrencyCode"), "TargetCurrencyCode");
            exchange.setConversionRateNumeric(decimal(child(exchangeElement, "ConversionRate")));
            parts.property(exchange, "ConversionRateNumeric", child(exchangeElement, "ConversionRate"));
            exchange.setConversionDate(date(child(exchangeElement, "ConversionRateDateTime")));
            invoice.setCurrencyExchange(exchange);
            parts.property(invoice, "CurrencyExchange", exchangeElement);
        }

        // The model has room for one means of payment, the first. The codes of all of them are still checked.
        List<Element> means = children(settlement, "SpecifiedTradeSettlementPaymentMeans");
        for (Element mean : means) {
            parts.code("UNTDID4461", child(mean, "TypeCode"), "TypeCode");
        }
        if (!means.isEmpty()) {
            Element first = means.get(0);
            invoice.setPaymentMeansCode(text(child(first, "TypeCode")));
            parts.property(invoice, "PaymentMeansCode", child(first, "TypeCode"));
            invoice.setPayeeFinancialAccount(parts.account(child(first, "PayeePartyCreditorFinancialAccount")));
            parts.property(invoice, "PayeeFinancialAccount", child(first, "PayeePartyCreditorFinancialAccount"));
            invoice.setPayeeFinancialInstitution(parts.bank(child(first, "PayeeSpecifiedCreditorFinancialInstitution")));
            parts.property(invoice, "PayeeFinancialInstitution", child(first, "PayeeSpecifiedCreditorFinancialInstitution"));
        }

        for (Element termsElement : children(settlement, "SpecifiedTradePaymentTerms")) {
            InvoicePaymentTermsType terms = paymentTerms(termsElement);
            if (invoice.getPaymentTerms() == null || (invoice.getPaymentTerms().getDueDate() == null && terms.getDueDate() != null)) {
                invoice.setPaymentTerms(terms);
                parts.property(invoice, "PaymentTerms", termsElement);
            }
        }

        invoice.setLetterOfCreditReferencedDocument(parts.reference(child(settlement, "LetterOfCreditReferencedDocument")));
        parts.property(invoice, "LetterOfCreditReferencedDocument", child(settlement, "LetterOfCreditReferencedDocument"));

        Element summationElement = child(settlement, "SpecifiedTradeSettlementHeaderMonetarySummation");
        if (summationElement != null) {
            invoice.setMonetarySummation(summation(summationElement));
            parts.property(invoice, "MonetarySummation", summationElement);
        }
    }

    private InvoicePaymentTermsType paymentTerms(Element element) {
        InvoicePaymentTermsType terms = new InvoicePaymentTermsType();
        locator.bind(terms, element);
        terms.setDescription(text(child(element, "Description")));
        parts.property(terms, "Description", child(element, "Description"));
        terms.setDueDate(date(child(element, "DueDateDateTime")));
        parts.property(terms, "DueDate", child(element, "DueDateDateTime"));
        return terms;
    }

    private InvoiceMonetarySummationType summation(Element element) {
        InvoiceMonetarySummationType summation = new InvoiceMonetarySummationType();
        locator.bind(summation, element);
        summation.setLineTotalAmount(parts.amount(summation, "LineTotalAmount", child(element, "LineTotalAmount")));
        summation.setChargeTotalAmount(parts.amount(summation, "ChargeTotalAmount", child(element, "ChargeTotalAmount")));
        summation.setAllowanceTotalAmount(parts.amount(summation, "AllowanceTotalAmount", child(element, "AllowanceTotalAmount")));
        summation.setTaxTotalAmount(parts.amount(summation, "TaxTotalAmount", taxTotalInInvoiceCurrency(element)));
        summation.setGrandTotalAmount(parts.amount(summation, "GrandTotalAmount", child(element, "GrandTotalAmount")));
        summation.setPrepaidAmount(parts.amount(summation, "PrepaidAmount", child(element, "TotalPrepaidAmount")));
        // NOTE: the model has no rounding amount (EN 16931 BT-114), so a CII invoice with a rounding amount other than zero fails INV-DUE-PAYABLE.
        summation.setDuePayableAmount(parts.amount(summation, "DuePayableAmount", child(element, "DuePayableAmount")));
        for (Element tax : children(element, "TaxTotalAmount")) {
            parts.code("ISO4217", tax, "currencyID", "TaxTotalAmount/@currencyID");
        }
        return summation;
    }

    /**
     * Returns the tax total in the invoice currency. EN 16931 may state the tax total twice: in
     * the invoice currency (BT-110) and in the tax accounting currency (BT-111). Only the first
     * takes part in the invoice's totals.
     */
    private Element taxTotalInInvoiceCurrency(Element summation) {
        for (Element tax : children(summation, "TaxTotalAmount")) {
            String stated = attribute(tax, "currencyID");
            if (stated == null || stated.equals(parts.currency())) {
                return tax;
            }
        }
        return null;
    }

    private InvoiceLineItemType line(Element element) {
        InvoiceLineItemType line = new InvoiceLineItemType();
        locator.bind(line, element);
        Element lineId = path(element, "AssociatedDocumentLineDocument", "LineID");
        line.setLineID(text(lineId));
        parts.property(line, "LineID", lineId);
        line.setProduct(product(child(element, "SpecifiedTradeProduct")));
        parts.property(line, "Product", child(element, "SpecifiedTradeProduct"));

        Element price = path(element, "SpecifiedLineTradeAgreement", "NetPriceProductTradePrice");
        line.setNetPriceAmount(parts.amount(line, "NetPriceAmount", child(price, "ChargeAmount")));
        line.setPriceBasisQuantity(parts.quantity(line, "PriceBasisQuantity", child(price, "BasisQuantity")));

        Element delivery = child(element, "SpecifiedLineTradeDelivery");
        line.setBilledQuantity(parts.quantity(line, "BilledQuantity", child(delivery, "BilledQuantity")));
        line.setNetWeightMeasure(parts.measure(line, "NetWeightMeasure", child(delivery, "NetWeightMeasure")));
        line.setGrossWeightMeasure(parts.measure(line, "GrossWeightMeasure", child(delivery, "GrossWeightMeasure")));

        Element total = path(element, "SpecifiedLineTradeSettlement", "SpecifiedTradeSettlementLineMonetarySummation", "LineTotalAmount");
        line.setLineTotalAmount(parts.amount(line, "LineTotalAmount", total));
        return line;
    }

    private TradeProductType product(Element element) {
        if (element == null) {
            return null;
        }
        TradeProductType product = new TradeProductType();
        locator.bind(product, element);
        product.setSellerAssignedID(text(child(element, "SellerAssignedID")));
        parts.property(product, "SellerAssignedID", child(element, "SellerAssignedID"));
        product.setName(text(child(element, "Name")));
        parts.property(product, "Name", child(element, "Name"));
        product.setDescription(text(child(element, "Description")));
        parts.property(product, "Description", child(element, "Description"));
        for (Element classification : children(element, "DesignatedProductClassification")) {
            Element classCode = child(classification, "ClassCode");
            if (HS.equals(attribute(classCode, "listID")) && product.getClassCode() == null) {
                HS2022ListedCodeType code = new HS2022ListedCodeType();
                code.setValue(text(classCode));
                code.setListID(HS);
                locator.bind(code, classCode);
                product.setClassCode(code);
                parts.property(product, "ClassCode", classCode);
                parts.code("HS2022", classCode, "ClassCode");
            }
        }
        Element origin = path(element, "OriginTradeCountry", "ID");
        product.setOriginCountryID(text(origin));
        parts.property(product, "OriginCountryID", origin);
        parts.code("ISO3166", origin, "OriginTradeCountry/ID");
        return product;
    }
}
