package org.tradecert.crossdoc.rules;

import org.tradecert.codelist.CodeEntry;
import org.tradecert.codelist.CodeListPack;
import org.tradecert.codelist.CodeListRegistry;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The China customs (GACC) codes of a declaration mapped to the international codes the other
 * documents use, through the mapping packs of the run's code-list registry: transport mode to
 * UNECE Recommendation 19 (attribute {@code rec19}), transaction mode (成交方式) to Incoterms
 * 2020 (attribute {@code incoterms}), package type to Recommendation 21 (attribute {@code rec21}).
 * Each attribute lists the codes the GACC code covers, separated by spaces.
 */
final class CustomsCodes {

    private CustomsCodes() {
    }

    /** The Recommendation 19 modes a GACC transport mode covers; empty when the code or its mapping is unknown. */
    static Optional<Set<String>> transportModes(CodeListRegistry registry, String code) {
        return mapped(registry, "GACCTransportMode", code, "rec19");
    }

    /** The Incoterms 2020 rules a GACC transaction mode covers; empty when the code or its mapping is unknown. */
    static Optional<Set<String>> incoterms(CodeListRegistry registry, String code) {
        return mapped(registry, "GACCTransactionMode", code, "incoterms");
    }

    /** The Recommendation 21 package types a GACC package type covers; empty when the code or its mapping is unknown. */
    static Optional<Set<String>> packageTypes(CodeListRegistry registry, String code) {
        return mapped(registry, "GACCPackageType", code, "rec21");
    }

    /** The version of the mapping pack of a list, for findings: {@code id@version}, or the list id when no pack serves it. */
    static String pack(CodeListRegistry registry, String list) {
        return registry.forList(list).map(CodeListPack::coordinates).orElse(list);
    }

    private static Optional<Set<String>> mapped(CodeListRegistry registry, String list, String code, String attribute) {
        if (code == null) {
            return Optional.empty();
        }
        Optional<CodeEntry> entry = registry.forList(list).flatMap(pack -> pack.find(code.strip()));
        String value = entry.map(found -> found.attribute(attribute)).orElse(null);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new LinkedHashSet<>(java.util.List.of(value.strip().split("\\s+"))));
    }
}
