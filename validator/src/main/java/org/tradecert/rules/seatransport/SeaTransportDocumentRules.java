package org.tradecert.rules.seatransport;

import org.tradecert.rules.DocumentRule;

import java.util.List;

/** The document rules of the sea transport document. */
public final class SeaTransportDocumentRules {

    private SeaTransportDocumentRules() {
    }

    public static List<DocumentRule<?>> all() {
        return List.of(
                new SeaGrossWeightMatchesItems(),
                new SeaPackagesMatchItems(),
                new SeaEquipmentGrossWeightMatchesTotal(),
                new SeaEquipmentPackagesMatchTotal(),
                new SeaItemEquipmentListed(),
                new SeaEquipmentCarriesGoods(),
                new SeaItemWeightMatchesPackage(),
                new ShippedOnBoardDateStated(),
                new ShippedOnBoardVesselNamed(),
                new OnBoardDateOrder(),
                new OriginalsStated(),
                new ElectronicSingleOriginal(),
                new SeaWaybillNotNegotiable(),
                new ConsigneeNamed());
    }
}
