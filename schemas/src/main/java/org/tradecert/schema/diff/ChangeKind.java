package org.tradecert.schema.diff;

import java.util.Arrays;
import java.util.Optional;

/**
 * The change catalogue: every kind of change between two releases that schema diff reports,
 * with a stable code, its name, the class it has when context does not decide it, and the
 * increment an EQ change of the kind still needs. CTX kinds ({@code contextual}) get their
 * class from the comparison itself; when it cannot decide, the change counts as BREAK.
 * Texts: {@code kind.<code>.title} and {@code kind.<code>.description} in the governance bundle.
 */
public enum ChangeKind {
    SD101("member-added-optional", ChangeClass.WIDEN, false),
    SD102("member-added-required", ChangeClass.BREAK, false),
    SD103("member-removed-optional", ChangeClass.NARROW, false),
    SD104("member-removed-required", ChangeClass.BREAK, false),
    SD105("member-renamed-or-moved", ChangeClass.BREAK, false),
    SD106("sequence-order-changed", ChangeClass.BREAK, false),
    SD107("document-type-added", ChangeClass.WIDEN, false),
    SD108("document-type-removed", ChangeClass.BREAK, false),
    SD201("min-occurs-increased", ChangeClass.NARROW, false),
    SD202("min-occurs-decreased", ChangeClass.WIDEN, false),
    SD203("max-occurs-decreased", ChangeClass.NARROW, false),
    SD204("max-occurs-increased", ChangeClass.WIDEN, false),
    SD205("nullability-added", ChangeClass.WIDEN, false),
    SD206("nullability-removed", ChangeClass.NARROW, false),
    SD301("type-changed-incompatible", ChangeClass.BREAK, false),
    SD302("type-widened", ChangeClass.WIDEN, false),
    SD303("type-narrowed", ChangeClass.NARROW, false),
    SD304("value-facet-tightened", ChangeClass.NARROW, false),
    SD305("value-facet-relaxed", ChangeClass.WIDEN, false),
    SD306("pattern-changed", null, true),
    SD307("format-changed", null, true),
    SD308("fixed-or-const-changed", ChangeClass.BREAK, false),
    SD309("default-changed", ChangeClass.EQ, false),
    SD401("enum-value-added", ChangeClass.WIDEN, false),
    SD402("enum-value-removed", ChangeClass.NARROW, false),
    SD403("code-list-changed", null, true),
    SD501("choice-branch-added", ChangeClass.WIDEN, false),
    SD502("choice-branch-removed", ChangeClass.NARROW, false),
    SD503("compositor-changed", null, true),
    SD504("substitution-or-derivation-changed", null, true),
    SD601("wildcard-widened", ChangeClass.WIDEN, false),
    SD602("wildcard-narrowed", ChangeClass.NARROW, false),
    SD701("namespace-changed", ChangeClass.BREAK, false),
    SD702("schema-identifier-changed", ChangeClass.EQ, false),
    SD703("schema-dialect-changed", null, true),
    SD704("reusable-component-removed", ChangeClass.EQ, false),
    SD801("documentation-changed", ChangeClass.EQ, false),
    SD802("deprecation-added", ChangeClass.EQ, false),
    SD901("cross-format-divergence", ChangeClass.BREAK, false);

    private final String id;
    private final ChangeClass declared;
    private final boolean contextual;

    ChangeKind(String id, ChangeClass declared, boolean contextual) {
        this.id = id;
        this.declared = declared;
        this.contextual = contextual;
    }

    public String code() {
        return name();
    }

    public String id() {
        return id;
    }

    /** The catalogue's class, or null for a CTX kind whose class the comparison decides. */
    public ChangeClass declared() {
        return declared;
    }

    public boolean contextual() {
        return contextual;
    }

    /**
     * The increment an EQ change of this kind needs: a default or a deprecation changes the
     * meaning or the plan of a release, so it waits for a MINOR; identifiers, documentation and
     * unused components may change in a PATCH.
     */
    public Bump equalBump() {
        return this == SD309 || this == SD802 ? Bump.MINOR : Bump.PATCH;
    }

    public String titleKey() {
        return "kind." + name() + ".title";
    }

    public String descriptionKey() {
        return "kind." + name() + ".description";
    }

    public static Optional<ChangeKind> byCode(String code) {
        return Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(code) || k.id.equalsIgnoreCase(code)).findFirst();
    }
}
