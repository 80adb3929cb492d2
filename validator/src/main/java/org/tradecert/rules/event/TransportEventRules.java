package org.tradecert.rules.event;

import org.tradecert.rules.DocumentRule;

import java.util.List;

/** The document rules of the transport event. */
public final class TransportEventRules {

    private TransportEventRules() {
    }

    public static List<DocumentRule<?>> all() {
        return List.of(
                new ActualEventNotAfterReport(),
                new EquipmentEventNamesEquipment(),
                new TransportEventNamesMovement(),
                new EventTypeFitsMode(),
                new CustomsEventNamesDeclaration(),
                new EventLocationOnRoute(),
                new EventGrossWeightMatchesEquipment(),
                new EventPiecesMatchEquipment());
    }
}
