package org.tradecert.schema.model;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads model files: checks each against the model-format schema first, so that a typo in a
 * key or a value of the wrong kind is reported with its place in the file, then resolves type
 * and code-list references across the set.
 */
public final class ModelLoader {

    private static final String META_SCHEMA = "/org/tradecert/schemas/model-format/tradecert-model-1.schema.json";

    private static final ObjectMapper YAML = new ObjectMapper(
            YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    private final JsonSchema metaSchema;

    public ModelLoader() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .build();
        try (InputStream in = ModelLoader.class.getResourceAsStream(META_SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException("model-format schema " + META_SCHEMA + " is missing from the classpath");
            }
            this.metaSchema = factory.getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads every {@code *.yaml} model file of a directory and resolves references across them. */
    public ModelSet loadDirectory(Path directory) throws ModelException, IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "*.yaml")) {
            stream.forEach(files::add);
        }
        files.sort(Comparator.comparing(Path::toString));

        Map<String, ModelModule> modules = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                ModelModule module = load(file.getFileName().toString(), Files.readAllBytes(file));
                ModelModule previous = modules.put(module.id(), module);
                if (previous != null) {
                    problems.add("two model files declare the id '" + module.id() + "'");
                }
            } catch (ModelException e) {
                problems.addAll(e.problems().stream().map(p -> file.getFileName() + ": " + p).toList());
            }
        }
        if (!problems.isEmpty()) {
            throw new ModelException(directory.toString(), problems);
        }
        return assemble(modules.values());
    }

    /** Puts loaded model files together and checks that every type, code list and common version they name exists. */
    public ModelSet assemble(java.util.Collection<ModelModule> modules) throws ModelException {
        Map<String, ModelModule> byId = new LinkedHashMap<>();
        for (ModelModule module : modules) {
            byId.put(module.id(), module);
        }
        if (!byId.containsKey(ModelModule.COMMON)) {
            throw new ModelException("model set", List.of("no common.yaml: the common components are missing"));
        }
        ModelSet set = new ModelSet(byId);
        checkReferences(set);
        return set;
    }

    /** Loads one model file from its bytes; {@code name} only labels the messages. */
    public ModelModule load(String name, byte[] source) throws ModelException {
        JsonNode tree;
        try {
            tree = YAML.readTree(source);
        } catch (JsonProcessingException e) {
            throw new ModelException(name, List.of("not valid YAML: " + e.getOriginalMessage()
                    + (e.getLocation() != null ? " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")" : "")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (tree == null || !tree.isObject()) {
            throw new ModelException(name, List.of("the file is empty or not a YAML mapping"));
        }

        List<String> problems = new ArrayList<>();
        for (ValidationMessage message : metaSchema.validate(tree)) {
            problems.add(message.getInstanceLocation() + ": " + message.getMessage());
        }
        if (!problems.isEmpty()) {
            problems.sort(String::compareTo);
            throw new ModelException(name, problems);
        }
        return build(name, tree, source, problems);
    }

    private ModelModule build(String name, JsonNode tree, byte[] source, List<String> problems) throws ModelException {
        String id = tree.path("id").asText();
        boolean common = ModelModule.COMMON.equals(id);

        Map<String, Entity> entities = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = tree.path("entities").properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            entities.put(field.getKey(), entity(id, field.getKey(), field.getValue(), problems));
        }

        Map<String, CodeList> codeLists = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> lists = tree.path("codeLists").properties().iterator();
        while (lists.hasNext()) {
            Map.Entry<String, JsonNode> field = lists.next();
            codeLists.put(field.getKey(), codeList(field.getKey(), field.getValue(), problems));
        }

        String root = text(tree, "root");
        if (common && root != null) {
            problems.add("/root: the common components have no root aggregate");
        }
        if (!common && root == null) {
            problems.add("/root: a document type must name its root aggregate");
        }
        if (root != null && !entities.containsKey(root)) {
            problems.add("/root: the root aggregate '" + root + "' is not declared under /entities");
        }
        if (!common && !codeLists.isEmpty()) {
            problems.add("/codeLists: code lists belong in common.yaml, not in a document type");
        }
        String commonVersion = text(tree.path("uses"), "common");
        if (!common && commonVersion == null) {
            problems.add("/uses/common: a document type must name the version of the common components it uses");
        }
        if (!problems.isEmpty()) {
            throw new ModelException(name, problems);
        }

        return new ModelModule(
                id,
                tree.path("version").asText(),
                "released".equals(tree.path("status").asText()) ? ModelModule.Status.RELEASED : ModelModule.Status.DRAFT,
                bilingual(tree.path("title")),
                bilingual(tree.path("definition")),
                tree.path("xml").path("namespace").asText(),
                tree.path("xml").path("prefix").asText(),
                tree.path("json").path("id").asText(),
                root,
                commonVersion,
                strings(tree.path("documentTypeCodes")),
                strings(tree.path("issuerRoles")),
                entities,
                codeLists,
                source.clone());
    }

    private Entity entity(String module, String name, JsonNode node, List<String> problems) {
        List<Property> properties = new ArrayList<>();
        Set<String> xmlNames = new HashSet<>();
        Set<String> jsonNames = new HashSet<>();
        int index = 0;
        for (JsonNode p : node.path("properties")) {
            String where = "/entities/" + name + "/properties/" + index;
            Cardinality cardinality = Cardinality.parse(p.path("card").asText());
            Property property = new Property(
                    p.path("xml").asText(),
                    p.path("json").asText(),
                    text(p, "den"),
                    cardinality,
                    p.path("type").asText(),
                    text(p, "codeList"),
                    text(p, "schemeList"),
                    bilingual(p.path("definition")),
                    deprecation(p.path("deprecated"), where, problems));
            if (!xmlNames.add(property.xmlName())) {
                problems.add(where + "/xml: '" + property.xmlName() + "' occurs twice in " + name);
            }
            if (!jsonNames.add(property.jsonName())) {
                problems.add(where + "/json: '" + property.jsonName() + "' occurs twice in " + name);
            }
            properties.add(property);
            index++;
        }
        return new Entity(name, module, text(node, "den"), bilingual(node.path("definition")), List.copyOf(properties),
                deprecation(node.path("deprecated"), "/entities/" + name, problems));
    }

    private CodeList codeList(String id, JsonNode node, List<String> problems) {
        CodeList.Binding binding = "enumeration".equals(node.path("binding").asText())
                ? CodeList.Binding.ENUMERATION : CodeList.Binding.PATTERN;
        List<CodeList.CodeValue> values = new ArrayList<>();
        for (JsonNode value : node.path("values")) {
            values.add(new CodeList.CodeValue(value.path("code").asText(), bilingual(value.path("name"))));
        }
        String pattern = text(node, "pattern");
        if (binding == CodeList.Binding.ENUMERATION && values.isEmpty()) {
            problems.add("/codeLists/" + id + ": an enumerated code list needs values");
        }
        if (binding == CodeList.Binding.PATTERN && pattern == null) {
            problems.add("/codeLists/" + id + ": a code list bound by pattern needs a pattern");
        }
        return new CodeList(id, bilingual(node.path("name")), node.path("agency").asText(), node.path("version").asText(),
                binding, List.copyOf(values), pattern, text(node, "pack"));
    }

    private static Deprecation deprecation(JsonNode node, String where, List<String> problems) {
        if (node.isMissingNode()) {
            return null;
        }
        LocalDate sunset = null;
        String text = text(node, "sunset");
        if (text != null) {
            try {
                sunset = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                problems.add(where + "/deprecated/sunset: '" + text + "' is not a calendar date");
            }
        }
        return new Deprecation(node.path("since").asText(), sunset, text(node, "replacement"));
    }

    /** Checks that every type, code list and common version named in the set exists. */
    private static void checkReferences(ModelSet set) throws ModelException {
        List<String> problems = new ArrayList<>();
        ModelModule common = set.common();
        for (ModelModule module : set.all()) {
            if (!module.common() && !common.version().equals(module.commonVersion())) {
                problems.add(module.id() + ".yaml /uses/common: uses common " + module.commonVersion()
                        + " but the common components here are at " + common.version());
            }
            for (Entity entity : module.entities().values()) {
                if (!module.common() && common.entities().containsKey(entity.name())) {
                    problems.add(module.id() + ".yaml /entities/" + entity.name()
                            + ": the name is already taken by an aggregate of the common components");
                }
                for (Property property : entity.properties()) {
                    String where = module.id() + ".yaml " + entity.name() + "/" + property.xmlName();
                    if (property.aggregate()) {
                        boolean local = module.entities().containsKey(property.typeName());
                        boolean shared = common.entities().containsKey(property.typeName());
                        if (!local && !shared) {
                            problems.add(where + ": type '" + property.typeName()
                                    + "' is neither a data type (" + dataTypeNames() + ") nor a declared aggregate");
                        }
                        if (module.common() && !shared) {
                            problems.add(where + ": a common aggregate may only use common aggregates");
                        }
                    }
                    checkCodeList(common, property.codeList(), where + " codeList", problems);
                    checkCodeList(common, property.schemeList(), where + " schemeList", problems);
                }
            }
        }
        for (ModelModule module : set.documentTypes()) {
            findCycle(set.document(module.id()), problems);
        }
        if (!problems.isEmpty()) {
            throw new ModelException("model set", problems);
        }
    }

    private static void checkCodeList(ModelModule common, String id, String where, List<String> problems) {
        if (id != null && !common.codeLists().containsKey(id)) {
            problems.add(where + ": code list '" + id + "' is not declared in common.yaml /codeLists");
        }
    }

    /** Aggregates may not contain themselves: the converter and the documentation walk the tree. */
    private static void findCycle(DocumentModel model, List<String> problems) {
        Map<String, Integer> state = new HashMap<>();
        walk(model, model.rootEntity(), state, problems);
    }

    private static void walk(DocumentModel model, Entity entity, Map<String, Integer> state, List<String> problems) {
        Integer mark = state.get(entity.name());
        if (mark != null) {
            if (mark == 1) {
                problems.add(model.type().id() + ": aggregate " + entity.name() + " contains itself");
            }
            return;
        }
        state.put(entity.name(), 1);
        for (Property property : entity.properties()) {
            if (property.aggregate()) {
                model.findEntity(property.typeName()).ifPresent(child -> walk(model, child, state, problems));
            }
        }
        state.put(entity.name(), 2);
    }

    private static String dataTypeNames() {
        StringBuilder names = new StringBuilder();
        for (DataType type : DataType.values()) {
            if (names.length() > 0) {
                names.append(", ");
            }
            names.append(type.modelName());
        }
        return names.toString();
    }

    private static Bilingual bilingual(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return Bilingual.EMPTY;
        }
        return new Bilingual(text(node, "en"), text(node, "zh"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        node.forEach(value -> values.add(value.asText()));
        return List.copyOf(values);
    }
}
