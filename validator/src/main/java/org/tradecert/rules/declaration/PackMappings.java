package org.tradecert.rules.declaration;

import org.tradecert.codelist.CodeEntry;
import org.tradecert.codelist.CodeListPack;
import org.tradecert.rules.RuleContext;

import java.util.List;
import java.util.Optional;

/**
 * Reads the China customs mappings that the code-list packs carry as attributes: the
 * Recommendation 19 modes of a GACC transport mode ({@code rec19}) and the Incoterms rules
 * declared under a GACC transaction mode ({@code incoterms}). Using the packs in force keeps
 * the rules in step with an imported, newer mapping.
 */
final class PackMappings {

    private PackMappings() {
    }

    /**
     * Returns the codes that an attribute of one entry lists, separated by spaces. Returns empty
     * when the pack, the entry or the attribute is missing, because the mapping then decides nothing.
     */
    static Optional<List<String>> mapped(RuleContext context, String list, String code, String attribute) {
        if (context.codeLists() == null || code == null) {
            return Optional.empty();
        }
        Optional<CodeEntry> entry = context.codeLists().forList(list).flatMap((CodeListPack pack) -> pack.find(code));
        String value = entry.map(found -> found.attribute(attribute)).orElse(null);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(List.of(value.trim().split("\\s+")));
    }

    /** Returns the first code of the list whose attribute lists {@code value}, or empty when none does. */
    static Optional<String> codeListing(RuleContext context, String list, String attribute, String value) {
        if (context.codeLists() == null || value == null) {
            return Optional.empty();
        }
        Optional<CodeListPack> pack = context.codeLists().forList(list);
        if (pack.isEmpty()) {
            return Optional.empty();
        }
        for (CodeEntry entry : pack.get().codes().values()) {
            String listed = entry.attribute(attribute);
            if (listed != null && List.of(listed.trim().split("\\s+")).contains(value)) {
                return Optional.of(entry.code());
            }
        }
        return Optional.empty();
    }
}
