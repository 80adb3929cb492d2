package org.tradecert.selftest;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Sets and removes values of a JSON tree at an RFC 6901 JSON Pointer, for the JSON documents,
 * statements, headers, envelopes, registries and ledger blocks that fixtures change.
 */
final class JsonEdits {

    private JsonEdits() {
    }

    /**
     * Sets the value at a pointer. The parent must exist; an object member is added or replaced,
     * an array item replaced, or appended when the last token is {@code -} or the array's length.
     */
    static void set(JsonNode root, String pointer, JsonNode value, String where) throws FixtureException {
        JsonPointer path = compile(pointer, where);
        if (path.matches()) {
            throw FixtureException.of("pointer-root", where, pointer);
        }
        JsonNode parent = root.at(path.head());
        String last = path.last().getMatchingProperty();
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array) {
            int index = last.equals("-") ? array.size() : arrayIndex(last, pointer, where);
            if (index == array.size()) {
                array.add(value);
            } else if (index < array.size()) {
                array.set(index, value);
            } else {
                throw FixtureException.of("pointer-not-found", where, pointer);
            }
        } else {
            throw FixtureException.of("pointer-not-found", where, pointer);
        }
    }

    /** Removes the value at a pointer, which must exist. */
    static void remove(JsonNode root, String pointer, String where) throws FixtureException {
        JsonPointer path = compile(pointer, where);
        if (path.matches() || root.at(path).isMissingNode()) {
            throw FixtureException.of("pointer-not-found", where, pointer);
        }
        JsonNode parent = root.at(path.head());
        String last = path.last().getMatchingProperty();
        if (parent instanceof ObjectNode object) {
            object.remove(last);
        } else if (parent instanceof ArrayNode array) {
            array.remove(arrayIndex(last, pointer, where));
        }
    }

    /** The value at a pointer, which must exist. */
    static JsonNode get(JsonNode root, String pointer, String where) throws FixtureException {
        JsonNode value = root.at(compile(pointer, where));
        if (value.isMissingNode()) {
            throw FixtureException.of("pointer-not-found", where, pointer);
        }
        return value;
    }

    private static JsonPointer compile(String pointer, String where) throws FixtureException {
        try {
            return JsonPointer.compile(pointer);
        } catch (IllegalArgumentException e) {
            throw FixtureException.of("pointer-invalid", where, pointer);
        }
    }

    private static int arrayIndex(String token, String pointer, String where) throws FixtureException {
        if (!token.matches("0|[1-9][0-9]{0,8}")) {
            throw FixtureException.of("pointer-not-found", where, pointer);
        }
        return Integer.parseInt(token);
    }
}
