package org.tradecert.rules.airwaybill;

import org.tradecert.rules.DocumentRule;

import java.util.List;

/** The document rules of the air waybill. */
public final class AirWaybillRules {

    private AirWaybillRules() {
    }

    public static List<DocumentRule<?>> all() {
        return List.of();
    }
}
