package org.tradecert.selftest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.tradecert.ledger.SandboxLedger;
import org.tradecert.rules.RuleCatalogue;
import org.tradecert.sandbox.SandboxConsortium;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the fixture files: the declared bases, and one file per rule with its passing and
 * firing cases. Every key, path, rule id and edit is checked here, so a mistake in a fixture is
 * reported as a problem of that file and never as a result of the rule.
 */
final class FixtureReader {

    private static final Set<String> BASE_KEYS = Set.of("document", "content", "envelope", "envelopes", "ledger", "new-ledger",
            "anchored-envelope", "file-condition");
    private static final Set<String> CASE_KEYS = union(BASE_KEYS, "name", "edits", "registry", "options", "file-name", "findings",
            "incomplete");
    private static final Set<String> FILE_CONDITIONS = Set.of("missing", "symbolic-link", "folder-in-place");
    private static final Set<String> CONTENT_FORMS = Set.of("text", "hex", "base64", "file");
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ns|ms|s)");
    /** The creation time of a new ledger whose fixture does not state one: before every example document. */
    static final Instant DEFAULT_LEDGER_CREATED = Instant.parse("2026-09-01T00:00:00Z");

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private final Path examples;
    private final RuleCatalogue catalogue;
    private final EditReader edits;

    FixtureReader(Path examples, RuleCatalogue catalogue) {
        this.examples = examples;
        this.catalogue = catalogue;
        this.edits = new EditReader(examples);
    }

    private static Set<String> union(Set<String> base, String... more) {
        Set<String> all = new LinkedHashSet<>(base);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }

    /** Reads the file of declared bases: a list under {@code bases}, each entry naming one base. */
    List<Base> readBases(Path file, List<Problem> problems) {
        JsonNode root;
        try {
            root = parse(file);
        } catch (FixtureException e) {
            problems.add(e.problem());
            return List.of();
        }
        List<Base> bases = new ArrayList<>();
        try {
            YamlMap map = YamlMap.of(root, file.getFileName().toString(), Set.of("bases"));
            List<JsonNode> items = map.list("bases");
            for (int i = 0; i < items.size(); i++) {
                String where = file.getFileName() + ": bases[" + (i + 1) + "]";
                try {
                    bases.add(base(YamlMap.of(items.get(i), where, BASE_KEYS), where));
                } catch (FixtureException e) {
                    problems.add(e.problem());
                }
            }
        } catch (FixtureException e) {
            problems.add(e.problem());
        }
        return bases;
    }

    /** Reads the fixture file of one rule; problems are kept in the fixture, which is then not run. */
    RuleFixture readRule(Path file, String ruleId) {
        List<Problem> problems = new ArrayList<>();
        List<FixtureCase> passes = new ArrayList<>();
        List<FixtureCase> fires = new ArrayList<>();
        String cannotFire = null;
        try {
            YamlMap map = YamlMap.of(parse(file), file.getFileName().toString(), Set.of("rule", "passes", "fires", "cannot-fire"));
            String stated = map.requiredText("rule");
            if (!stated.equals(ruleId)) {
                problems.add(Problem.of("rule-mismatch", file.getFileName(), stated, ruleId));
            }
            if (catalogue.find(ruleId).isEmpty()) {
                problems.add(Problem.of("unknown-rule", file.getFileName(), ruleId));
            }
            cases(map.list("passes"), FixtureCase.Kind.PASSES, ruleId, passes, problems);
            cases(map.list("fires"), FixtureCase.Kind.FIRES, ruleId, fires, problems);
            cannotFire = map.text("cannot-fire");
            if (cannotFire != null && (cannotFire.isBlank() || !map.list("fires").isEmpty() || map.list("passes").isEmpty())) {
                problems.add(Problem.of("cannot-fire", file.getFileName()));
            }
        } catch (FixtureException e) {
            problems.add(e.problem());
        }
        return new RuleFixture(ruleId, file, passes, fires, cannotFire == null ? null : cannotFire.strip(), problems);
    }

    private JsonNode parse(Path file) throws FixtureException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw FixtureException.of("unreadable", file, String.valueOf(e.getMessage()));
        }
        try {
            JsonNode root = yaml.readTree(bytes);
            if (root == null || root.isMissingNode()) {
                throw FixtureException.of("not-mapping", file.getFileName());
            }
            return root;
        } catch (IOException e) {
            throw FixtureException.of("syntax", file.getFileName(), String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }

    private void cases(List<JsonNode> items, FixtureCase.Kind kind, String ruleId, List<FixtureCase> into, List<Problem> problems) {
        for (int i = 0; i < items.size(); i++) {
            try {
                into.add(readCase(items.get(i), kind, i + 1, ruleId));
            } catch (FixtureException e) {
                problems.add(e.problem());
            }
        }
    }

    private FixtureCase readCase(JsonNode node, FixtureCase.Kind kind, int index, String ruleId) throws FixtureException {
        String where = kind.key() + "[" + index + "]";
        YamlMap map = YamlMap.of(node, where, CASE_KEYS);
        String name = map.text("name");
        if (kind == FixtureCase.Kind.FIRES && (name == null || name.isBlank())) {
            throw FixtureException.of("missing-key", where, "name");
        }
        Base base = base(map, where);

        Set<String> envelopeIds = new HashSet<>();
        if (base instanceof Base.Envelopes list) {
            list.specs().forEach(spec -> {
                if (spec.id() != null) {
                    envelopeIds.add(spec.id());
                }
            });
        }
        List<JsonNode> editItems = map.list("edits");
        if (!editItems.isEmpty() && base instanceof Base.FileCondition condition && condition.document() == null) {
            throw FixtureException.of("edit-not-here", where + ".edits", "edits");
        }
        List<Edit> caseEdits = editItems.isEmpty() ? List.of() : edits.edits(editItems, context(base, where), where + ".edits", envelopeIds);
        List<Edit> registry = edits.edits(map.list("registry"), EditReader.Context.REGISTRY, where + ".registry", Set.of());
        if (!registry.isEmpty() && !(base instanceof Base.Envelope || base instanceof Base.Envelopes || base instanceof Base.Ledger
                || base instanceof Base.NewLedger || base instanceof Base.AnchoredEnvelope)) {
            throw FixtureException.of("registry-not-used", where, base.kind());
        }
        Map<String, Integer> findings = findings(map, where);
        if (kind == FixtureCase.Kind.FIRES && !findings.containsKey(ruleId)) {
            throw FixtureException.of("fires-without-rule", where, ruleId);
        }
        if (kind == FixtureCase.Kind.PASSES && findings.containsKey(ruleId)) {
            throw FixtureException.of("passes-with-rule", where, ruleId);
        }
        String fileName = map.text("file-name");
        if (fileName != null && (fileName.isBlank() || fileName.contains("/") || fileName.contains("\\") || fileName.startsWith("."))) {
            throw FixtureException.of("bad-file-name", where, fileName);
        }
        return new FixtureCase(kind, index, name, base, caseEdits, registry, options(map, where), fileName, findings,
                map.flag("incomplete"), false);
    }

    /** The context the case-level edits of a base change; an {@code envelopes} base keeps its edits inside each envelope. */
    private static EditReader.Context context(Base base, String where) throws FixtureException {
        if (base instanceof Base.Document || base instanceof Base.FileCondition) {
            return EditReader.Context.DOCUMENT;
        } else if (base instanceof Base.Content) {
            return EditReader.Context.CONTENT;
        } else if (base instanceof Base.Envelope) {
            return EditReader.Context.ENVELOPE;
        } else if (base instanceof Base.AnchoredEnvelope) {
            return EditReader.Context.ANCHORED_ENVELOPE;
        } else if (base instanceof Base.Ledger || base instanceof Base.NewLedger) {
            return EditReader.Context.LEDGER;
        }
        throw FixtureException.of("edits-in-envelopes", where);
    }

    /** Reads the one base a case or a declaration names. */
    private Base base(YamlMap map, String where) throws FixtureException {
        List<String> named = new ArrayList<>();
        for (String key : BASE_KEYS) {
            if (map.has(key)) {
                named.add(key);
            }
        }
        if (named.contains("file-condition")) {
            String condition = map.requiredText("file-condition");
            if (!FILE_CONDITIONS.contains(condition)) {
                throw FixtureException.of("not-one-of", where, "file-condition", condition, String.join(", ", FILE_CONDITIONS.stream().sorted().toList()));
            }
            named.remove("document");
            String document = map.text("document");
            if (!condition.equals("missing") && document == null) {
                throw FixtureException.of("missing-key", where, "document");
            }
            if (named.size() == 1) {
                return new Base.FileCondition(condition, document == null ? null : edits.path(document, where));
            }
        }
        if (named.size() != 1) {
            throw FixtureException.of(named.isEmpty() ? "no-base" : "several-bases", where, String.join(", ", named),
                    String.join(", ", BASE_KEYS.stream().sorted().toList()));
        }
        String key = named.get(0);
        return switch (key) {
            case "document" -> new Base.Document(edits.path(map.requiredText(key), where));
            case "content" -> new Base.Content(content(map.list(key), where + ".content"));
            case "envelope" -> new Base.Envelope(edits.envelope(map.get(key), EditReader.EnvelopePlace.BASE, where + ".envelope", Set.of()));
            case "envelopes" -> new Base.Envelopes(edits.envelopes(map.list(key), EditReader.EnvelopePlace.LIST, where + ".envelopes",
                    new HashSet<>()));
            case "ledger" -> new Base.Ledger(ledgerPath(map.requiredText(key), where));
            case "new-ledger" -> newLedger(map.get(key), where + ".new-ledger");
            case "anchored-envelope" -> anchored(map.get(key), where + ".anchored-envelope");
            default -> throw new IllegalStateException("base key " + key + " has no reader");
        };
    }

    private String ledgerPath(String relative, String where) throws FixtureException {
        edits.path(relative, where);
        if (!SandboxLedger.isLedger(examples.resolve(relative))) {
            throw FixtureException.of("not-ledger", where, relative);
        }
        return relative;
    }

    private List<Base.ContentPart> content(List<JsonNode> items, String where) throws FixtureException {
        if (items.isEmpty()) {
            throw FixtureException.of("missing-key", where, "content");
        }
        List<Base.ContentPart> parts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String at = where + "[" + (i + 1) + "]";
            YamlMap part = YamlMap.of(items.get(i), at, union(CONTENT_FORMS, "repeat"));
            List<String> forms = CONTENT_FORMS.stream().filter(part.node()::has).toList();
            if (forms.size() != 1) {
                throw FixtureException.of("content-form", at, String.join(", ", forms));
            }
            String form = forms.get(0);
            String value = part.text(form);
            if (value == null) {
                value = "";
            }
            if (form.equals("file")) {
                edits.path(value, at);
            }
            parts.add(new Base.ContentPart(form, value, part.integer("repeat", 1, 1)));
        }
        return parts;
    }

    private static Base newLedger(JsonNode node, String where) throws FixtureException {
        YamlMap map = YamlMap.of(node == null || node.isNull() ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode() : node,
                where, Set.of("chain-id", "channel", "created"));
        Instant created = EditReader.instant(map, "created");
        String chainId = map.text("chain-id");
        String channel = map.text("channel");
        return new Base.NewLedger(chainId == null ? SandboxConsortium.DEFAULT_CHAIN : chainId,
                channel == null ? SandboxConsortium.DEFAULT_CHANNEL : channel, created == null ? DEFAULT_LEDGER_CREATED : created);
    }

    private Base anchored(JsonNode node, String where) throws FixtureException {
        YamlMap map = YamlMap.of(node, where, Set.of("ledger", "block", "transaction"));
        if (!map.has("block")) {
            throw FixtureException.of("missing-key", where, "block");
        }
        return new Base.AnchoredEnvelope(ledgerPath(map.requiredText("ledger"), where), map.integer("block", 0, 0),
                map.integer("transaction", 0, 0));
    }

    private Map<String, Integer> findings(YamlMap map, String where) throws FixtureException {
        JsonNode node = map.get("findings");
        Map<String, Integer> findings = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return findings;
        }
        if (!node.isObject()) {
            throw FixtureException.of("not-mapping", where + ".findings");
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (catalogue.find(entry.getKey()).isEmpty()) {
                throw FixtureException.of("unknown-rule", where + ".findings", entry.getKey());
            }
            JsonNode count = entry.getValue();
            if (!count.isIntegralNumber() || !count.canConvertToInt() || count.intValue() < 1) {
                throw FixtureException.of("not-whole-number", where + ".findings", entry.getKey(), count.asText(), 1);
            }
            findings.put(entry.getKey(), count.intValue());
        }
        return findings;
    }

    private Options options(YamlMap map, String where) throws FixtureException {
        if (!map.has("options")) {
            return Options.none();
        }
        YamlMap options = YamlMap.of(map.get("options"), where + ".options", Set.of("time-limit", "size-limit", "transaction-size-limit", "type", "code-lists"));
        Duration timeLimit = null;
        String limit = options.text("time-limit");
        if (limit != null) {
            timeLimit = duration(limit.trim(), options.where());
        }
        Long sizeLimit = options.has("size-limit") ? (long) options.integer("size-limit", 0, 1) : null;
        Integer transactionSizeLimit = options.has("transaction-size-limit") ? options.integer("transaction-size-limit", 0, 1) : null;
        String codeLists = options.text("code-lists");
        if (codeLists != null) {
            edits.path(codeLists, options.where());
        }
        return new Options(timeLimit, sizeLimit, transactionSizeLimit, options.text("type"), codeLists);
    }

    /** Parses a time limit such as {@code 1 ns}, {@code 200 ms} or {@code 2 s}. */
    private static Duration duration(String text, String where) throws FixtureException {
        Matcher matcher = DURATION.matcher(text.toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw FixtureException.of("not-duration", where, text);
        }
        long amount = Long.parseLong(matcher.group(1));
        Duration duration = switch (matcher.group(2)) {
            case "ns" -> Duration.ofNanos(amount);
            case "ms" -> Duration.ofMillis(amount);
            default -> Duration.ofSeconds(amount);
        };
        if (duration.isZero()) {
            throw FixtureException.of("not-duration", where, text);
        }
        return duration;
    }
}
