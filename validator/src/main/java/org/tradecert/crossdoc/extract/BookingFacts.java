package org.tradecert.crossdoc.extract;

import org.tradecert.crossdoc.FactExtractor;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.FactsBuilder;
import org.tradecert.model.booking.v1.BookingCommodityType;
import org.tradecert.model.booking.v1.TransportBookingType;

/** The facts of a transport booking request (335) or confirmation (770). Its weights and packages are the shipper's estimate. */
public final class BookingFacts implements FactExtractor<TransportBookingType> {

    @Override
    public Class<TransportBookingType> documentClass() {
        return TransportBookingType.class;
    }

    @Override
    public void extract(TransportBookingType booking, FactsBuilder facts) {
        CommonFacts.header(facts, booking.getExchangedDocument());
        CommonFacts.reference(facts, booking.getBookingRequestReferencedDocument(), "335");
        CommonFacts.reference(facts, booking.getExportDeclarationReferencedDocument(), "830");
        facts.text(FactNames.BOOKING_NUMBER, booking, "CarrierAssignedID", booking.getCarrierAssignedID());

        facts.party(FactNames.SELLER_ID, booking, "ConsignorTradeParty", booking.getConsignorTradeParty());
        facts.party(FactNames.BUYER_ID, booking, "ConsigneeTradeParty", booking.getConsigneeTradeParty());
        facts.party(FactNames.FORWARDER_ID, booking, "FreightForwarderTradeParty", booking.getFreightForwarderTradeParty());
        facts.party(FactNames.CARRIER_ID, booking, "CarrierTradeParty", booking.getCarrierTradeParty());

        CommonFacts.movement(facts, booking.getMainCarriageTransportMovement(), true, null);
        CommonFacts.location(facts, FactNames.PLACE_OF_RECEIPT, booking.getPlaceOfReceiptLocation(), null);
        CommonFacts.location(facts, FactNames.PLACE_OF_DELIVERY, booking.getPlaceOfDeliveryLocation(), null);
        CommonFacts.deliveryTerms(facts, booking.getApplicableTradeDeliveryTerms());
        facts.text(FactNames.FREIGHT_PAYMENT_TERM, booking, "FreightPaymentTermCode", booking.getFreightPaymentTermCode());
        facts.amount(FactNames.CUSTOMS_VALUE, booking, "DeclaredValueForCustomsAmount", booking.getDeclaredValueForCustomsAmount(), null);

        facts.measure(FactNames.GROSS_WEIGHT, booking, "GrossWeightMeasure", booking.getGrossWeightMeasure(), null);
        facts.measure(FactNames.GROSS_VOLUME, booking, "GrossVolumeMeasure", booking.getGrossVolumeMeasure(), null);
        facts.quantity(FactNames.PACKAGE_COUNT, booking, "PackageQuantity", booking.getPackageQuantity(), null);

        int line = 0;
        for (BookingCommodityType commodity : booking.getCommodity()) {
            String key = Integer.toString(++line);
            facts.text(FactNames.LINE_DESCRIPTION, commodity, "Description", commodity.getDescription(), key);
            if (commodity.getClassCode() != null) {
                facts.add(FactNames.LINE_HS, commodity, "ClassCode", commodity.getClassCode().getValue(), commodity.getClassCode().getListID(), key);
            }
            facts.measure(FactNames.LINE_GROSS_WEIGHT, commodity, "GrossWeightMeasure", commodity.getGrossWeightMeasure(), key);
            facts.quantity(FactNames.LINE_PACKAGE_COUNT, commodity, "PackageQuantity", commodity.getPackageQuantity(), key);
        }
    }
}
