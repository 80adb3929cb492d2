package org.tradecert.schema.diff;

import dk.brics.automaton.Automaton;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Compares one syntax of two releases: schema-level facts, then every component reachable from
 * the document root in either release, member by member and facet by facet. The same code
 * runs on both syntaxes, and only {@link XsdShapes} and {@link JsonShapes}, which read the
 * files, differ between them.
 */
final class ShapeComparer {

    static final String MODULE = "(module)";

    private final Shapes before;
    private final Shapes after;
    private final ValueSpaces beforeValues;
    private final ValueSpaces afterValues;
    private final String ownFilePrefix;
    private final List<SyntaxChange> changes = new ArrayList<>();
    private final Set<String> compared = new HashSet<>();

    /**
     * @param ownFilePrefix the folder of the module being compared ({@code commercial-invoice/}): only its own
     *                      unused components are reported as removed, not those of the common module
     */
    ShapeComparer(Shapes before, Shapes after, String ownFilePrefix) {
        this.before = before;
        this.after = after;
        this.beforeValues = new ValueSpaces(before);
        this.afterValues = new ValueSpaces(after);
        this.ownFilePrefix = ownFilePrefix;
    }

    List<SyntaxChange> compare() {
        facts();
        Set<String> reachableBefore = before.reachable();
        Set<String> reachableAfter = after.reachable();
        if (before.rootKey() != null && after.rootKey() != null) {
            compareComponents(before.components().get(before.rootKey()), after.components().get(after.rootKey()));
        }
        Set<String> keys = new LinkedHashSet<>(reachableBefore);
        keys.addAll(reachableAfter);
        for (String key : keys) {
            Shapes.Component old = before.components().get(key);
            Shapes.Component neu = after.components().get(key);
            if (old != null && neu != null) {
                compareComponents(old, neu);
            }
        }
        for (Shapes.Component old : before.components().values()) {
            boolean own = old.file.startsWith(ownFilePrefix);
            if (own && !after.components().containsKey(old.key) && (!reachableBefore.contains(old.key) || before.rootKey() == null)) {
                add(ChangeKind.SD704, ChangeClass.EQ, true, old.key, null, null, old.key, null, old, null, EnumSet.of(Modifier.REUSE));
            }
        }
        return changes;
    }

    private void facts() {
        for (Shapes.ModuleFact fact : before.facts()) {
            Optional<Shapes.ModuleFact> counterpart = after.facts().stream().filter(f -> f.name().equals(fact.name())).findFirst();
            if (counterpart.isEmpty() || counterpart.get().value().equals(fact.value())) {
                continue;
            }
            Shapes.ModuleFact now = counterpart.get();
            ChangeKind kind;
            ChangeClass changeClass;
            Set<Modifier> modifiers = EnumSet.noneOf(Modifier.class);
            if (fact.name().startsWith("namespace:")) {
                kind = ChangeKind.SD701;
                changeClass = ChangeClass.BREAK;
            } else if ("identifier".equals(fact.name())) {
                kind = ChangeKind.SD702;
                changeClass = ChangeClass.EQ;
                modifiers.add(Modifier.REUSE);
            } else if ("dialect".equals(fact.name())) {
                kind = ChangeKind.SD703;
                changeClass = ChangeClass.BREAK;
            } else if ("root-element".equals(fact.name())) {
                kind = ChangeKind.SD108;
                changeClass = ChangeClass.BREAK;
            } else {
                continue;
            }
            changes.add(new SyntaxChange(before.syntax(), kind, changeClass, kind != ChangeKind.SD703, MODULE, fact.name(), fact.name(),
                    fact.value(), now.value(), now.file(), now.line(), fact.name(), modifiers));
        }
    }

    private void compareComponents(Shapes.Component old, Shapes.Component neu) {
        if (old == null || neu == null || !compared.add(old.key + "=>" + neu.key)) {
            return;
        }
        boolean root = neu.key.equals(after.rootKey());
        if (!root && !Objects.equals(old.docs, neu.docs)) {
            add(ChangeKind.SD801, ChangeClass.EQ, true, neu.key, null, "documentation", docsText(old.docs), docsText(neu.docs), neu, null, Set.of());
        }
        deprecation(neu.key, null, old.deprecated, neu.deprecated, neu, null);
        if (old.complex != neu.complex) {
            add(ChangeKind.SD301, ChangeClass.BREAK, true, neu.key, null, "kind", old.complex ? "complex" : "simple",
                    neu.complex ? "complex" : "simple", neu, null, shapeFor());
            return;
        }
        if (old.complex) {
            compareContent(old, neu);
        } else {
            compareValues(neu.key, null, old.value, neu.value, neu, null);
        }
    }

    private void compareContent(Shapes.Component old, Shapes.Component neu) {
        if (!old.compositor.equals(neu.compositor)) {
            ChangeClass resolved = "sequence".equals(old.compositor) && "all".equals(neu.compositor) ? ChangeClass.WIDEN
                    : "all".equals(old.compositor) && "sequence".equals(neu.compositor) ? ChangeClass.NARROW : ChangeClass.BREAK;
            add(ChangeKind.SD503, resolved, resolved != ChangeClass.BREAK, neu.key, null, "compositor", old.compositor, neu.compositor, neu, null, Set.of());
        }
        if (old.open != neu.open) {
            add(neu.open ? ChangeKind.SD601 : ChangeKind.SD602, neu.open ? ChangeClass.WIDEN : ChangeClass.NARROW, true,
                    neu.key, null, "wildcard", Boolean.toString(old.open), Boolean.toString(neu.open), neu, null, Set.of());
        }

        List<Shapes.Member> removed = new ArrayList<>();
        List<Shapes.Member> added = new ArrayList<>();
        for (Shapes.Member member : old.members) {
            if (neu.member(member.key()).isEmpty()) {
                removed.add(member);
            }
        }
        for (Shapes.Member member : neu.members) {
            Optional<Shapes.Member> earlier = old.member(member.key());
            if (earlier.isEmpty()) {
                added.add(member);
            } else {
                compareMembers(neu, earlier.get(), member);
            }
        }
        renames(old, neu, removed, added);
        boolean choice = "choice".equals(neu.compositor);
        for (Shapes.Member member : removed) {
            ChangeKind kind = choice ? ChangeKind.SD502 : member.required() ? ChangeKind.SD104 : ChangeKind.SD103;
            ChangeClass changeClass = old.open ? ChangeClass.WIDEN : kind.declared();
            add(kind, changeClass, true, neu.key, member.key(), null, member.name(), null, neu, member, Set.of());
        }
        for (Shapes.Member member : added) {
            ChangeKind kind = choice ? ChangeKind.SD501 : member.required() ? ChangeKind.SD102 : ChangeKind.SD101;
            ChangeClass changeClass = kind.declared();
            if (old.open && !member.required()) {
                // An open object may already carry a member of that name with another value (strict reading).
                changeClass = ChangeClass.NARROW;
            }
            add(kind, changeClass, true, neu.key, member.key(), null, null, member.name(), neu, member, Set.of());
        }
        if ("sequence".equals(old.compositor) && "sequence".equals(neu.compositor) && before.syntax() == Syntax.XSD) {
            order(old, neu);
        }
    }

    /** Reports a removed and an added member with the same dictionary entry name as one renamed member. */
    private void renames(Shapes.Component old, Shapes.Component neu, List<Shapes.Member> removed, List<Shapes.Member> added) {
        for (Shapes.Member gone : new ArrayList<>(removed)) {
            if (gone.docs().den() == null) {
                continue;
            }
            for (Shapes.Member fresh : new ArrayList<>(added)) {
                if (gone.docs().den().equals(fresh.docs().den())) {
                    add(ChangeKind.SD105, ChangeClass.BREAK, true, neu.key, fresh.key(), gone.key() + " -> " + fresh.key(),
                            gone.name(), fresh.name(), neu, fresh, Set.of());
                    removed.remove(gone);
                    added.remove(fresh);
                    break;
                }
            }
        }
    }

    private void order(Shapes.Component old, Shapes.Component neu) {
        List<String> beforeOrder = old.members.stream().map(Shapes.Member::key).filter(k -> neu.member(k).isPresent() && !k.startsWith("@") && !k.startsWith("#")).toList();
        List<String> afterOrder = neu.members.stream().map(Shapes.Member::key).filter(k -> old.member(k).isPresent() && !k.startsWith("@") && !k.startsWith("#")).toList();
        if (!beforeOrder.equals(afterOrder)) {
            add(ChangeKind.SD106, ChangeClass.BREAK, true, neu.key, null, "order", String.join(",", beforeOrder), String.join(",", afterOrder), neu, null, Set.of());
        }
    }

    private void compareMembers(Shapes.Component owner, Shapes.Member old, Shapes.Member neu) {
        String key = neu.key();
        if (!old.name().equals(neu.name())) {
            add(ChangeKind.SD105, ChangeClass.BREAK, true, owner.key, key, old.name() + " -> " + neu.name(), old.name(), neu.name(), owner, neu, Set.of());
        }
        if (old.array() != neu.array()) {
            add(neu.array() ? ChangeKind.SD204 : ChangeKind.SD203, ChangeClass.BREAK, true, owner.key, key, null,
                    occurs(old), occurs(neu), owner, neu, EnumSet.of(Modifier.SHAPE));
        } else {
            if (neu.min() > old.min()) {
                add(ChangeKind.SD201, ChangeClass.NARROW, true, owner.key, key, null, occurs(old), occurs(neu), owner, neu, Set.of());
            } else if (neu.min() < old.min()) {
                add(ChangeKind.SD202, ChangeClass.WIDEN, true, owner.key, key, null, occurs(old), occurs(neu), owner, neu, Set.of());
            }
            if (less(neu.max(), old.max())) {
                add(ChangeKind.SD203, ChangeClass.NARROW, true, owner.key, key, null, occurs(old), occurs(neu), owner, neu, Set.of());
            } else if (less(old.max(), neu.max())) {
                add(ChangeKind.SD204, ChangeClass.WIDEN, true, owner.key, key, null, occurs(old), occurs(neu), owner, neu, Set.of());
            }
        }
        if (old.nullable() != neu.nullable()) {
            add(neu.nullable() ? ChangeKind.SD205 : ChangeKind.SD206, neu.nullable() ? ChangeClass.WIDEN : ChangeClass.NARROW, true,
                    owner.key, key, null, Boolean.toString(old.nullable()), Boolean.toString(neu.nullable()), owner, neu, Set.of());
        }
        if (!Objects.equals(old.fixed(), neu.fixed())) {
            ChangeClass changeClass = old.fixed() == null ? ChangeClass.NARROW : neu.fixed() == null ? ChangeClass.WIDEN : ChangeClass.BREAK;
            add(ChangeKind.SD308, changeClass, true, owner.key, key, "fixed", old.fixed(), neu.fixed(), owner, neu, Set.of());
        }
        if (!Objects.equals(old.defaultValue(), neu.defaultValue())) {
            add(ChangeKind.SD309, ChangeClass.EQ, true, owner.key, key, "default", old.defaultValue(), neu.defaultValue(), owner, neu, EnumSet.of(Modifier.SEMANTIC));
        }
        if (!Objects.equals(old.docs(), neu.docs())) {
            add(ChangeKind.SD801, ChangeClass.EQ, true, owner.key, key, "documentation", docsText(old.docs()), docsText(neu.docs()), owner, neu, Set.of());
        }
        deprecation(owner.key, key, old.deprecated(), neu.deprecated(), owner, neu);
        types(owner, key, old.type(), neu.type(), neu);
    }

    private void types(Shapes.Component owner, String key, Shapes.TypeRef old, Shapes.TypeRef neu, Shapes.Member member) {
        if (old.component() != null && old.component().equals(neu.component())) {
            return;
        }
        if (old.builtin() != null && old.builtin().equals(neu.builtin())) {
            return;
        }

        if (old.inline() != null && neu.inline() != null) {
            compareValues(owner.key, key, old.inline(), neu.inline(), owner, member);
            return;
        }

        String oldFamily = beforeValues.family(old);
        String newFamily = afterValues.family(neu);
        if ("object".equals(oldFamily) && "object".equals(newFamily)) {
            compareComponents(before.components().get(old.component()), after.components().get(neu.component()));
            return;
        }
        if (!oldFamily.equals(newFamily)) {
            ChangeClass changeClass = "integer".equals(oldFamily) && "decimal".equals(newFamily) ? ChangeClass.WIDEN
                    : "decimal".equals(oldFamily) && "integer".equals(newFamily) ? ChangeClass.NARROW : ChangeClass.BREAK;
            ChangeKind kind = ChangeKind.SD301;
            if (changeClass == ChangeClass.WIDEN) {
                kind = ChangeKind.SD302;
            } else if (changeClass == ChangeClass.NARROW) {
                kind = ChangeKind.SD303;
            }
            Set<Modifier> modifiers = ("object".equals(oldFamily) || "object".equals(newFamily)) ? shapeFor() : Set.of();
            add(kind, changeClass, true, owner.key, key, "type", old.label(), neu.label(), owner, member, modifiers);
            return;
        }

        Optional<Automaton> oldLanguage = beforeValues.automaton(old);
        Optional<Automaton> newLanguage = afterValues.automaton(neu);
        if (oldLanguage.isEmpty() || newLanguage.isEmpty()) {
            add(ChangeKind.SD301, ChangeClass.BREAK, false, owner.key, key, "type", old.label(), neu.label(), owner, member, Set.of());
            return;
        }
        ChangeClass changeClass = ValueSpaces.classify(oldLanguage.get(), newLanguage.get());
        switch (changeClass) {
            case EQ -> add(ChangeKind.SD704, ChangeClass.EQ, true, owner.key, key, "type", old.label(), neu.label(), owner, member, EnumSet.of(Modifier.REUSE));
            case WIDEN -> add(ChangeKind.SD302, changeClass, true, owner.key, key, "type", old.label(), neu.label(), owner, member, Set.of());
            case NARROW -> add(ChangeKind.SD303, changeClass, true, owner.key, key, "type", old.label(), neu.label(), owner, member, Set.of());
            default -> add(ChangeKind.SD301, changeClass, true, owner.key, key, "type", old.label(), neu.label(), owner, member, Set.of());
        }
    }

    private void compareValues(String component, String member, Shapes.ValueSpace old, Shapes.ValueSpace neu,
                               Shapes.Component owner, Shapes.Member where) {
        if (!sameRef(old.base(), neu.base())) {
            types(owner, member, old.base(), neu.base(), where);
        }
        if (old.sameFacets(neu)) {
            return;
        }
        if (old.enumeration() != null && neu.enumeration() != null) {
            for (String value : neu.enumeration()) {
                if (!old.enumeration().contains(value)) {
                    add(ChangeKind.SD401, ChangeClass.WIDEN, true, component, member, value, null, value, owner, where, Set.of());
                }
            }
            for (String value : old.enumeration()) {
                if (!neu.enumeration().contains(value)) {
                    add(ChangeKind.SD402, ChangeClass.NARROW, true, component, member, value, value, null, owner, where, Set.of());
                }
            }
        } else if (!Objects.equals(old.enumeration(), neu.enumeration())) {
            boolean tightened = old.enumeration() == null;
            add(tightened ? ChangeKind.SD304 : ChangeKind.SD305, tightened ? ChangeClass.NARROW : ChangeClass.WIDEN, true, component, member,
                    "enumeration", old.enumeration() == null ? null : String.valueOf(old.enumeration().size()),
                    neu.enumeration() == null ? null : String.valueOf(neu.enumeration().size()), owner, where, Set.of());
        }
        if (!old.patterns().equals(neu.patterns())) {
            if (old.patterns().isEmpty() || neu.patterns().isEmpty()) {
                boolean tightened = old.patterns().isEmpty();
                add(tightened ? ChangeKind.SD304 : ChangeKind.SD305, tightened ? ChangeClass.NARROW : ChangeClass.WIDEN, true, component, member,
                        "pattern", String.join(" | ", old.patterns()), String.join(" | ", neu.patterns()), owner, where, Set.of());
            } else {
                patternChange(component, member, old, neu, owner, where);
            }
        }
        bound(component, member, "minLength", old.minLength(), neu.minLength(), false, owner, where);
        bound(component, member, "maxLength", old.maxLength(), neu.maxLength(), true, owner, where);
        bound(component, member, "minInclusive", old.minInclusive(), neu.minInclusive(), false, owner, where);
        bound(component, member, "maxInclusive", old.maxInclusive(), neu.maxInclusive(), true, owner, where);
        bound(component, member, "totalDigits", old.totalDigits(), neu.totalDigits(), true, owner, where);
        bound(component, member, "fractionDigits", old.fractionDigits(), neu.fractionDigits(), true, owner, where);
        if (!Objects.equals(old.format(), neu.format())) {
            // tradecert validates JSON with format assertions on, so an added format rejects values.
            ChangeClass changeClass = old.format() == null ? ChangeClass.NARROW : neu.format() == null ? ChangeClass.WIDEN : ChangeClass.BREAK;
            add(ChangeKind.SD307, changeClass, true, component, member, "format", old.format(), neu.format(), owner, where, Set.of());
        }
        if (!Objects.equals(old.fixed(), neu.fixed())) {
            ChangeClass changeClass = old.fixed() == null ? ChangeClass.NARROW : neu.fixed() == null ? ChangeClass.WIDEN : ChangeClass.BREAK;
            add(ChangeKind.SD308, changeClass, true, component, member, "const", old.fixed(), neu.fixed(), owner, where, Set.of());
        }
    }

    private void patternChange(String component, String member, Shapes.ValueSpace old, Shapes.ValueSpace neu,
                               Shapes.Component owner, Shapes.Member where) {
        Shapes.ValueSpace oldPatterns = patternsOnly(old);
        Shapes.ValueSpace newPatterns = patternsOnly(neu);
        Optional<Automaton> oldLanguage = ValueSpaces.ownFacets(oldPatterns);
        Optional<Automaton> newLanguage = ValueSpaces.ownFacets(newPatterns);
        boolean decided = oldLanguage.isPresent() && newLanguage.isPresent();
        ChangeClass changeClass = decided ? ValueSpaces.classify(oldLanguage.get(), newLanguage.get()) : ChangeClass.BREAK;
        add(ChangeKind.SD306, changeClass, decided, component, member, "pattern",
                String.join(" | ", old.patterns()), String.join(" | ", neu.patterns()), owner, where, Set.of());
    }

    private static Shapes.ValueSpace patternsOnly(Shapes.ValueSpace space) {
        return new Shapes.ValueSpace(space.base(), space.patterns(), space.ecmaPatterns(), null, null, null, null, null, null, null, null, null);
    }

    /** A bound that limits from above tightens when it falls or appears; one that limits from below when it rises or appears. */
    private <T extends Comparable<T>> void bound(String component, String member, String facet, T old, T neu, boolean upper,
                                                 Shapes.Component owner, Shapes.Member where) {
        if (Objects.equals(old, neu) || (old != null && neu != null && old.compareTo(neu) == 0)) {
            return;
        }
        boolean tightened;
        if (old == null) {
            tightened = true;
        } else if (neu == null) {
            tightened = false;
        } else {
            tightened = upper ? neu.compareTo(old) < 0 : neu.compareTo(old) > 0;
        }
        add(tightened ? ChangeKind.SD304 : ChangeKind.SD305, tightened ? ChangeClass.NARROW : ChangeClass.WIDEN, true, component, member,
                facet, old == null ? null : String.valueOf(old instanceof BigDecimal d ? d.toPlainString() : old),
                neu == null ? null : String.valueOf(neu instanceof BigDecimal d ? d.toPlainString() : neu), owner, where, Set.of());
    }

    private void deprecation(String component, String member, Shapes.Deprecated old, Shapes.Deprecated neu,
                             Shapes.Component owner, Shapes.Member where) {
        if (Objects.equals(old, neu)) {
            return;
        }
        String detail = "changed";
        if (old == null) {
            detail = "added";
        } else if (neu == null) {
            detail = "withdrawn";
        }
        add(ChangeKind.SD802, ChangeClass.EQ, true, component, member, "deprecation:" + detail,
                old == null ? null : old.since() + " / " + old.sunset(), neu == null ? null : neu.since() + " / " + neu.sunset(), owner, where, Set.of());
    }

    private static boolean sameRef(Shapes.TypeRef a, Shapes.TypeRef b) {
        return Objects.equals(a.component(), b.component()) && Objects.equals(a.builtin(), b.builtin());
    }

    private static boolean less(int a, int b) {
        if (a == b) {
            return false;
        }
        if (a == Shapes.Member.UNBOUNDED) {
            return false;
        }
        return b == Shapes.Member.UNBOUNDED || a < b;
    }

    private static String occurs(Shapes.Member member) {
        return member.min() + ".." + (member.max() == Shapes.Member.UNBOUNDED ? "n" : Integer.toString(member.max()))
                + (member.array() ? " (array)" : "");
    }

    private Set<Modifier> shapeFor() {
        return before.syntax() == Syntax.JSON ? EnumSet.of(Modifier.SHAPE) : Set.of();
    }

    private static String docsText(Shapes.Docs docs) {
        return Objects.toString(docs.den(), "") + " | " + Objects.toString(docs.en(), "") + " | " + Objects.toString(docs.zh(), "");
    }

    private void add(ChangeKind kind, ChangeClass changeClass, boolean decided, String component, String member, String detail,
                     String oldValue, String newValue, Shapes.Component owner, Shapes.Member where, Set<Modifier> modifiers) {
        String file = where != null ? where.file() : owner.file;
        int line = where != null ? where.line() : owner.line;
        String declaration = where != null ? where.declaration() : owner.declaration;
        changes.add(new SyntaxChange(before.syntax(), kind, changeClass, decided, component, member, detail, oldValue, newValue,
                file, line, declaration, modifiers.isEmpty() ? Set.of() : EnumSet.copyOf(modifiers)));
    }

    Map<String, Shapes.Component> afterComponents() {
        return after.components();
    }
}
