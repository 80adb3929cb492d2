package org.tradecert.rules.invoice;

import java.util.Set;

/**
 * The UNTDID 1001 codes of transport documents by mode, so that a rule can tell whether a
 * referenced transport document fits the stated mode of transport.
 */
public final class TransportDocuments {

    /** Bill of lading (705), original bill of lading (706), sea waybill (710), house bill of lading (714). */
    public static final Set<String> SEA = Set.of("705", "706", "710", "714");

    /** Air waybill (740), master air waybill (741), house waybill (703). */
    public static final Set<String> AIR = Set.of("740", "741", "703");

    private TransportDocuments() {
    }
}
