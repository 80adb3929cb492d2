package org.tradecert.schema.diff;

import dk.brics.automaton.Automaton;
import dk.brics.automaton.BasicAutomata;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The effective lexical space of a simple type of one syntax, as an automaton: its own
 * facets intersected with those of its whole base chain, down to the primitive's lexical form.
 * Numeric bounds and digit counts are not in the automaton; they are compared facet by facet.
 */
final class ValueSpaces {

    /** Lexical forms of the primitives that the standard's simple types derive from (XML Schema 1.0, approximated without day-of-month checks). */
    private static final Map<String, String> PRIMITIVES = Map.of(
            "decimal", "[+\\-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)",
            "integer", "[+\\-]?[0-9]+",
            "date", "\\-?[0-9][0-9][0-9][0-9]+\\-[0-9][0-9]\\-[0-9][0-9](Z|[+\\-][0-9][0-9]:[0-9][0-9])?",
            "dateTime", "\\-?[0-9][0-9][0-9][0-9]+\\-[0-9][0-9]\\-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9](\\.[0-9]+)?(Z|[+\\-][0-9][0-9]:[0-9][0-9])?",
            "boolean", "true|false|1|0");

    private final Shapes shapes;
    private final Map<String, Optional<Automaton>> cache = new HashMap<>();

    ValueSpaces(Shapes shapes) {
        this.shapes = shapes;
    }

    /** Returns the value family of a type: string, decimal, integer, date, dateTime, boolean, object or unknown. */
    String family(Shapes.TypeRef type) {
        return family(type, 0);
    }

    private String family(Shapes.TypeRef type, int depth) {
        if (type == null || depth > 32) {
            return "unknown";
        }
        if (type.builtin() != null) {
            return builtinFamily(type.builtin());
        }
        if (type.inline() != null) {
            return family(type.inline().base(), depth + 1);
        }
        Shapes.Component component = shapes.components().get(type.component());
        if (component == null) {
            return "unknown";
        }
        if (component.complex) {
            return "object";
        }
        // A JSON string with a date format stands for the same value family as xsd:date and xsd:dateTime.
        if ("date".equals(component.value.format())) {
            return "date";
        }
        if ("date-time".equals(component.value.format())) {
            return "dateTime";
        }
        return family(component.value.base(), depth + 1);
    }

    private static String builtinFamily(String builtin) {
        String name = builtin.substring(builtin.indexOf(':') + 1);
        return switch (name) {
            case "string", "normalizedString", "token", "NMTOKEN", "Name", "NCName", "anyURI", "language", "ID" -> "string";
            case "decimal", "number" -> "decimal";
            case "integer", "int", "long", "short", "nonNegativeInteger", "positiveInteger" -> "integer";
            case "date" -> "date";
            case "dateTime" -> "dateTime";
            case "boolean" -> "boolean";
            case "object" -> "object";
            case "array" -> "array";
            default -> name;
        };
    }

    /** Builds the lexical space of a type, or returns empty when a pattern in its chain cannot be translated. */
    Optional<Automaton> automaton(Shapes.TypeRef type) {
        if (type == null) {
            return Optional.empty();
        }
        if (type.builtin() != null) {
            String family = builtinFamily(type.builtin());
            String primitive = PRIMITIVES.get(family);
            if (primitive != null) {
                return Patterns.xsd(primitive);
            }
            return "string".equals(family) ? Optional.of(BasicAutomata.makeAnyString()) : Optional.empty();
        }
        if (type.inline() != null) {
            return automaton(type.inline());
        }
        String key = type.component();
        if (cache.containsKey(key)) {
            return cache.get(key);
        }
        cache.put(key, Optional.empty());
        Shapes.Component component = shapes.components().get(key);
        Optional<Automaton> result = component == null || component.complex ? Optional.empty() : automaton(component.value);
        cache.put(key, result);
        return result;
    }

    /** Builds the lexical space of a value space: that of its base, narrowed by its own facets. */
    Optional<Automaton> automaton(Shapes.ValueSpace space) {
        Optional<Automaton> base = automaton(space.base());
        if (base.isEmpty()) {
            return base;
        }
        Optional<Automaton> own = ownFacets(space);
        return own.map(facets -> base.get().intersection(facets));
    }

    /** Builds an automaton over all strings from the facets a value space declares itself. */
    static Optional<Automaton> ownFacets(Shapes.ValueSpace space) {
        Automaton result = BasicAutomata.makeAnyString();
        if (!space.patterns().isEmpty()) {
            Automaton alternatives = BasicAutomata.makeEmpty();
            for (String pattern : space.patterns()) {
                Optional<Automaton> translated = space.ecmaPatterns() ? Patterns.ecma(pattern) : Patterns.xsd(pattern);
                if (translated.isEmpty()) {
                    return Optional.empty();
                }
                alternatives = alternatives.union(translated.get());
            }
            result = result.intersection(alternatives);
        }
        if (space.minLength() != null || space.maxLength() != null) {
            int min = space.minLength() == null ? 0 : space.minLength();
            Automaton length = space.maxLength() == null
                    ? BasicAutomata.makeAnyChar().repeat(min)
                    : BasicAutomata.makeAnyChar().repeat(min, space.maxLength());
            result = result.intersection(length);
        }
        if (space.enumeration() != null) {
            Automaton values = BasicAutomata.makeEmpty();
            for (String value : space.enumeration()) {
                values = values.union(BasicAutomata.makeString(value));
            }
            result = result.intersection(values);
        }
        if (space.fixed() != null) {
            String literal = space.fixed().startsWith("\"") ? space.fixed().substring(1, space.fixed().length() - 1) : space.fixed();
            result = result.intersection(BasicAutomata.makeString(literal));
        }
        return Optional.of(result);
    }

    /** Classifies replacing one language by another, by testing inclusion in both directions. */
    static ChangeClass classify(Automaton oldLanguage, Automaton newLanguage) {
        boolean oldInNew = oldLanguage.subsetOf(newLanguage);
        boolean newInOld = newLanguage.subsetOf(oldLanguage);
        if (oldInNew && newInOld) {
            return ChangeClass.EQ;
        }
        if (oldInNew) {
            return ChangeClass.WIDEN;
        }
        return newInOld ? ChangeClass.NARROW : ChangeClass.BREAK;
    }
}
