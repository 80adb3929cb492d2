package org.tradecert.rules.airwaybill;

import org.tradecert.model.common.v1.LogisticsLocationType;
import org.tradecert.model.common.v1.TransportMovementType;

/** Readers of the airports and flights of an air waybill's routing. */
final class Airports {

    private Airports() {
    }

    /** Returns the UN/LOCODE of an airport, or null when it has none. */
    static String code(LogisticsLocationType location) {
        return location == null ? null : location.getID();
    }

    /** Returns the flight number of a leg for a message, or a dash when the leg has none. */
    static String flight(TransportMovementType leg) {
        return leg.getID() == null ? "—" : leg.getID();
    }
}
