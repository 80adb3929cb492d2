package org.tradecert.selftest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.tradecert.sandbox.DemoParticipant;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the edits of a fixture and its envelope specifications. Which edits a fixture may make
 * depends on what it edits, so every edit is checked against its context when the file is read,
 * before anything runs.
 */
final class EditReader {

    /** The kind of input a list of edits changes. */
    enum Context {
        DOCUMENT, CONTENT, ENVELOPE, ANCHORED_ENVELOPE, LEDGER, REGISTRY
    }

    /** Where an envelope is asked for, which decides the keys it may have. */
    enum EnvelopePlace {
        /** The base of a case: its edits belong to the case. */
        BASE,
        /** An item of an {@code envelopes} list, which may refer to earlier items. */
        LIST,
        /** An envelope of an appended ledger block, which may also copy a stored envelope. */
        BLOCK
    }

    /** The settings an operation takes besides its own key: those it needs and those it may have. */
    private record Operation(List<String> required, List<String> optional) {

        static Operation of(String... required) {
            return new Operation(List.of(required), List.of());
        }

        Operation or(String... optional) {
            return new Operation(required, List.of(optional));
        }
    }

    /** The operations of each context. */
    private static final Map<Context, Map<String, Operation>> OPERATIONS = Map.of(
            Context.DOCUMENT, Map.of(
                    "set", Operation.of("to"),
                    "remove", Operation.of(),
                    "insert", Operation.of().or("into", "before", "after"),
                    "replace", Operation.of("with").or("occurrence")),
            Context.CONTENT, Map.of(
                    "replace", Operation.of("with").or("occurrence")),
            Context.ENVELOPE, Map.ofEntries(
                    Map.entry("set-statement", Operation.of("to").or("sign-again")),
                    Map.entry("remove-statement", Operation.of().or("sign-again")),
                    Map.entry("replace-in-statement", Operation.of("with").or("sign-again")),
                    Map.entry("copy-statement", Operation.of("from").or("sign-again")),
                    Map.entry("set-header", Operation.of("to").or("sign-again")),
                    Map.entry("remove-header", Operation.of().or("sign-again")),
                    Map.entry("set", Operation.of("to")),
                    Map.entry("remove", Operation.of()),
                    Map.entry("replace", Operation.of("with").or("occurrence")),
                    Map.entry("replace-in-document", Operation.of("with").or("occurrence")),
                    Map.entry("signature", Operation.of()),
                    Map.entry("sign-with", Operation.of()),
                    Map.entry("certificate", Operation.of())),
            Context.ANCHORED_ENVELOPE, Map.of(
                    "set", Operation.of("to"),
                    "remove", Operation.of(),
                    "replace", Operation.of("with").or("occurrence")),
            Context.LEDGER, Map.of(
                    "set", Operation.of("block", "to").or("seal-again"),
                    "remove", Operation.of("block").or("seal-again"),
                    "replace", Operation.of("block", "with").or("occurrence"),
                    "remove-block", Operation.of(),
                    "append-block", Operation.of()),
            Context.REGISTRY, Map.of(
                    "set", Operation.of("to"),
                    "remove", Operation.of(),
                    "revoke", Operation.of("at")));

    static final Set<String> SIGNATURE_CHANGES = Set.of("high-s", "flip-bit");
    static final Set<String> KEY_USAGES = Set.of("digital-signature", "non-repudiation", "key-encipherment", "data-encipherment",
            "key-agreement", "key-cert-sign", "crl-sign");
    static final Set<String> ROLES = roles();
    /** A signer that is no participant: the demo consortium's root CA, whose certificate is not an end entity. */
    static final String CA_SIGNER = "ca";

    private static final Set<String> CERTIFICATE_KEYS = Set.of("not-before", "not-after", "key-usage", "issuer", "register");
    private static final Set<String> APPEND_KEYS = Set.of("time", "envelopes");

    /** The maximum count of {@code repeat}, so a mistyped count fails at once instead of signing thousands of envelopes. */
    static final int MAX_REPEAT = 500;

    /** The text that {@code repeat} replaces by the number of each copy, from 1. */
    static final String REPEAT_NUMBER = "{n}";

    private final Path examples;

    EditReader(Path examples) {
        this.examples = examples;
    }

    private static Set<String> roles() {
        Set<String> roles = new LinkedHashSet<>();
        DemoParticipant.ALL.forEach(participant -> roles.add(participant.role()));
        return Set.copyOf(roles);
    }

    /** Reads a list of edits made in one context. */
    List<Edit> edits(List<JsonNode> items, Context context, String where, Set<String> envelopeIds) throws FixtureException {
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            edits.add(edit(items.get(i), context, where + "[" + (i + 1) + "]", envelopeIds));
        }
        return edits;
    }

    private Edit edit(JsonNode node, Context context, String where, Set<String> envelopeIds) throws FixtureException {
        Map<String, Operation> operations = OPERATIONS.get(context);
        if (node == null || !node.isObject()) {
            throw FixtureException.of("not-mapping", where);
        }
        List<String> named = new ArrayList<>();
        node.fieldNames().forEachRemaining(key -> {
            if (operations.containsKey(key)) {
                named.add(key);
            }
        });
        if (named.size() != 1) {
            throw FixtureException.of("edit-operation", where, String.join(", ", named),
                    String.join(", ", operations.keySet().stream().sorted().toList()));
        }
        String operation = named.get(0);
        Operation settings = operations.get(operation);
        Set<String> allowed = new LinkedHashSet<>(settings.required());
        allowed.addAll(settings.optional());
        allowed.add(operation);
        YamlMap map = YamlMap.of(node, where, allowed);
        for (String required : settings.required()) {
            if (!map.has(required)) {
                throw FixtureException.of("missing-key", where, required);
            }
        }

        JsonNode argument = map.get(operation);
        List<EnvelopeSpec> envelopes = List.of();
        switch (operation) {
            case "insert" -> requireOnePosition(map);
            case "signature" -> oneOf(map, operation, SIGNATURE_CHANGES);
            case "sign-with" -> {
                Set<String> signers = new LinkedHashSet<>(ROLES);
                signers.add(CA_SIGNER);
                oneOf(map, operation, signers);
            }
            case "certificate" -> certificate(argument, where + ".certificate");
            case "copy-statement" -> known(envelopeIds, map.requiredText("from"), where);
            case "revoke" -> {
                oneOf(map, operation, ROLES);
                instant(map, "at");
            }
            case "remove-block" -> map.integer(operation, 0, 0);
            case "append-block" -> envelopes = appendedBlock(argument, where + ".append-block", envelopeIds);
            default -> {
                if (argument == null || !argument.isValueNode() || argument.asText().isEmpty()) {
                    throw FixtureException.of("missing-key", where, operation);
                }
            }
        }
        if (map.has("block")) {
            map.integer("block", 0, 0);
        }
        if (map.has("occurrence")) {
            map.integer("occurrence", 1, 1);
        }
        for (String flag : List.of("sign-again", "seal-again")) {
            map.flag(flag);
        }
        ObjectNode rest = map.node().deepCopy();
        rest.remove(operation);
        return new Edit(operation, argument, rest, where, envelopes);
    }

    private static void requireOnePosition(YamlMap map) throws FixtureException {
        int positions = 0;
        for (String position : List.of("into", "before", "after")) {
            positions += map.has(position) ? 1 : 0;
        }
        if (positions != 1) {
            throw FixtureException.of("insert-position", map.where());
        }
    }

    private static void oneOf(YamlMap map, String key, Set<String> values) throws FixtureException {
        String value = map.requiredText(key);
        if (!values.contains(value)) {
            throw FixtureException.of("not-one-of", map.where(), key, value, String.join(", ", values.stream().sorted().toList()));
        }
    }

    private static void known(Set<String> ids, String id, String where) throws FixtureException {
        if (!ids.contains(id)) {
            throw FixtureException.of("unknown-envelope", where, id);
        }
    }

    private static void certificate(JsonNode node, String where) throws FixtureException {
        YamlMap map = YamlMap.of(node, where, CERTIFICATE_KEYS);
        instant(map, "not-before");
        instant(map, "not-after");
        for (JsonNode usage : map.list("key-usage")) {
            if (!KEY_USAGES.contains(usage.asText())) {
                throw FixtureException.of("not-one-of", where, "key-usage", usage.asText(), String.join(", ", KEY_USAGES.stream().sorted().toList()));
            }
        }
        if (map.has("issuer")) {
            oneOf(map, "issuer", Set.of("ca", "self"));
        }
        map.flag("register");
    }

    private List<EnvelopeSpec> appendedBlock(JsonNode node, String where, Set<String> envelopeIds) throws FixtureException {
        YamlMap map = YamlMap.of(node, where, APPEND_KEYS);
        if (instant(map, "time") == null) {
            throw FixtureException.of("missing-key", where, "time");
        }
        List<JsonNode> items = map.list("envelopes");
        if (items.isEmpty()) {
            throw FixtureException.of("missing-key", where, "envelopes");
        }
        return envelopes(items, EnvelopePlace.BLOCK, where + ".envelopes", envelopeIds);
    }

    /**
     * Reads the envelopes of a list, each of which may refer to the ones before it by id. An item
     * with {@code repeat: N} expands into N envelopes, read one after another (see {@link #repeated}).
     */
    List<EnvelopeSpec> envelopes(List<JsonNode> items, EnvelopePlace place, String where, Set<String> envelopeIds) throws FixtureException {
        List<EnvelopeSpec> specs = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String itemWhere = where + "[" + (i + 1) + "]";
            for (JsonNode item : repeated(items.get(i), itemWhere)) {
                EnvelopeSpec spec = envelope(item, place, itemWhere, envelopeIds);
                specs.add(spec);
                if (spec.id() != null && !envelopeIds.add(spec.id())) {
                    throw FixtureException.of("duplicate-envelope", itemWhere, spec.id());
                }
            }
        }
        return specs;
    }

    /**
     * Expands an envelope item with {@code repeat: N} into N items without that key, the k-th with
     * every {@code {n}} in its texts replaced by k. A fixture thus adds many numbered documents,
     * such as the earlier invoices a price history needs, in a few lines. An item without
     * {@code repeat} is returned as it is.
     */
    static List<JsonNode> repeated(JsonNode item, String where) throws FixtureException {
        if (!(item instanceof ObjectNode object) || !object.has("repeat")) {
            return List.of(item);
        }
        YamlMap map = YamlMap.of(object, where, fieldNames(object));
        int count = map.integer("repeat", 1, 1);
        if (count > MAX_REPEAT) {
            throw FixtureException.of("repeat-too-many", where, count, MAX_REPEAT);
        }
        ObjectNode template = object.deepCopy();
        template.remove("repeat");
        List<JsonNode> copies = new ArrayList<>();
        for (int k = 1; k <= count; k++) {
            copies.add(numbered(template, Integer.toString(k)));
        }
        return copies;
    }

    /** Returns a copy of a node with {@code {n}} replaced by the number in every text value. */
    private static JsonNode numbered(JsonNode node, String number) {
        if (node.isTextual()) {
            return TextNode.valueOf(node.textValue().replace(REPEAT_NUMBER, number));
        }
        JsonNode copy = node.deepCopy();
        if (copy instanceof ObjectNode object) {
            object.fields().forEachRemaining(field -> field.setValue(numbered(field.getValue(), number)));
        } else if (copy instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, numbered(array.get(i), number));
            }
        }
        return copy;
    }

    private static Set<String> fieldNames(ObjectNode object) {
        Set<String> names = new LinkedHashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Reads the specification of one envelope of a fixture. */
    EnvelopeSpec envelope(JsonNode node, EnvelopePlace place, String where, Set<String> envelopeIds) throws FixtureException {
        Set<String> keys = new LinkedHashSet<>(List.of("document", "signer", "role", "created-at", "digest", "document-edits"));
        if (place != EnvelopePlace.BASE) {
            keys.addAll(List.of("id", "supersedes", "copy-of", "edits"));
        }
        if (place == EnvelopePlace.BLOCK) {
            keys.addAll(List.of("copy-of-block", "transaction", "document-of-block", "supersedes-block"));
        }
        YamlMap map = YamlMap.of(node, where, keys);

        String copyOf = map.text("copy-of");
        Integer copyOfBlock = map.has("copy-of-block") ? map.integer("copy-of-block", 0, 0) : null;
        Integer documentOfBlock = map.has("document-of-block") ? map.integer("document-of-block", 0, 0) : null;
        Integer supersedesBlock = map.has("supersedes-block") ? map.integer("supersedes-block", 0, 0) : null;
        int transaction = map.integer("transaction", 0, 0);
        boolean copy = copyOf != null || copyOfBlock != null;
        if (copyOf != null) {
            known(envelopeIds, copyOf, where);
        }
        if (copy && (map.has("document") || map.has("signer") || map.has("supersedes") || map.has("document-of-block")
                || map.has("supersedes-block") || map.has("document-edits"))) {
            throw FixtureException.of("copy-and-sign", where);
        }
        if (map.has("document") && documentOfBlock != null) {
            throw FixtureException.of("two-documents", where);
        }
        if (map.has("supersedes") && supersedesBlock != null) {
            throw FixtureException.of("two-superseded", where);
        }
        String document = copy || documentOfBlock != null ? null : map.requiredText("document");
        if (document != null) {
            path(document, where);
        }
        String signer = copy ? null : map.requiredText("signer");
        if (signer != null && !ROLES.contains(signer)) {
            throw FixtureException.of("not-one-of", where, "signer", signer, String.join(", ", ROLES.stream().sorted().toList()));
        }
        String role = map.text("role");
        if (role != null && !ROLES.contains(role)) {
            throw FixtureException.of("not-one-of", where, "role", role, String.join(", ", ROLES.stream().sorted().toList()));
        }
        String supersedes = map.text("supersedes");
        if (supersedes != null) {
            known(envelopeIds, supersedes, where);
        }
        String digest = map.text("digest");
        if (digest != null && !Set.of("SM3", "SHA-256").contains(digest)) {
            throw FixtureException.of("not-one-of", where, "digest", digest, "SM3, SHA-256");
        }
        Instant createdAt = instant(map, "created-at");
        List<Edit> documentEdits = edits(map.list("document-edits"), Context.DOCUMENT, where + ".document-edits", envelopeIds);
        List<Edit> edits = edits(map.list("edits"), Context.ENVELOPE, where + ".edits", envelopeIds);
        return new EnvelopeSpec(map.text("id"), document, signer, role, createdAt == null ? EnvelopeSpec.DEFAULT_CREATED_AT : createdAt,
                supersedes, digest, copyOf, copyOfBlock, transaction, documentOfBlock, supersedesBlock, documentEdits, edits);
    }

    /** Checks that a path of a fixture names an existing file or folder under the examples folder. */
    String path(String relative, String where) throws FixtureException {
        Path resolved = examples.resolve(relative).normalize();
        if (!resolved.startsWith(examples.normalize()) || !Files.exists(resolved)) {
            throw FixtureException.of("path-not-found", where, relative, examples);
        }
        return relative;
    }

    /** Parses an RFC 3339 instant in UTC such as {@code 2026-11-18T23:00:00Z}; returns null when the key is absent. */
    static Instant instant(YamlMap map, String key) throws FixtureException {
        String text = map.text(key);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw FixtureException.of("not-instant", map.where(), key, text);
        }
    }
}
