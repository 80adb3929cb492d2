package org.tradecert.crossdoc.extract;

import org.tradecert.crossdoc.FactExtractor;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.FactsBuilder;
import org.tradecert.model.airwaybill.v1.AirWaybillType;
import org.tradecert.model.common.v1.TransportMovementType;

/**
 * The facts of a master or house air waybill; its own number is the transport document
 * number, and a house waybill also names its master. The airports of departure and
 * destination are the places of loading and discharge; every leg's airports are route
 * locations and its flight a voyage, keyed by the leg number.
 */
public final class AirWaybillFacts implements FactExtractor<AirWaybillType> {

    @Override
    public Class<AirWaybillType> documentClass() {
        return AirWaybillType.class;
    }

    @Override
    public void extract(AirWaybillType waybill, FactsBuilder facts) {
        CommonFacts.header(facts, waybill.getExchangedDocument());
        if (waybill.getExchangedDocument() != null) {
            facts.text(FactNames.TRANSPORT_DOCUMENT_NUMBER, waybill.getExchangedDocument(), "ID", waybill.getExchangedDocument().getID());
        }
        if (waybill.getMasterAirWaybillReferencedDocument() != null) {
            var master = waybill.getMasterAirWaybillReferencedDocument();
            facts.text(FactNames.MASTER_TRANSPORT_DOCUMENT_NUMBER, master, "IssuerAssignedID", master.getIssuerAssignedID());
            if (master.getIssuerAssignedID() != null && !master.getIssuerAssignedID().isBlank()) {
                String code = master.getTypeCode() == null || master.getTypeCode().isBlank() ? "741" : master.getTypeCode().strip();
                facts.text(FactNames.REFERENCED_DOCUMENT, master, "IssuerAssignedID", code + ":" + master.getIssuerAssignedID().strip());
            }
        }

        facts.party(FactNames.SELLER_ID, waybill, "ConsignorTradeParty", waybill.getConsignorTradeParty());
        facts.party(FactNames.BUYER_ID, waybill, "ConsigneeTradeParty", waybill.getConsigneeTradeParty());
        facts.party(FactNames.FORWARDER_ID, waybill, "FreightForwarderTradeParty", waybill.getFreightForwarderTradeParty());
        facts.party(FactNames.CARRIER_ID, waybill, "CarrierTradeParty", waybill.getCarrierTradeParty());

        CommonFacts.location(facts, FactNames.PORT_OF_LOADING, waybill.getDepartureLocation(), null);
        CommonFacts.location(facts, FactNames.PORT_OF_DISCHARGE, waybill.getDestinationLocation(), null);
        int leg = 0;
        for (TransportMovementType movement : waybill.getTransportMovement()) {
            String key = Integer.toString(++leg);
            CommonFacts.movement(facts, movement, false, key);
            CommonFacts.location(facts, FactNames.ROUTE_LOCATION, movement.getLoadingLocation(), key);
            CommonFacts.location(facts, FactNames.ROUTE_LOCATION, movement.getUnloadingLocation(), key);
        }

        facts.quantity(FactNames.PACKAGE_COUNT, waybill, "PieceQuantity", waybill.getPieceQuantity(), null);
        facts.measure(FactNames.GROSS_WEIGHT, waybill, "GrossWeightMeasure", waybill.getGrossWeightMeasure(), null);
        facts.measure(FactNames.CHARGEABLE_WEIGHT, waybill, "ChargeableWeightMeasure", waybill.getChargeableWeightMeasure(), null);
        facts.measure(FactNames.GROSS_VOLUME, waybill, "GrossVolumeMeasure", waybill.getGrossVolumeMeasure(), null);
        facts.text(FactNames.LINE_DESCRIPTION, waybill, "NatureOfGoods", waybill.getNatureOfGoods(), "1");
        for (var classCode : waybill.getClassCode()) {
            facts.add(FactNames.LINE_HS, classCode, null, classCode.getValue(), classCode.getListID(), "1");
        }
        CommonFacts.packages(facts, waybill.getPackage(), "1");
        facts.amount(FactNames.CUSTOMS_VALUE, waybill, "DeclaredValueForCustomsAmount", waybill.getDeclaredValueForCustomsAmount(), null);
        facts.text(FactNames.FREIGHT_PAYMENT_TERM, waybill, "FreightPaymentTermCode", waybill.getFreightPaymentTermCode());
    }
}
