package org.tradecert.schema.source;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Parses schema files into DOM trees whose elements carry their line number, under a parser
 * that refuses DOCTYPE declarations, external entities and XInclude: a schema file from a
 * directory or jar is untrusted input like any document.
 */
public final class LocatedXml {

    private static final String LINE = "tradecert.line";
    private static final String NAMESPACES = "tradecert.namespaces";

    private LocatedXml() {
    }

    /** The line of an element's start tag, or 0 when unknown. */
    public static int line(Node node) {
        Object line = node.getUserData(LINE);
        return line instanceof Integer number ? number : 0;
    }

    /** The namespace URI that a prefix stands for at an element, for resolving QName values such as {@code type="ram:PartyType"}. */
    @SuppressWarnings("unchecked")
    public static String namespaceOf(Node node, String prefix) {
        Object map = node.getUserData(NAMESPACES);
        return map instanceof java.util.Map<?, ?> namespaces ? ((java.util.Map<String, String>) namespaces).get(prefix) : null;
    }

    /** A prefix bound to the namespace at an element, or an empty string when none is. */
    @SuppressWarnings("unchecked")
    public static String prefixFor(Node node, String namespace) {
        Object map = node.getUserData(NAMESPACES);
        if (map instanceof java.util.Map<?, ?> namespaces) {
            for (var entry : ((java.util.Map<String, String>) namespaces).entrySet()) {
                if (entry.getValue().equals(namespace) && !entry.getKey().isEmpty()) {
                    return entry.getKey();
                }
            }
        }
        return "";
    }

    public static Document parse(byte[] content, String systemId) throws SAXException, IOException {
        try {
            SAXParser parser = saxParserFactory().newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            InputSource input = new InputSource(new ByteArrayInputStream(content));
            input.setSystemId(systemId);
            parser.parse(input, new Builder(document));
            return document;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser does not support a required security feature", e);
        }
    }

    static SAXParserFactory saxParserFactory() {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException | SAXNotRecognizedException | SAXNotSupportedException e) {
            throw new IllegalStateException("the XML parser does not support a required security feature", e);
        }
        return factory;
    }

    /** A schema factory that reads nothing by itself: every import is served by {@code resolver}. */
    static SchemaFactory schemaFactory(org.w3c.dom.ls.LSResourceResolver resolver) {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            throw new IllegalStateException("the XML Schema factory does not support a required security feature", e);
        }
        factory.setResourceResolver(resolver);
        return factory;
    }

    /** Builds the DOM from SAX events, recording each element's line. */
    private static final class Builder extends DefaultHandler {

        private final Document document;
        private final Deque<Node> open = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private Locator locator;

        Builder(Document document) {
            this.document = document;
            open.push(document);
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            flushText();
            Element element = document.createElementNS(uri == null || uri.isEmpty() ? null : uri, qName);
            for (int i = 0; i < attributes.getLength(); i++) {
                String attributeUri = attributes.getURI(i);
                element.setAttributeNS(attributeUri == null || attributeUri.isEmpty() ? null : attributeUri,
                        attributes.getQName(i), attributes.getValue(i));
            }
            element.setUserData(LINE, locator == null ? 0 : locator.getLineNumber(), null);
            java.util.Map<String, String> scope = new java.util.HashMap<>(contexts.peek());
            scope.putAll(pendingPrefixes);
            pendingPrefixes.clear();
            contexts.push(scope);
            element.setUserData(NAMESPACES, scope, null);
            open.peek().appendChild(element);
            open.push(element);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            flushText();
            open.pop();
            contexts.pop();
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) {
            pendingPrefixes.put(prefix, uri);
        }

        private final java.util.Map<String, String> pendingPrefixes = new java.util.LinkedHashMap<>();
        private final Deque<java.util.Map<String, String>> contexts = new ArrayDeque<>(java.util.List.of(java.util.Map.of()));

        @Override
        public void characters(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }

        private void flushText() {
            if (text.length() > 0 && open.peek() instanceof Element parent) {
                parent.appendChild(document.createTextNode(text.toString()));
            }
            text.setLength(0);
        }
    }
}
