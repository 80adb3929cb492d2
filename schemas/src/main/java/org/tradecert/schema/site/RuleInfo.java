package org.tradecert.schema.site;

import java.util.List;

/**
 * A validation rule as the documentation site lists it. The rules live in the validator, which
 * this module does not depend on, so the caller passes them in.
 *
 * @param documentTypes the types the rule applies to; empty for every type
 */
public record RuleInfo(String id, String layer, String severity, List<String> documentTypes, String descriptionEn, String descriptionZh) {

    public boolean appliesTo(String type) {
        return documentTypes.isEmpty() || documentTypes.contains(type);
    }
}
