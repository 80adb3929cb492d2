package org.tradecert.rules.common;

import org.tradecert.rules.DocumentRule;

import java.util.List;

/** The document rules of the components every document type shares (parties, equipment, transport means). */
public final class CommonRules {

    private CommonRules() {
    }

    public static List<DocumentRule<?>> all() {
        return List.of();
    }
}
