package org.tradecert.rules.airwaybill;

import org.tradecert.rules.DocumentRule;

import java.util.List;

/** The document rules of the air waybill. */
public final class AirWaybillRules {

    private AirWaybillRules() {
    }

    public static List<DocumentRule<?>> all() {
        return List.of(
                new ChargeableWeightNotBelowGross(),
                new ChargeableWeightNotBelowVolumeWeight(),
                new PiecesMatchPackages(),
                new AirGrossWeightMatchesPackages(),
                new PrefixMatchesCarrier(),
                new HouseWaybillNamesMaster(),
                new RoutingMatchesAirports(),
                new RoutingConnects(),
                new RoutingInSequence(),
                new AirportsDiffer());
    }
}
