package org.tradecert.crossdoc.extract;

import org.tradecert.crossdoc.FactExtractor;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.FactsBuilder;
import org.tradecert.model.common.v1.ReferencedDocumentType;
import org.tradecert.model.packinglist.v1.PackingListItemType;
import org.tradecert.model.packinglist.v1.PackingListType;

/** The facts of a packing list (271): the packed consignment, its containers and its items with their invoice lines. */
public final class PackingListFacts implements FactExtractor<PackingListType> {

    @Override
    public Class<PackingListType> documentClass() {
        return PackingListType.class;
    }

    @Override
    public void extract(PackingListType packingList, FactsBuilder facts) {
        CommonFacts.header(facts, packingList.getExchangedDocument());
        for (ReferencedDocumentType invoice : packingList.getInvoiceReferencedDocument()) {
            CommonFacts.reference(facts, invoice, "380");
        }
        CommonFacts.contract(facts, packingList.getContractReferencedDocument());

        facts.party(FactNames.SELLER_ID, packingList, "ExporterTradeParty", packingList.getExporterTradeParty());
        facts.party(FactNames.BUYER_ID, packingList, "ImporterTradeParty", packingList.getImporterTradeParty());
        CommonFacts.deliveryTerms(facts, packingList.getApplicableTradeDeliveryTerms());

        facts.measure(FactNames.GROSS_WEIGHT, packingList, "GrossWeightMeasure", packingList.getGrossWeightMeasure(), null);
        facts.measure(FactNames.NET_WEIGHT, packingList, "NetWeightMeasure", packingList.getNetWeightMeasure(), null);
        facts.measure(FactNames.GROSS_VOLUME, packingList, "GrossVolumeMeasure", packingList.getGrossVolumeMeasure(), null);
        facts.quantity(FactNames.PACKAGE_COUNT, packingList, "PackageQuantity", packingList.getPackageQuantity(), null);
        CommonFacts.equipment(facts, packingList.getTransportEquipment());
        CommonFacts.location(facts, FactNames.PORT_OF_LOADING, packingList.getLoadingLocation(), null);
        CommonFacts.location(facts, FactNames.PORT_OF_DISCHARGE, packingList.getUnloadingLocation(), null);

        for (PackingListItemType item : packingList.getItem()) {
            String key = item.getLineID() == null ? null : item.getLineID().strip();
            facts.text(FactNames.LINE_INVOICE_LINE, item, "InvoiceLineID", item.getInvoiceLineID(), key);
            CommonFacts.product(facts, item.getProduct(), key);
            facts.quantity(FactNames.LINE_QUANTITY, item, "ProductQuantity", item.getProductQuantity(), key);
            CommonFacts.packages(facts, item.getPackage(), key);
            facts.measure(FactNames.LINE_GROSS_WEIGHT, item, "GrossWeightMeasure", item.getGrossWeightMeasure(), key);
            facts.measure(FactNames.LINE_NET_WEIGHT, item, "NetWeightMeasure", item.getNetWeightMeasure(), key);
        }
    }
}
