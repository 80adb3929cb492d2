package org.tradecert.rules.common;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.checkdigit.Uscc;
import org.tradecert.model.udt.v1.SchemedIDType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

import java.util.List;

/**
 * A Unified Social Credit Code ends in the check character that GB 32100-2015 computes from its
 * first seventeen characters, so a mistyped or invented code is caught before customs or a
 * bank matches it. Codes not in the USCC layout are left to {@link UsccFormat}.
 */
public final class UsccCheckCharacter extends DocumentRule<Object> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("COMMON-USCC-CHECK", Layer.DOCUMENT_RULES, Severity.ERROR,
            "GB 32100-2015 (check character, modulus 31)");

    public UsccCheckCharacter() {
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
            if (!UsccFormat.LAYOUT.matcher(value).matches()) {
                continue;
            }
            char expected = Uscc.checkCharacter(value.substring(0, 17));
            char actual = value.charAt(17);
            if (actual != expected) {
                context.mismatch(code, null, String.valueOf(expected), String.valueOf(actual), value);
            }
        }
    }
}
