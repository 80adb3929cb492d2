package org.tradecert.schema.diff;

import com.fasterxml.jackson.databind.JsonNode;
import org.tradecert.schema.generate.SchemaLayout;
import org.tradecert.schema.model.Entity;
import org.tradecert.schema.model.Property;
import org.tradecert.schema.source.JsonFile;
import org.tradecert.schema.source.LoadedRelease;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the JSON Schema set of a release into {@link Shapes}. Member keys are the XML names of
 * the model, looked up by JSON name in the aggregate the object stands for, so a member has
 * the same key in both syntaxes; a JSON member the model does not know keeps {@code json:name}.
 */
final class JsonShapes {

    private JsonShapes() {
    }

    static Shapes read(LoadedRelease release) {
        String rootKey = release.model() == null ? null : release.model().rootEntity().name();
        Shapes shapes = new Shapes(Syntax.JSON, rootKey);
        String rootPath = release.rootJsonPath();
        for (JsonFile file : release.json().values()) {
            JsonNode tree = file.tree();
            if (file.path().equals(rootPath)) {
                shapes.fact("identifier", file.path(), file.line(""), tree.path("$id").asText());
                shapes.fact("dialect", file.path(), file.line("/$schema"), tree.path("$schema").asText());
            }
            String rootComponent = ComponentKeys.json(file.path(), "", rootKey, rootPath);
            if (tree.has("properties") || tree.has("type") || tree.has("enum") || tree.has("pattern")) {
                shapes.add(component(release, file, tree, rootComponent, "", rootKey));
            }
            Iterator<Map.Entry<String, JsonNode>> defs = tree.path("$defs").properties().iterator();
            while (defs.hasNext()) {
                Map.Entry<String, JsonNode> def = defs.next();
                String pointer = "/$defs/" + def.getKey();
                shapes.add(component(release, file, def.getValue(), ComponentKeys.json(file.path(), pointer, rootKey, rootPath), pointer, rootKey));
            }
        }
        return shapes;
    }

    private static Shapes.Component component(LoadedRelease release, JsonFile file, JsonNode node, String key, String pointer, String rootKey) {
        boolean complex = node.has("properties") || "object".equals(node.path("type").asText());
        Shapes.Component component = new Shapes.Component(key, complex, file.path(), file.line(pointer), "#" + pointer, "");
        component.docs = docs(node, key.equals(rootKey));
        component.deprecated = deprecated(node);
        if (!complex) {
            component.value = valueSpace(release, file, node);
            return component;
        }
        component.compositor = "object";
        JsonNode closedBy = node.has("unevaluatedProperties") ? node.get("unevaluatedProperties") : node.get("additionalProperties");
        component.open = closedBy == null || !(closedBy.isBoolean() && !closedBy.asBoolean());
        Set<String> required = new HashSet<>();
        node.path("required").forEach(r -> required.add(r.asText()));
        Optional<Entity> entity = entity(release, key);
        Iterator<Map.Entry<String, JsonNode>> properties = node.path("properties").properties().iterator();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            String name = property.getKey();
            String memberPointer = pointer + "/properties/" + name.replace("~", "~0").replace("/", "~1");
            component.members.add(member(release, file, name, property.getValue(), required.contains(name),
                    memberKey(entity, name), memberPointer));
        }
        return component;
    }

    private static Shapes.Member member(LoadedRelease release, JsonFile file, String name, JsonNode schema, boolean required,
                                        String key, String pointer) {
        boolean array = "array".equals(schema.path("type").asText());
        JsonNode valueSchema = array ? schema.path("items") : schema;
        int min;
        int max;
        if (array) {
            int minItems = schema.path("minItems").asInt(0);
            min = required ? Math.max(1, minItems) : 0;
            max = schema.has("maxItems") ? schema.get("maxItems").asInt() : Shapes.Member.UNBOUNDED;
        } else {
            min = required ? 1 : 0;
            max = 1;
        }
        Shapes.TypeRef type;
        if (valueSchema.has("$ref")) {
            type = Shapes.TypeRef.component(reference(release, file, valueSchema.get("$ref").asText()));
        } else {
            type = Shapes.TypeRef.inline(valueSpace(release, file, valueSchema));
        }
        boolean nullable = false;
        if (valueSchema.path("type").isArray()) {
            for (JsonNode t : valueSchema.path("type")) {
                nullable |= "null".equals(t.asText());
            }
        }
        return new Shapes.Member(key, name, min, max, array, nullable,
                valueSchema.has("const") ? valueSchema.get("const").toString() : null,
                schema.has("default") ? schema.get("default").toString() : null,
                type, docs(schema, false), deprecated(schema), "#" + pointer, file.line(pointer), file.path());
    }

    private static Shapes.ValueSpace valueSpace(LoadedRelease release, JsonFile file, JsonNode node) {
        Shapes.TypeRef base;
        if (node.has("$ref")) {
            base = Shapes.TypeRef.component(reference(release, file, node.get("$ref").asText()));
        } else if (node.path("type").isTextual()) {
            base = Shapes.TypeRef.builtin("json:" + node.get("type").asText());
        } else if (node.path("type").isArray()) {
            List<String> types = new ArrayList<>();
            node.get("type").forEach(t -> {
                if (!"null".equals(t.asText())) {
                    types.add(t.asText());
                }
            });
            base = Shapes.TypeRef.builtin("json:" + String.join("|", types));
        } else {
            base = Shapes.TypeRef.builtin("json:any");
        }
        Set<String> enumeration = null;
        if (node.has("enum")) {
            enumeration = new LinkedHashSet<>();
            for (JsonNode value : node.get("enum")) {
                enumeration.add(value.asText());
            }
        }
        List<String> patterns = node.has("pattern") ? List.of(node.get("pattern").asText()) : List.of();
        return new Shapes.ValueSpace(base, patterns, true,
                node.has("minLength") ? node.get("minLength").asInt() : null,
                node.has("maxLength") ? node.get("maxLength").asInt() : null,
                enumeration,
                node.has("minimum") ? new BigDecimal(node.get("minimum").asText()) : null,
                node.has("maximum") ? new BigDecimal(node.get("maximum").asText()) : null,
                null, null,
                node.has("format") ? node.get("format").asText() : null,
                node.has("const") ? node.get("const").toString() : null);
    }

    /** The component key a {@code $ref} points to. */
    private static String reference(LoadedRelease release, JsonFile file, String reference) {
        int hash = reference.indexOf('#');
        String document = hash < 0 ? reference : reference.substring(0, hash);
        String fragment = hash < 0 ? "" : reference.substring(hash + 1);
        String path;
        if (document.isEmpty()) {
            path = file.path();
        } else if (document.startsWith(SchemaLayout.JSON_ID_BASE)) {
            path = document.substring(SchemaLayout.JSON_ID_BASE.length());
        } else {
            path = org.tradecert.schema.source.SchemaSource.resolve(file.path(), document);
        }
        String rootKey = release.model() == null ? null : release.model().rootEntity().name();
        return ComponentKeys.json(path, fragment, rootKey, release.rootJsonPath());
    }

    /** The aggregate of the model that a JSON object definition stands for, if any. */
    private static Optional<Entity> entity(LoadedRelease release, String key) {
        Optional<Entity> own = release.module().entity(key);
        return own.isPresent() ? own : release.common().entity(key);
    }

    private static String memberKey(Optional<Entity> entity, String jsonName) {
        if (entity.isPresent()) {
            Optional<Property> property = entity.get().propertyByJsonName(jsonName);
            return property.map(Property::xmlName).orElse("json:" + jsonName);
        }
        if ("content".equals(jsonName)) {
            return "#content";
        }
        String attribute = ComponentKeys.xmlAttributeForJson(jsonName);
        return attribute != null ? "@" + attribute : "json:" + jsonName;
    }

    private static Shapes.Docs docs(JsonNode node, boolean documentRoot) {
        if (documentRoot) {
            return Shapes.Docs.NONE;
        }
        String den = node.has("description") ? textOrNull(node, "title") : null;
        String en = node.has("description") ? textOrNull(node, "description") : textOrNull(node, "title");
        String zh = node.has("x-description-zh-CN") ? textOrNull(node, "x-description-zh-CN") : textOrNull(node, "x-title-zh-CN");
        return new Shapes.Docs(den, en, zh);
    }

    private static Shapes.Deprecated deprecated(JsonNode node) {
        if (!node.path("deprecated").asBoolean(false)) {
            return null;
        }
        return new Shapes.Deprecated(textOrNull(node, "x-deprecated-since"), textOrNull(node, "x-sunset"));
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
