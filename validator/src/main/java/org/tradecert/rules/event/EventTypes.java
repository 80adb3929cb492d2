package org.tradecert.rules.event;

import java.util.Set;

/** The transport event type codes of the standard, in the groups the event rules check. */
final class EventTypes {

    /** Events that always happen to a container: gate in, gate out, stuffing, stripping. */
    static final Set<String> CONTAINER_EVENTS = Set.of("GTIN", "GTOT", "STUF", "STRP");

    /** Loading onto and discharge from a vessel or aircraft. */
    static final Set<String> HANDLING_EVENTS = Set.of("LOAD", "DISC");

    /** Air cargo events: received from the shipper, manifested on a flight, received from the flight. */
    static final Set<String> AIR_EVENTS = Set.of("RCS", "MAN", "RCF");

    /** Customs hold and release. */
    static final Set<String> CUSTOMS_EVENTS = Set.of("HOLD", "RELS");

    /** Events that concern a voyage or flight. */
    static final Set<String> MOVEMENT_EVENTS = Set.of("DEPA", "ARRI", "LOAD", "DISC", "MAN", "RCF");

    /** Events that take place where a movement loads. */
    static final Set<String> AT_LOADING = Set.of("LOAD", "DEPA", "RCS", "MAN");

    /** Events that take place where a movement unloads. */
    static final Set<String> AT_UNLOADING = Set.of("DISC", "ARRI", "RCF");

    /** UNECE Recommendation 19 modes in which cargo moves in containers on vessels: 1 maritime, 8 inland water. */
    static final Set<String> WATER_MODES = Set.of("1", "8");

    /** UNECE Recommendation 19 code of air transport. */
    static final String AIR_MODE = "4";

    private EventTypes() {
    }
}
