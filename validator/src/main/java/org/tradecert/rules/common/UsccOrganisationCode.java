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
 * Positions 9 to 17 of a valid Unified Social Credit Code are a GB 11714 organisation code with
 * its own check character. Only the eighteenth character decides whether a USCC is valid, so a
 * failure here is a warning that the code may have been made up.
 */
public final class UsccOrganisationCode extends DocumentRule<Object> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("COMMON-USCC-ORGANISATION-CODE", Layer.DOCUMENT_RULES,
            Severity.WARNING, "GB 32100-2015 (positions 9-17: organisation code); GB 11714-1997 (organisation code check character, modulus 11)");

    public UsccOrganisationCode() {
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
            if (Uscc.isValid(value) && !Uscc.organisationCodeValid(value)) {
                context.report(code, value, value.substring(8, 17));
            }
        }
    }
}
