package org.tradecert.selftest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Checked access to one mapping of a fixture file: every key must be one the mapping allows,
 * and every value of the expected kind, or reading fails with a problem that names the place.
 */
final class YamlMap {

    private final ObjectNode node;
    private final String where;

    private YamlMap(ObjectNode node, String where) {
        this.node = node;
        this.where = where;
    }

    /** Wraps a node that must be a mapping with only the allowed keys. */
    static YamlMap of(JsonNode node, String where, Set<String> allowed) throws FixtureException {
        if (node == null || !node.isObject()) {
            throw FixtureException.of("not-mapping", where);
        }
        Iterator<String> keys = node.fieldNames();
        while (keys.hasNext()) {
            String key = keys.next();
            if (!allowed.contains(key)) {
                throw FixtureException.of("unknown-key", where, key, String.join(", ", allowed.stream().sorted().toList()));
            }
        }
        return new YamlMap((ObjectNode) node, where);
    }

    ObjectNode node() {
        return node;
    }

    String where() {
        return where;
    }

    boolean has(String key) {
        return node.has(key) && !node.get(key).isNull();
    }

    JsonNode get(String key) {
        return node.get(key);
    }

    /** A scalar value as text, or null when the key is absent. */
    String text(String key) throws FixtureException {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw FixtureException.of("not-text", where, key);
        }
        return value.asText();
    }

    String requiredText(String key) throws FixtureException {
        String value = text(key);
        if (value == null || value.isBlank()) {
            throw FixtureException.of("missing-key", where, key);
        }
        return value;
    }

    /** A whole number, or the fallback when the key is absent. */
    int integer(String key, int fallback, int minimum) throws FixtureException {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < minimum) {
            throw FixtureException.of("not-whole-number", where, key, value.asText(), minimum);
        }
        return value.intValue();
    }

    /** A list, empty when the key is absent. */
    List<JsonNode> list(String key) throws FixtureException {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw FixtureException.of("not-list", where, key);
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }

    boolean flag(String key) throws FixtureException {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw FixtureException.of("not-flag", where, key, value.asText());
        }
        return value.booleanValue();
    }
}
