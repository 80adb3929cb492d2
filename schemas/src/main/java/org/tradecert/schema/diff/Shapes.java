package org.tradecert.schema.diff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One syntax of one release reduced to what compatibility depends on: named components
 * (complex types and {@code $defs} objects with their members, simple types with their value
 * facets) under keys shared by both syntaxes and by all versions, so that the same comparison
 * runs on XML Schema and on JSON Schema and its results can be paired.
 */
public final class Shapes {

    /** Documentation of a component or member: dictionary entry name and both definitions. */
    public record Docs(String den, String en, String zh) {
        public static final Docs NONE = new Docs(null, null, null);
    }

    /** A deprecation marker as the syntax carries it. */
    public record Deprecated(String since, String sunset) {
    }

    /**
     * A reference to the type of a member or the base of a simple type: a component key, a
     * built-in primitive ({@code xsd:string}, {@code json:string}) or an inline value space.
     */
    public record TypeRef(String component, String builtin, ValueSpace inline) {
        public static TypeRef component(String key) {
            return new TypeRef(key, null, null);
        }

        public static TypeRef builtin(String name) {
            return new TypeRef(null, name, null);
        }

        public static TypeRef inline(ValueSpace space) {
            return new TypeRef(null, null, space);
        }

        public String label() {
            if (component != null) {
                return component;
            }
            return builtin != null ? builtin : "(inline)";
        }
    }

    /**
     * The value facets one simple type declares itself, over its base: patterns (alternatives
     * of one step), lengths, enumeration, numeric bounds, JSON format and const.
     */
    public record ValueSpace(
            TypeRef base,
            List<String> patterns,
            boolean ecmaPatterns,
            Integer minLength,
            Integer maxLength,
            Set<String> enumeration,
            BigDecimal minInclusive,
            BigDecimal maxInclusive,
            Integer totalDigits,
            Integer fractionDigits,
            String format,
            String fixed) {

        public boolean sameFacets(ValueSpace other) {
            return patterns.equals(other.patterns) && java.util.Objects.equals(minLength, other.minLength)
                    && java.util.Objects.equals(maxLength, other.maxLength) && java.util.Objects.equals(enumeration, other.enumeration)
                    && compareNullable(minInclusive, other.minInclusive) && compareNullable(maxInclusive, other.maxInclusive)
                    && java.util.Objects.equals(totalDigits, other.totalDigits) && java.util.Objects.equals(fractionDigits, other.fractionDigits)
                    && java.util.Objects.equals(format, other.format) && java.util.Objects.equals(fixed, other.fixed);
        }

        private static boolean compareNullable(BigDecimal a, BigDecimal b) {
            return a == null ? b == null : b != null && a.compareTo(b) == 0;
        }
    }

    /** A child element, attribute ({@code @name}), simple content ({@code #content}) or JSON property. */
    public record Member(
            String key,
            String name,
            int min,
            int max,
            boolean array,
            boolean nullable,
            String fixed,
            String defaultValue,
            TypeRef type,
            Docs docs,
            Deprecated deprecated,
            String declaration,
            int line,
            String file) {

        public static final int UNBOUNDED = -1;

        public boolean required() {
            return min > 0;
        }
    }

    /** A named type of one syntax. */
    public static final class Component {
        final String key;
        final boolean complex;
        final String file;
        final int line;
        final String declaration;
        final String prefix;
        final List<Member> members = new ArrayList<>();
        String compositor = "sequence";
        boolean open;
        ValueSpace value;
        Docs docs = Docs.NONE;
        Deprecated deprecated;

        Component(String key, boolean complex, String file, int line, String declaration, String prefix) {
            this.key = key;
            this.complex = complex;
            this.file = file;
            this.line = line;
            this.declaration = declaration;
            this.prefix = prefix;
        }

        public String key() {
            return key;
        }

        public boolean complex() {
            return complex;
        }

        public List<Member> members() {
            return members;
        }

        public Optional<Member> member(String memberKey) {
            return members.stream().filter(m -> m.key().equals(memberKey)).findFirst();
        }

        public String file() {
            return file;
        }

        public int line() {
            return line;
        }

        public String declaration() {
            return declaration;
        }

        public ValueSpace value() {
            return value;
        }

        public Docs docs() {
            return docs;
        }

        public Deprecated deprecated() {
            return deprecated;
        }

        public boolean open() {
            return open;
        }

        public String compositor() {
            return compositor;
        }
    }

    /** A schema-level fact compared per module: namespace, identifier or dialect of a file. */
    public record ModuleFact(String name, String file, int line, String value) {
    }

    private final Syntax syntax;
    private final String rootKey;
    private final Map<String, Component> components = new LinkedHashMap<>();
    private final List<ModuleFact> facts = new ArrayList<>();

    Shapes(Syntax syntax, String rootKey) {
        this.syntax = syntax;
        this.rootKey = rootKey;
    }

    public Syntax syntax() {
        return syntax;
    }

    /** The key of the document's root component; null for the common module. */
    public String rootKey() {
        return rootKey;
    }

    public Map<String, Component> components() {
        return components;
    }

    public Optional<Component> component(String key) {
        return Optional.ofNullable(components.get(key));
    }

    public List<ModuleFact> facts() {
        return facts;
    }

    void add(Component component) {
        components.putIfAbsent(component.key, component);
    }

    void fact(String name, String file, int line, String value) {
        facts.add(new ModuleFact(name, file, line, value));
    }

    /** Component keys reachable from the root, through member types and simple-type bases. */
    public java.util.Set<String> reachable() {
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        java.util.Deque<String> pending = new java.util.ArrayDeque<>();
        if (rootKey != null) {
            pending.add(rootKey);
        } else {
            pending.addAll(components.keySet());
        }
        while (!pending.isEmpty()) {
            String key = pending.poll();
            Component component = components.get(key);
            if (component == null || !seen.add(key)) {
                continue;
            }
            for (Member member : component.members) {
                if (member.type() != null && member.type().component() != null) {
                    pending.add(member.type().component());
                }
            }
            if (component.value != null && component.value.base() != null && component.value.base().component() != null) {
                pending.add(component.value.base().component());
            }
        }
        return seen;
    }
}
