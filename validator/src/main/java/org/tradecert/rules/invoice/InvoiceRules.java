package org.tradecert.rules.invoice;

import org.tradecert.rules.DocumentRule;

import java.util.List;

/** The document rules of the commercial invoice. */
public final class InvoiceRules {

    private InvoiceRules() {
    }

    public static List<DocumentRule<?>> all() {
        return List.of();
    }
}
