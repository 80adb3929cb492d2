package org.tradecert.codelist;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The China customs mappings, read from the code-list packs that carry them, so that a new
 * mapping is a new pack version and never a code change: GACC transport modes to UNECE
 * Recommendation 19 modes (attribute {@code rec19}), GACC transaction modes (成交方式) to the
 * Incoterms 2020 rules declared under them (attribute {@code incoterms}), and GACC package
 * types (包装种类) to UNECE Recommendation 21 package types (attribute {@code rec21}). An
 * imported pack replaces the bundled one, and these mappings follow it.
 */
public final class GaccMappings {

    public static final String TRANSPORT_MODE_LIST = "GACCTransportMode";
    public static final String TRANSACTION_MODE_LIST = "GACCTransactionMode";
    public static final String PACKAGE_TYPE_LIST = "GACCPackageType";

    /** The costs a price includes besides the goods, by the GACC transaction mode it is declared under. */
    public record PriceBasis(boolean freight, boolean insurance) {
    }

    /**
     * The costs included by each GACC transaction mode, as the mode's name states them: CIF both,
     * C&amp;F freight, C&amp;I insurance, FOB and EXW neither. Market price (5) and bunkering price (6)
     * name no delivery point and have no basis.
     */
    private static final Map<String, PriceBasis> PRICE_BASES = Map.of(
            "1", new PriceBasis(true, true),
            "2", new PriceBasis(true, false),
            "3", new PriceBasis(false, false),
            "4", new PriceBasis(false, true),
            "7", new PriceBasis(false, false));

    private final Mapping transportModes;
    private final Mapping transactionModes;
    private final Mapping packageTypes;

    private GaccMappings(Mapping transportModes, Mapping transactionModes, Mapping packageTypes) {
        this.transportModes = transportModes;
        this.transactionModes = transactionModes;
        this.packageTypes = packageTypes;
    }

    /**
     * Reads the mappings from the packs of a registry.
     *
     * @throws IllegalStateException when the registry lacks one of the three GACC packs; the bundled registry has all three
     */
    public static GaccMappings of(CodeListRegistry registry) {
        return new GaccMappings(
                Mapping.of(pack(registry, TRANSPORT_MODE_LIST), "rec19"),
                Mapping.of(pack(registry, TRANSACTION_MODE_LIST), "incoterms"),
                Mapping.of(pack(registry, PACKAGE_TYPE_LIST), "rec21"));
    }

    private static CodeListPack pack(CodeListRegistry registry, String list) {
        return registry.forList(list).orElseThrow(() -> new IllegalStateException(
                "the code lists have no " + list + " pack; the China customs mappings need it"));
    }

    /**
     * Returns the Recommendation 19 modes a GACC transport mode corresponds to. The set is empty
     * for an unknown code and for a movement into a special zone (0, 1, 7, 8).
     */
    public Set<String> rec19ForTransportMode(String gaccCode) {
        return transportModes.targets(gaccCode);
    }

    /** Returns the GACC transport mode a Recommendation 19 mode is declared under, e.g. 2 (waterway) for 1 (maritime). */
    public Optional<String> transportModeForRec19(String rec19) {
        return transportModes.onlySource(rec19);
    }

    /** Checks whether a GACC transport mode and a Recommendation 19 mode name the same kind of transport. */
    public boolean transportModesAgree(String gaccCode, String rec19) {
        return rec19 != null && rec19ForTransportMode(gaccCode).contains(rec19.strip());
    }

    /** Returns the Incoterms 2020 rules declared under a GACC transaction mode, none for market price (5), bunkering price (6) and unknown codes. */
    public Set<String> incotermsForTransactionMode(String gaccCode) {
        return transactionModes.targets(gaccCode);
    }

    /** Returns the GACC transaction mode an Incoterms 2020 rule is declared under, e.g. 1 (CIF) for CIP and 3 (FOB) for FCA. */
    public Optional<String> transactionModeForIncoterm(String incoterm) {
        return transactionModes.onlySource(incoterm == null ? null : incoterm.toUpperCase(Locale.ROOT));
    }

    /** Checks whether an Incoterms rule is declared under a GACC transaction mode. */
    public boolean transactionModeAgrees(String gaccCode, String incoterm) {
        return incoterm != null && incotermsForTransactionMode(gaccCode).contains(incoterm.strip().toUpperCase(Locale.ROOT));
    }

    /** Returns the costs a price declared under a GACC transaction mode includes, none for modes without a delivery point and for unknown codes. */
    public Optional<PriceBasis> priceBasis(String gaccTransactionMode) {
        return Optional.ofNullable(gaccTransactionMode == null ? null : PRICE_BASES.get(gaccTransactionMode.strip()));
    }

    /** Returns the Recommendation 21 package types a GACC package type covers. */
    public Set<String> rec21ForPackageType(String gaccCode) {
        return packageTypes.targets(gaccCode);
    }

    /**
     * Returns the GACC package types that cover a Recommendation 21 package type. Usually one, but a
     * pallet (PX) is either recycled wood (92) or natural wood (93), which Recommendation 21 does
     * not tell apart.
     */
    public Set<String> packageTypesForRec21(String rec21) {
        return packageTypes.sources(rec21 == null ? null : rec21.toUpperCase(Locale.ROOT));
    }

    /** Checks whether a GACC package type covers a Recommendation 21 package type. */
    public boolean packageTypesAgree(String gaccCode, String rec21) {
        return rec21 != null && rec21ForPackageType(gaccCode).contains(rec21.strip().toUpperCase(Locale.ROOT));
    }

    /** Returns the three packs the mappings come from, as {@code id@version}, for evidence. */
    public String coordinates() {
        return transportModes.coordinates + ", " + transactionModes.coordinates + ", " + packageTypes.coordinates;
    }

    /** One attribute of a pack read as a many-to-many mapping from its codes to the codes the attribute lists. */
    private record Mapping(String coordinates, Map<String, Set<String>> forward, Map<String, Set<String>> backward) {

        static Mapping of(CodeListPack pack, String attribute) {
            Map<String, Set<String>> forward = new TreeMap<>();
            Map<String, Set<String>> backward = new TreeMap<>();
            for (CodeEntry entry : pack.codes().values()) {
                String listed = entry.attribute(attribute);
                Set<String> targets = new LinkedHashSet<>();
                if (listed != null && !listed.isBlank()) {
                    targets.addAll(Arrays.asList(listed.strip().split("\\s+")));
                }
                forward.put(entry.code(), Set.copyOf(targets));
                for (String target : targets) {
                    backward.computeIfAbsent(target, any -> new TreeSet<>()).add(entry.code());
                }
            }
            backward.replaceAll((target, sources) -> java.util.Collections.unmodifiableSet(sources));
            return new Mapping(pack.coordinates(), forward, backward);
        }

        Set<String> targets(String source) {
            return source == null ? Set.of() : forward.getOrDefault(source.strip(), Set.of());
        }

        Set<String> sources(String target) {
            return target == null ? Set.of() : backward.getOrDefault(target.strip(), Set.of());
        }

        /** Returns the one source of a target, or nothing when none or several map to it. */
        Optional<String> onlySource(String target) {
            Set<String> found = sources(target);
            return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
        }
    }
}
