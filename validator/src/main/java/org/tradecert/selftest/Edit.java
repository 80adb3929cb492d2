package org.tradecert.selftest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * One change a fixture makes to its base, as written in the fixture: the operation (the key
 * that names it, such as {@code set} or {@code set-statement}), its argument (an XPath, a JSON
 * Pointer, a text or a mapping) and the edit's further settings ({@code to}, {@code with},
 * {@code block}, {@code sign-again} and so on).
 *
 * @param where     the place of the edit in its fixture, such as {@code fires[2].edits[1]}, for problems
 * @param envelopes the envelopes of an {@code append-block} edit; empty for every other edit
 */
public record Edit(String operation, JsonNode argument, ObjectNode settings, String where, List<EnvelopeSpec> envelopes) {

    public Edit {
        envelopes = List.copyOf(envelopes);
    }

    /** Returns the argument as text. */
    public String text() {
        return argument.asText();
    }

    /** Returns a further setting, or null when the edit does not give it. */
    public JsonNode setting(String key) {
        return settings.get(key);
    }

    /** Returns a further setting as text, or throws a fixture problem when it is missing. */
    public String required(String key) throws FixtureException {
        JsonNode value = settings.get(key);
        if (value == null || value.isNull()) {
            throw FixtureException.of("missing-key", where, key);
        }
        return value.asText();
    }

    /** Returns a yes-or-no setting, or the fallback when the edit does not give it. */
    public boolean flag(String key, boolean fallback) {
        JsonNode value = settings.get(key);
        return value == null ? fallback : value.asBoolean(fallback);
    }
}
