package org.tradecert.binding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tradecert.schema.catalog.SchemaRelease;
import org.tradecert.schema.model.DataType;
import org.tradecert.schema.model.DocumentModel;
import org.tradecert.schema.model.Entity;
import org.tradecert.schema.model.Property;
import org.tradecert.xml.SafeXml;
import org.tradecert.xml.XPaths;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Carries a document between its XML and JSON syntax by walking the model: each aggregate
 * becomes an element or an object, each data type its XML content and attribute or its JSON
 * string, boolean or {@code {content, qualifier}} object. Values are copied as written, so a
 * document and its twin hold the same characters and convert back to an equal document.
 */
public final class DocumentCodec {

    /** User-data key under which an element built from JSON carries the JSON Pointer of its source. */
    public static final String JSON_POINTER = "org.tradecert.jsonPointer";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";

    private final DocumentModel model;
    private final SchemaRelease release;

    public DocumentCodec(DocumentModel model, SchemaRelease release) {
        this.model = model;
        this.release = release;
    }

    /** Converts an XML document of this type into its JSON twin. */
    public ObjectNode toJson(Element root) throws ConversionException {
        List<String> problems = new ArrayList<>();
        Entity rootEntity = model.rootEntity();
        if (!Objects.equals(root.getNamespaceURI(), model.type().xmlNamespace()) || !rootEntity.name().equals(root.getLocalName())) {
            throw new ConversionException(List.of("the root element is {" + root.getNamespaceURI() + "}" + root.getLocalName()
                    + ", not {" + model.type().xmlNamespace() + "}" + rootEntity.name()));
        }
        ObjectNode out = JSON.objectNode();
        out.put("$schema", release.jsonId());
        aggregateToJson(root, rootEntity, out, problems);
        if (!problems.isEmpty()) {
            throw new ConversionException(problems);
        }
        return out;
    }

    private void aggregateToJson(Element element, Entity entity, ObjectNode out, List<String> problems) {
        rejectAttributes(element, problems);
        String namespace = model.namespaceOf(entity);
        Map<Property, List<Element>> children = new LinkedHashMap<>();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                Property property = Objects.equals(child.getNamespaceURI(), namespace)
                        ? entity.propertyByXmlName(child.getLocalName()).orElse(null) : null;
                if (property == null) {
                    problems.add(XPaths.of(child) + ": element {" + child.getNamespaceURI() + "}" + child.getLocalName()
                            + " is not part of " + entity.name());
                    continue;
                }
                children.computeIfAbsent(property, p -> new ArrayList<>()).add(child);
            } else if (node.getNodeType() == Node.TEXT_NODE && !node.getNodeValue().isBlank()) {
                problems.add(XPaths.of(element) + ": text is not allowed between the elements of " + entity.name());
            }
        }
        for (Property property : entity.properties()) {
            List<Element> elements = children.get(property);
            if (elements == null) {
                continue;
            }
            if (property.cardinality().repeatable()) {
                ArrayNode array = out.putArray(property.jsonName());
                for (Element child : elements) {
                    array.add(valueToJson(child, property, problems));
                }
            } else {
                if (elements.size() > 1) {
                    problems.add(XPaths.of(elements.get(1)) + ": " + property.xmlName() + " may occur only once");
                }
                out.set(property.jsonName(), valueToJson(elements.get(0), property, problems));
            }
        }
    }

    private JsonNode valueToJson(Element element, Property property, List<String> problems) {
        if (property.aggregate()) {
            ObjectNode child = JSON.objectNode();
            aggregateToJson(element, model.entity(property.typeName()), child, problems);
            return child;
        }
        DataType type = property.dataType().orElseThrow();
        String text = leafText(element, problems);
        switch (type.jsonShape()) {
            case BOOLEAN -> {
                rejectAttributes(element, problems);
                // An invalid indicator stays a string, so the twin is invalid for the same reason.
                return "true".equals(text) ? JSON.booleanNode(true) : "false".equals(text) ? JSON.booleanNode(false) : JSON.textNode(text);
            }
            case OBJECT -> {
                ObjectNode value = JSON.objectNode();
                value.put("content", text);
                NamedNodeMap attributes = element.getAttributes();
                for (int i = 0; i < attributes.getLength(); i++) {
                    Attr attribute = (Attr) attributes.item(i);
                    if (XMLNS.equals(attribute.getNamespaceURI())) {
                        continue;
                    }
                    if (attribute.getNamespaceURI() == null && attribute.getName().equals(type.xmlAttribute())) {
                        value.put(type.jsonAttribute(), attribute.getValue());
                    } else {
                        problems.add(XPaths.of(element) + ": attribute " + attribute.getName() + " is not part of " + type.modelName());
                    }
                }
                return value;
            }
            default -> {
                rejectAttributes(element, problems);
                return JSON.textNode(text);
            }
        }
    }

    /** Converts a JSON document of this type into its XML twin; each element records the JSON Pointer it came from. */
    public Document toXml(JsonNode json) throws ConversionException {
        if (!json.isObject()) {
            throw new ConversionException(List.of("/: the document is not a JSON object"));
        }
        List<String> problems = new ArrayList<>();
        Document document = SafeXml.documentBuilder().newDocument();
        Entity rootEntity = model.rootEntity();
        Element root = document.createElementNS(model.type().xmlNamespace(), model.type().xmlPrefix() + ":" + rootEntity.name());
        root.setAttributeNS(XMLNS, "xmlns:" + model.type().xmlPrefix(), model.type().xmlNamespace());
        root.setAttributeNS(XMLNS, "xmlns:" + model.common().xmlPrefix(), model.common().xmlNamespace());
        root.setUserData(JSON_POINTER, "", null);
        document.appendChild(root);
        aggregateToXml((ObjectNode) json, rootEntity, root, "", true, problems);
        if (!problems.isEmpty()) {
            throw new ConversionException(problems);
        }
        return document;
    }

    private void aggregateToXml(ObjectNode node, Entity entity, Element parent, String pointer, boolean root, List<String> problems) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            boolean known = entity.propertyByJsonName(name).isPresent() || (root && "$schema".equals(name));
            if (!known) {
                problems.add(pointer + "/" + escape(name) + ": member " + name + " is not part of " + entity.name());
            }
        }
        String namespace = model.namespaceOf(entity);
        String prefix = model.prefixOf(entity);
        for (Property property : entity.properties()) {
            JsonNode member = node.get(property.jsonName());
            if (member == null) {
                continue;
            }
            String memberPointer = pointer + "/" + escape(property.jsonName());
            if (property.cardinality().repeatable()) {
                if (!member.isArray()) {
                    problems.add(memberPointer + ": " + property.jsonName() + " must be an array");
                    continue;
                }
                for (int i = 0; i < member.size(); i++) {
                    parent.appendChild(valueToXml(member.get(i), property, namespace, prefix, parent.getOwnerDocument(),
                            memberPointer + "/" + i, problems));
                }
            } else {
                parent.appendChild(valueToXml(member, property, namespace, prefix, parent.getOwnerDocument(), memberPointer, problems));
            }
        }
    }

    private Element valueToXml(JsonNode value, Property property, String namespace, String prefix, Document document,
                               String pointer, List<String> problems) {
        Element element = document.createElementNS(namespace, prefix + ":" + property.xmlName());
        element.setUserData(JSON_POINTER, pointer, null);
        if (property.aggregate()) {
            if (value.isObject()) {
                aggregateToXml((ObjectNode) value, model.entity(property.typeName()), element, pointer, false, problems);
            } else {
                problems.add(pointer + ": " + property.jsonName() + " must be an object");
            }
            return element;
        }
        DataType type = property.dataType().orElseThrow();
        switch (type.jsonShape()) {
            case BOOLEAN -> {
                if (value.isBoolean()) {
                    element.setTextContent(Boolean.toString(value.booleanValue()));
                } else {
                    problems.add(pointer + ": " + property.jsonName() + " must be true or false");
                }
            }
            case OBJECT -> {
                if (!value.isObject()) {
                    problems.add(pointer + ": " + property.jsonName() + " must be an object with content and " + type.jsonAttribute());
                    break;
                }
                Iterator<String> names = value.fieldNames();
                while (names.hasNext()) {
                    String name = names.next();
                    if (!name.equals("content") && !name.equals(type.jsonAttribute())) {
                        problems.add(pointer + "/" + escape(name) + ": member " + name + " is not part of " + type.modelName());
                    }
                }
                JsonNode content = value.get("content");
                if (content == null || !content.isTextual()) {
                    problems.add(pointer + "/content: must be a string");
                } else {
                    element.setTextContent(content.textValue());
                }
                JsonNode qualifier = value.get(type.jsonAttribute());
                if (qualifier != null) {
                    if (qualifier.isTextual()) {
                        element.setAttributeNS(null, type.xmlAttribute(), qualifier.textValue());
                    } else {
                        problems.add(pointer + "/" + type.jsonAttribute() + ": must be a string");
                    }
                }
            }
            default -> {
                if (value.isTextual()) {
                    element.setTextContent(value.textValue());
                } else {
                    problems.add(pointer + ": " + property.jsonName() + " must be a string");
                }
            }
        }
        return element;
    }

    private static String leafText(Element element, List<String> problems) {
        StringBuilder text = new StringBuilder();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element) {
                problems.add(XPaths.of(element) + ": " + element.getLocalName() + " holds a value and may not contain elements");
            } else if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(node.getNodeValue());
            }
        }
        return text.toString();
    }

    private static void rejectAttributes(Element element, List<String> problems) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (!XMLNS.equals(attribute.getNamespaceURI())) {
                problems.add(XPaths.of(element) + ": attribute " + attribute.getName() + " is not allowed on " + element.getLocalName());
            }
        }
    }

    /** Escapes a member name for a JSON Pointer (RFC 6901). */
    public static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
