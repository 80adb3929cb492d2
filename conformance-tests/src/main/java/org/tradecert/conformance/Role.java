package org.tradecert.conformance;

import java.util.Arrays;
import java.util.Optional;

/**
 * A participant role that has a conformance suite. The id is the role as the network registry
 * and the signed statements name it; the words are how the suite's Gherkin names it.
 */
public enum Role {
    EXPORTER("exporter", "exporter"),
    FREIGHT_FORWARDER("freight-forwarder", "freight forwarder"),
    OCEAN_CARRIER("ocean-carrier", "ocean carrier"),
    AIRLINE("airline", "airline"),
    TERMINAL_OPERATOR("terminal-operator", "terminal operator"),
    CUSTOMS_BROKER("customs-broker", "customs broker"),
    BANK("bank", "bank");

    private final String id;
    private final String words;

    Role(String id, String words) {
        this.id = id;
        this.words = words;
    }

    /** The registry's name of the role, for example {@code freight-forwarder}. */
    public String id() {
        return id;
    }

    /** The role in the suite's sentences, for example {@code freight forwarder}. */
    public String words() {
        return words;
    }

    public static Optional<Role> byId(String id) {
        return Arrays.stream(values()).filter(role -> role.id.equals(id)).findFirst();
    }

    public static Optional<Role> byWords(String words) {
        return Arrays.stream(values()).filter(role -> role.words.equals(words)).findFirst();
    }
}
