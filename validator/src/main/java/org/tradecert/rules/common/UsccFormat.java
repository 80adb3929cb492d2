package org.tradecert.rules.common;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.udt.v1.SchemedIDType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A party identifier with the scheme USCC has the layout of a Unified Social Credit Code:
 * eighteen characters from the 31 symbols of GB 32100-2015. A code that is not in that layout
 * cannot be checked or matched against the registry.
 */
public final class UsccFormat extends DocumentRule<Object> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("COMMON-USCC-FORMAT", Layer.DOCUMENT_RULES, Severity.ERROR,
            "GB 32100-2015 Coding rule of the unified social credit identifier for legal entities and other organizations (code structure)");

    /** Eighteen characters from 0-9 and A-Y without I, O, S, V and Z. */
    static final Pattern LAYOUT = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{18}");

    public UsccFormat() {
        super(DEFINITION, Object.class);
    }

    @Override
    public void check(Object document, RuleContext context) {
        List<SchemedIDType> codes = PartyIdentifiers.withScheme(document, "USCC");
        if (codes.isEmpty()) {
            context.notApplicable(Outcomes.ABSENT, "GlobalID");
            return;
        }
        for (SchemedIDType code : codes) {
            String value = code.getValue();
            if (!LAYOUT.matcher(value).matches()) {
                context.report(code, value, value.length());
            }
        }
    }
}
