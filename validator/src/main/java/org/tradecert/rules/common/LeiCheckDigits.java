package org.tradecert.rules.common;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.checkdigit.Lei;
import org.tradecert.model.udt.v1.SchemedIDType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

import java.util.List;

/**
 * A Legal Entity Identifier ends in the two check digits of ISO 7064 MOD 97-10 over its first
 * eighteen characters. Only the checksum is checked, not whether GLEIF has the LEI registered.
 */
public final class LeiCheckDigits extends DocumentRule<Object> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("COMMON-LEI-CHECK", Layer.DOCUMENT_RULES, Severity.ERROR,
            "ISO 17442 Legal Entity Identifier, check digits per ISO/IEC 7064 MOD 97-10");

    public LeiCheckDigits() {
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
            if (!LeiFormat.LAYOUT.matcher(value).matches() || Lei.isValid(value)) {
                continue;
            }
            context.mismatch(code, null, Lei.checkDigits(value.substring(0, 18)), value.substring(18), value);
        }
    }
}
