package org.tradecert.crossdoc.extract;

import org.tradecert.crossdoc.FactExtractor;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.FactsBuilder;
import org.tradecert.model.common.v1.ReferencedDocumentType;
import org.tradecert.model.goodsdeclaration.v1.DeclarationItemType;
import org.tradecert.model.goodsdeclaration.v1.GoodsDeclarationType;

/**
 * The facts of an export (830) or import (929) goods declaration with its China customs
 * fields. The domestic consignor or consignee (境内收发货人) is the seller of an export and
 * the buyer of an import; the overseas party is the other side. China customs codes (transport
 * mode, transaction mode, package type) are kept as written, for the rules to map.
 */
public final class GoodsDeclarationFacts implements FactExtractor<GoodsDeclarationType> {

    /** UNTDID 1001 code of a declaration for importation; every other code is read as an export. */
    private static final String IMPORT = "929";

    @Override
    public Class<GoodsDeclarationType> documentClass() {
        return GoodsDeclarationType.class;
    }

    @Override
    public void extract(GoodsDeclarationType declaration, FactsBuilder facts) {
        CommonFacts.header(facts, declaration.getExchangedDocument());
        if (declaration.getExchangedDocument() != null) {
            facts.text(FactNames.DECLARATION_NUMBER, declaration.getExchangedDocument(), "ID", declaration.getExchangedDocument().getID());
        }
        boolean importing = declaration.getExchangedDocument() != null && IMPORT.equals(declaration.getExchangedDocument().getTypeCode());
        facts.party(importing ? FactNames.BUYER_ID : FactNames.SELLER_ID, declaration, "DomesticTradeParty", declaration.getDomesticTradeParty());
        facts.party(importing ? FactNames.SELLER_ID : FactNames.BUYER_ID, declaration, "OverseasTradeParty", declaration.getOverseasTradeParty());

        facts.text(FactNames.CUSTOMS_TRANSPORT_MODE, declaration, "TransportModeCode", declaration.getTransportModeCode());
        CommonFacts.movement(facts, declaration.getBorderTransportMovement(), true, null);
        facts.date(FactNames.EXPORT_IMPORT_DATE, declaration, "ExportImportDate", declaration.getExportImportDate(), null);
        CommonFacts.transportDocument(facts, declaration.getTransportContractReferencedDocument());
        CommonFacts.contract(facts, declaration.getContractReferencedDocument());
        for (ReferencedDocumentType invoice : declaration.getInvoiceReferencedDocument()) {
            CommonFacts.reference(facts, invoice, "380");
        }
        for (ReferencedDocumentType supporting : declaration.getSupportingDocument()) {
            CommonFacts.reference(facts, supporting, null);
        }

        facts.text(FactNames.TRADE_COUNTRY, declaration, "TradeCountryID", declaration.getTradeCountryID());
        facts.text(FactNames.EXPORT_COUNTRY, declaration, "ExportCountryID", declaration.getExportCountryID());
        facts.text(FactNames.DESTINATION_COUNTRY, declaration, "ImportCountryID", declaration.getImportCountryID());
        CommonFacts.location(facts, FactNames.PORT_OF_LOADING, declaration.getLoadingLocation(), null);
        CommonFacts.location(facts, FactNames.PORT_OF_DISCHARGE, declaration.getUnloadingLocation(), null);

        facts.text(FactNames.TRANSACTION_MODE, declaration, "TransactionModeCode", declaration.getTransactionModeCode());
        CommonFacts.deliveryTerms(facts, declaration.getApplicableTradeDeliveryTerms());
        facts.amount(FactNames.FREIGHT, declaration, "FreightChargeAmount", declaration.getFreightChargeAmount(), null);
        facts.amount(FactNames.INSURANCE, declaration, "InsuranceChargeAmount", declaration.getInsuranceChargeAmount(), null);
        CommonFacts.exchangeRate(facts, declaration.getCurrencyExchange());

        facts.add(FactNames.PACKAGE_TYPE, declaration, "PackageTypeCode", declaration.getPackageTypeCode(), "GACCPackageType", null);
        facts.quantity(FactNames.PACKAGE_COUNT, declaration, "PackageQuantity", declaration.getPackageQuantity(), null);
        facts.measure(FactNames.GROSS_WEIGHT, declaration, "GrossWeightMeasure", declaration.getGrossWeightMeasure(), null);
        facts.measure(FactNames.NET_WEIGHT, declaration, "NetWeightMeasure", declaration.getNetWeightMeasure(), null);
        CommonFacts.equipment(facts, declaration.getTransportEquipment());

        indicator(facts, FactNames.RELATED_PARTY, declaration, "RelatedPartyIndicator", declaration.isRelatedPartyIndicator());
        indicator(facts, FactNames.PRICE_INFLUENCE, declaration, "PriceInfluenceIndicator", declaration.isPriceInfluenceIndicator());
        indicator(facts, FactNames.ROYALTY_PAYMENT, declaration, "RoyaltyPaymentIndicator", declaration.isRoyaltyPaymentIndicator());
        facts.amount(FactNames.CUSTOMS_VALUE, declaration, "DeclaredValueForCustomsAmount", declaration.getDeclaredValueForCustomsAmount(), null);
        if (declaration.getDeclaredValueForCustomsAmount() != null) {
            facts.text(FactNames.CURRENCY, declaration, "DeclaredValueForCustomsAmount", declaration.getDeclaredValueForCustomsAmount().getCurrencyID());
        }

        for (DeclarationItemType item : declaration.getItem()) {
            item(facts, item);
        }
    }

    private static void item(FactsBuilder facts, DeclarationItemType item) {
        String key = CommonFacts.plain(item.getSequenceNumeric());
        CommonFacts.product(facts, item.getProduct(), key);
        facts.quantity(FactNames.LINE_QUANTITY, item, "TransactionQuantity", item.getTransactionQuantity(), key);
        facts.quantity(FactNames.LINE_LEGAL_QUANTITY, item, "LegalQuantity", item.getLegalQuantity(), key);
        facts.quantity(FactNames.LINE_LEGAL_QUANTITY, item, "SecondLegalQuantity", item.getSecondLegalQuantity(), key);
        facts.amount(FactNames.LINE_PRICE, item, "UnitPriceAmount", item.getUnitPriceAmount(), key);
        facts.amount(FactNames.LINE_AMOUNT, item, "DeclaredValueAmount", item.getDeclaredValueAmount(), key);
        facts.text(FactNames.LINE_DESTINATION, item, "FinalDestinationCountryID", item.getFinalDestinationCountryID(), key);
        facts.measure(FactNames.LINE_NET_WEIGHT, item, "NetWeightMeasure", item.getNetWeightMeasure(), key);
        for (String line : item.getInvoiceLineID()) {
            facts.text(FactNames.LINE_INVOICE_LINE, item, "InvoiceLineID", line, key);
        }
    }

    private static void indicator(FactsBuilder facts, String name, Object owner, String property, Boolean value) {
        if (value != null) {
            facts.text(name, owner, property, value.toString());
        }
    }
}
