package org.tradecert.selftest;

import java.util.List;
import java.util.Map;

/**
 * One case of a rule's self-test: a base, the edits that change it, engine settings, and the
 * findings the run must produce, exactly: each rule id with its count, and no other finding.
 *
 * @param kind       whether the case shows the rule holding or firing
 * @param index      the position of the case in its list, from 1
 * @param name       what the case does, in the committee's words; for an implicit passing case the base is its name
 * @param registry   edits of the demo consortium's network registry used for the run
 * @param fileName   the name the input is written under, or null for the base's own name
 * @param findings   rule id to count; empty for a run that must find nothing
 * @param incomplete true when a layer is expected to stop with an error, as a time limit makes it
 * @param implicit   true for a passing case the runner derived from an unedited base, not written in the file
 */
public record FixtureCase(Kind kind, int index, String name, Base base, List<Edit> edits, List<Edit> registry, Options options,
                          String fileName, Map<String, Integer> findings, boolean incomplete, boolean implicit) {

    public enum Kind {
        PASSES, FIRES;

        /** The key of the list in a fixture file. */
        public String key() {
            return this == PASSES ? "passes" : "fires";
        }
    }

    public FixtureCase {
        edits = List.copyOf(edits);
        registry = List.copyOf(registry);
        findings = Map.copyOf(findings);
    }

    /** True when the run is the base itself: no edit, no registry change, no setting, no other name. */
    public boolean unedited() {
        boolean plainEnvelopes = !(base instanceof Base.Envelopes list) || list.specs().stream().allMatch(spec -> spec.edits().isEmpty());
        return edits.isEmpty() && registry.isEmpty() && options.isDefault() && fileName == null && !incomplete && plainEnvelopes;
    }

    /** The place of the case in its fixture, such as {@code fires[2]}. */
    public String where() {
        return kind.key() + "[" + index + "]";
    }

    /** The passing case a declared base gives a rule whose fixture lists no passing case of its own. */
    static FixtureCase implicitPass(Base base, int index) {
        return new FixtureCase(Kind.PASSES, index, null, base, List.of(), List.of(), Options.none(), null, Map.of(), false, true);
    }
}
