package org.tradecert.rules.packing;

import org.tradecert.rules.DocumentRule;

import java.util.List;

/** The document rules of the packing list. */
public final class PackingListRules {

    private PackingListRules() {
    }

    public static List<DocumentRule<?>> all() {
        return List.of();
    }
}
