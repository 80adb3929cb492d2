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
 * A party identifier with the scheme LEI has the layout of ISO 17442: eighteen capital letters
 * and digits followed by two check digits.
 */
public final class LeiFormat extends DocumentRule<Object> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("COMMON-LEI-FORMAT", Layer.DOCUMENT_RULES, Severity.ERROR,
            "ISO 17442 Legal Entity Identifier (structure)");

    static final Pattern LAYOUT = Pattern.compile("[0-9A-Z]{18}[0-9]{2}");

    public LeiFormat() {
        super(DEFINITION, Object.class);
    }

    @Override
    public void check(Object document, RuleContext context) {
        List<SchemedIDType> codes = PartyIdentifiers.withScheme(document, "LEI");
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
