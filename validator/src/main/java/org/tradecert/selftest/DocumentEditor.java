package org.tradecert.selftest;

import com.fasterxml.jackson.databind.JsonNode;
import org.tradecert.json.SafeJson;
import org.tradecert.schema.generate.JsonText;
import org.tradecert.xml.SafeXml;
import org.tradecert.xml.XmlWriter;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import javax.xml.xpath.XPathFactoryConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Applies the edits of a fixture to a document: {@code set}, {@code remove} and {@code insert}
 * at an XPath for XML (with the prefixes the document declares) or at a JSON Pointer for JSON,
 * and {@code replace} of one text by another in the bytes. A document edited at a path is
 * written out again, indented, so only its values and structure are kept, not its layout.
 */
final class DocumentEditor {

    private DocumentEditor() {
    }

    /** Applies the edits in order; {@code json} is true when their paths are JSON Pointers, false for XPath. */
    static byte[] apply(byte[] content, boolean json, List<Edit> edits) throws FixtureException {
        byte[] current = content;
        for (Edit edit : edits) {
            current = switch (edit.operation()) {
                case "replace" -> replace(current, edit);
                case "set", "remove", "insert" -> json ? json(current, edit) : xml(current, edit);
                default -> throw FixtureException.of("edit-not-here", edit.where(), edit.operation());
            };
        }
        return current;
    }

    /**
     * Replaces one occurrence (the first, or the one {@code occurrence} names) of a text by
     * another, byte for byte in UTF-8, so it works on any content, valid UTF-8 or not.
     */
    static byte[] replace(byte[] content, Edit edit) throws FixtureException {
        byte[] from = edit.text().getBytes(StandardCharsets.UTF_8);
        byte[] to = edit.required("with").getBytes(StandardCharsets.UTF_8);
        JsonNode occurrenceNode = edit.setting("occurrence");
        int occurrence = occurrenceNode == null ? 1 : occurrenceNode.asInt();
        int at = -1;
        for (int found = 0; found < occurrence; found++) {
            at = indexOf(content, from, at + 1);
            if (at < 0) {
                throw FixtureException.of("text-not-found", edit.where(), edit.text(), occurrence);
            }
        }
        byte[] result = new byte[content.length - from.length + to.length];
        System.arraycopy(content, 0, result, 0, at);
        System.arraycopy(to, 0, result, at, to.length);
        System.arraycopy(content, at + from.length, result, at + to.length, content.length - at - from.length);
        return result;
    }

    private static int indexOf(byte[] content, byte[] part, int from) {
        outer:
        for (int i = Math.max(0, from); i <= content.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (content[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] json(byte[] content, Edit edit) throws FixtureException {
        JsonNode tree;
        try {
            tree = SafeJson.mapper().readTree(content);
        } catch (IOException e) {
            throw FixtureException.of("not-editable", edit.where(), "JSON", String.valueOf(e.getMessage()));
        }
        switch (edit.operation()) {
            case "set" -> JsonEdits.set(tree, edit.text(), edit.setting("to"), edit.where());
            case "remove" -> JsonEdits.remove(tree, edit.text(), edit.where());
            default -> throw FixtureException.of("edit-not-here", edit.where(), edit.operation());
        }
        return JsonText.write(tree).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] xml(byte[] content, Edit edit) throws FixtureException {
        Document document;
        try {
            document = SafeXml.documentBuilder().parse(new ByteArrayInputStream(content));
        } catch (SAXException | IOException e) {
            throw FixtureException.of("not-editable", edit.where(), "XML", String.valueOf(e.getMessage()));
        }
        Map<String, String> namespaces = namespaces(document);
        String expression = edit.operation().equals("insert") ? position(edit) : edit.text();
        List<Node> nodes = select(document, namespaces, expression, edit.where());
        switch (edit.operation()) {
            case "set" -> {
                for (Node node : nodes) {
                    setText(node, edit.setting("to").asText());
                }
            }
            case "remove" -> {
                for (Node node : nodes) {
                    if (node instanceof Attr attribute) {
                        attribute.getOwnerElement().removeAttributeNode(attribute);
                    } else {
                        node.getParentNode().removeChild(node);
                    }
                }
            }
            case "insert" -> insert(document, namespaces, nodes, edit);
            default -> throw FixtureException.of("edit-not-here", edit.where(), edit.operation());
        }
        return XmlWriter.write(document);
    }

    private static String position(Edit edit) {
        for (String key : List.of("into", "before", "after")) {
            if (edit.setting(key) != null) {
                return edit.setting(key).asText();
            }
        }
        throw new IllegalStateException("the fixture reader lets no insert through without a position");
    }

    private static void setText(Node node, String value) {
        if (node instanceof Attr attribute) {
            attribute.setValue(value);
            return;
        }
        while (node.getFirstChild() != null) {
            node.removeChild(node.getFirstChild());
        }
        node.appendChild(node.getOwnerDocument().createTextNode(value));
    }

    /** Inserts the elements of an XML fragment into, before or after the one element the position selects. */
    private static void insert(Document document, Map<String, String> namespaces, List<Node> targets, Edit edit) throws FixtureException {
        if (targets.size() != 1 || !(targets.get(0) instanceof Element target)) {
            throw FixtureException.of("insert-target", edit.where(), position(edit), targets.size());
        }
        List<Node> fragment = fragment(document, namespaces, edit.text(), edit.where());
        for (Node node : fragment) {
            if (edit.setting("into") != null) {
                target.appendChild(node);
            } else if (edit.setting("before") != null) {
                target.getParentNode().insertBefore(node, target);
            } else {
                target.getParentNode().insertBefore(node, target.getNextSibling());
            }
        }
    }

    /** Parses an XML fragment with the namespace prefixes of the document and imports its elements. */
    private static List<Node> fragment(Document document, Map<String, String> namespaces, String text, String where) throws FixtureException {
        StringBuilder wrapper = new StringBuilder("<fragment");
        for (Map.Entry<String, String> namespace : namespaces.entrySet()) {
            wrapper.append(" xmlns:").append(namespace.getKey()).append("=\"").append(namespace.getValue()).append('"');
        }
        wrapper.append('>').append(text).append("</fragment>");
        Document parsed;
        try {
            parsed = SafeXml.documentBuilder().parse(new InputSource(new StringReader(wrapper.toString())));
        } catch (SAXException | IOException e) {
            throw FixtureException.of("fragment-invalid", where, String.valueOf(e.getMessage()));
        }
        List<Node> nodes = new ArrayList<>();
        for (Node child = parsed.getDocumentElement().getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element) {
                nodes.add(document.importNode(child, true));
            }
        }
        if (nodes.isEmpty()) {
            throw FixtureException.of("fragment-invalid", where, text);
        }
        return nodes;
    }

    /** Collects every namespace prefix declared in the document, so an XPath can use the document's own prefixes. */
    private static Map<String, String> namespaces(Document document) {
        Map<String, String> namespaces = new HashMap<>();
        collect(document.getDocumentElement(), namespaces);
        return namespaces;
    }

    private static void collect(Element element, Map<String, String> namespaces) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI()) && attribute.getPrefix() != null) {
                namespaces.putIfAbsent(attribute.getLocalName(), attribute.getValue());
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element nested) {
                collect(nested, namespaces);
            }
        }
    }

    private static List<Node> select(Document document, Map<String, String> namespaces, String expression, String where)
            throws FixtureException {
        NodeList found;
        try {
            XPathFactory factory = XPathFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            XPath xpath = factory.newXPath();
            xpath.setNamespaceContext(new Prefixes(namespaces));
            found = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
        } catch (XPathExpressionException e) {
            throw FixtureException.of("xpath-invalid", where, expression, String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
        } catch (XPathFactoryConfigurationException e) {
            throw new IllegalStateException("the XPath factory does not support secure processing", e);
        }
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            nodes.add(found.item(i));
        }
        if (nodes.isEmpty()) {
            throw FixtureException.of("xpath-matches-nothing", where, expression);
        }
        return nodes;
    }

    /** The document's own prefixes, for XPath expressions. */
    private record Prefixes(Map<String, String> namespaces) implements NamespaceContext {

        @Override
        public String getNamespaceURI(String prefix) {
            return namespaces.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
        }

        @Override
        public String getPrefix(String namespaceUri) {
            return namespaces.entrySet().stream().filter(entry -> entry.getValue().equals(namespaceUri)).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
        }

        @Override
        public Iterator<String> getPrefixes(String namespaceUri) {
            return namespaces.entrySet().stream().filter(entry -> entry.getValue().equals(namespaceUri)).map(Map.Entry::getKey).iterator();
        }
    }
}
