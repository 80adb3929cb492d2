package org.tradecert.crossdoc.extract;

import org.tradecert.crossdoc.FactExtractor;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.FactsBuilder;
import org.tradecert.model.common.v1.ReferencedDocumentType;
import org.tradecert.model.seatransportdocument.v1.SeaConsignmentItemType;
import org.tradecert.model.seatransportdocument.v1.SeaTransportDocumentType;

import java.util.List;

/** The facts of a bill of lading or sea waybill; its own number is the transport document number. Consignment items are keyed by position. */
public final class SeaTransportDocumentFacts implements FactExtractor<SeaTransportDocumentType> {

    @Override
    public Class<SeaTransportDocumentType> documentClass() {
        return SeaTransportDocumentType.class;
    }

    @Override
    public void extract(SeaTransportDocumentType document, FactsBuilder facts) {
        CommonFacts.header(facts, document.getExchangedDocument());
        if (document.getExchangedDocument() != null) {
            facts.text(FactNames.TRANSPORT_DOCUMENT_NUMBER, document.getExchangedDocument(), "ID", document.getExchangedDocument().getID());
        }
        facts.text(FactNames.BOOKING_NUMBER, document, "CarrierAssignedID", document.getCarrierAssignedID());
        facts.text(FactNames.SHIPPED_BILL, document, "ShippedOnBoardIndicator", Boolean.toString(document.isShippedOnBoardIndicator()));
        facts.time(FactNames.SHIPPED_ON_BOARD, document, "ShippedOnBoardDateTime", document.getShippedOnBoardDateTime(), null);
        if (document.isToOrderIndicator() != null) {
            facts.text(FactNames.TO_ORDER, document, "ToOrderIndicator", document.isToOrderIndicator().toString());
        }
        for (ReferencedDocumentType declaration : document.getExportDeclarationReferencedDocument()) {
            CommonFacts.reference(facts, declaration, "830");
        }

        facts.party(FactNames.SELLER_ID, document, "ConsignorTradeParty", document.getConsignorTradeParty());
        facts.party(FactNames.BUYER_ID, document, "ConsigneeTradeParty", document.getConsigneeTradeParty());
        facts.party(FactNames.CARRIER_ID, document, "CarrierTradeParty", document.getCarrierTradeParty());

        CommonFacts.movement(facts, document.getMainCarriageTransportMovement(), true, null);
        CommonFacts.location(facts, FactNames.PLACE_OF_RECEIPT, document.getPlaceOfReceiptLocation(), null);
        CommonFacts.location(facts, FactNames.PLACE_OF_DELIVERY, document.getPlaceOfDeliveryLocation(), null);
        CommonFacts.equipment(facts, document.getTransportEquipment());

        int position = 0;
        for (SeaConsignmentItemType item : document.getConsignmentItem()) {
            String key = Integer.toString(++position);
            facts.text(FactNames.LINE_DESCRIPTION, item, "Description", item.getDescription(), key);
            for (var classCode : item.getClassCode()) {
                facts.add(FactNames.LINE_HS, classCode, null, classCode.getValue(), classCode.getListID(), key);
            }
            facts.measure(FactNames.LINE_GROSS_WEIGHT, item, "GrossWeightMeasure", item.getGrossWeightMeasure(), key);
            if (item.getPackage() != null) {
                CommonFacts.packages(facts, List.of(item.getPackage()), key);
            }
        }
        facts.measure(FactNames.GROSS_WEIGHT, document, "GrossWeightMeasure", document.getGrossWeightMeasure(), null);
        facts.quantity(FactNames.PACKAGE_COUNT, document, "PackageQuantity", document.getPackageQuantity(), null);
        facts.measure(FactNames.GROSS_VOLUME, document, "GrossVolumeMeasure", document.getGrossVolumeMeasure(), null);
        facts.text(FactNames.FREIGHT_PAYMENT_TERM, document, "FreightPaymentTermCode", document.getFreightPaymentTermCode());
    }
}
