package org.tradecert.rules.declaration;

import org.tradecert.rules.DocumentRule;

import java.util.List;

/** The document rules of the goods declaration. */
public final class DeclarationRules {

    private DeclarationRules() {
    }

    public static List<DocumentRule<?>> all() {
        return List.of();
    }
}
