package org.tradecert.api;

import java.util.Locale;

/** The validation layers in their fixed order, cheapest and safest first. */
public enum Layer {
    INPUT(1),
    ENVELOPE(2),
    INTEGRITY(3),
    AUTHORISATION(4),
    SCHEMA(5),
    CODE_LISTS(6),
    DOCUMENT_RULES(7),
    CROSS_DOCUMENT(8),
    LEDGER(9),
    RISK(10);

    private final int number;

    Layer(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    /** The name used in reports and message keys, e.g. {@code document-rules}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
