package org.tradecert.codelist;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.rules.RuleDefinition;

import java.util.List;

/**
 * The checks of layer 6: every code of a large or often revised code list (UN/LOCODE, HS,
 * ISO 3166 and 4217, UNECE Recommendations 20 and 21, the GACC lists) is looked up in the
 * versioned pack, and the finding names the pack version. Small lists are enumerated in the
 * schemas and checked by layer 5.
 */
public final class CodeListRules {

    public static final RuleDefinition UNKNOWN = RuleDefinition.of("CODE-UNKNOWN", Layer.CODE_LISTS, Severity.ERROR,
            "code list of the property in the tradecert standard; the pack version is named in the finding");
    public static final RuleDefinition FORM = RuleDefinition.of("CODE-FORM", Layer.CODE_LISTS, Severity.ERROR,
            "code list of the property in the tradecert standard");
    public static final RuleDefinition DELETED = RuleDefinition.of("CODE-DELETED", Layer.CODE_LISTS, Severity.WARNING,
            "UN/LOCODE change indicator X (marked for deletion)");
    public static final RuleDefinition UNCONFIRMED = RuleDefinition.of("CODE-UNCONFIRMED", Layer.CODE_LISTS, Severity.WARNING,
            "bundled code-list packs that are selections of the full list");

    private CodeListRules() {
    }

    public static List<RuleDefinition> all() {
        return List.of(UNKNOWN, FORM, DELETED, UNCONFIRMED);
    }
}
