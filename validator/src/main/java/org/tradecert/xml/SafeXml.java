package org.tradecert.xml;

import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.validation.SchemaFactory;

/**
 * The only place that creates XML parsers. Every parser refuses DOCTYPE declarations (so no
 * entity can expand and no external DTD is read), resolves nothing outside the bundled
 * schemas, processes no XInclude and enforces element depth, attribute count and name length
 * limits, because every document is untrusted input.
 */
public final class SafeXml {

    /** Deepest element nesting a trade document may have. */
    public static final int MAX_ELEMENT_DEPTH = 64;
    /** Most attributes one element may carry. */
    public static final int MAX_ATTRIBUTES = 64;
    /** Longest element or attribute name, in characters. */
    public static final int MAX_NAME_LENGTH = 256;
    /** Most elements one document may have; with the byte cap it bounds the memory of one parsed document. */
    public static final int MAX_ELEMENTS = 200_000;

    private static final String JDK_PROPERTY = "http://www.oracle.com/xml/jaxp/properties/";

    private SafeXml() {
    }

    public static SAXParserFactory saxParserFactory() {
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

    /** Applies the JAXP limits and external-access bans to a SAX parser or XML reader by property name. */
    public static void limit(PropertySetter setter) throws SAXException {
        setter.set(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        setter.set(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        setter.set(JDK_PROPERTY + "maxElementDepth", Integer.toString(MAX_ELEMENT_DEPTH));
        setter.set(JDK_PROPERTY + "elementAttributeLimit", Integer.toString(MAX_ATTRIBUTES));
        setter.set(JDK_PROPERTY + "maxXMLNameLimit", Integer.toString(MAX_NAME_LENGTH));
        setter.set(JDK_PROPERTY + "entityExpansionLimit", "0");
    }

    /** Sets one parser property; lets {@link #limit} serve SAXParser and XMLReader alike. */
    @FunctionalInterface
    public interface PropertySetter {
        void set(String name, Object value) throws SAXException;
    }

    public static DocumentBuilder documentBuilder() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setAttribute(JDK_PROPERTY + "maxElementDepth", Integer.toString(MAX_ELEMENT_DEPTH));
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser does not support a required security feature", e);
        }
    }

    /** A StAX factory for peeking at the root element: no DTD support and no external entities. */
    public static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newInstance();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }

    /**
     * A schema factory for the bundled schemas only: imports are served by {@code resolver}
     * from the classpath and any other location is refused.
     */
    public static SchemaFactory schemaFactory(LSResourceResolver resolver) {
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
}
