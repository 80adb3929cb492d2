package org.tradecert.xml;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.helpers.DefaultHandler;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Builds a DOM from SAX events and records on every element the line and column where its
 * start tag ends, so that findings on the document can point back into the file.
 * Comments, processing instructions and whitespace-only text between elements are dropped:
 * the standard gives them no meaning.
 */
public final class LocatedDomBuilder extends DefaultHandler {

    /** User-data key under which each element carries its {@link SourcePosition}. */
    public static final String POSITION = "org.tradecert.position";

    private final Document document;
    private final Deque<Node> open = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private Locator locator;

    public LocatedDomBuilder() {
        this.document = SafeXml.documentBuilder().newDocument();
        open.push(document);
    }

    public Document document() {
        return document;
    }

    /** The line the parser has reached, or -1 before it starts. */
    public int line() {
        return locator == null ? -1 : locator.getLineNumber();
    }

    /** The column the parser has reached, or -1 before it starts. */
    public int column() {
        return locator == null ? -1 : locator.getColumnNumber();
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        flushText(false);
        Element element = document.createElementNS(uri == null || uri.isEmpty() ? null : uri, qName);
        for (int i = 0; i < attributes.getLength(); i++) {
            String attributeUri = attributes.getURI(i);
            element.setAttributeNS(attributeUri == null || attributeUri.isEmpty() ? null : attributeUri,
                    attributes.getQName(i), attributes.getValue(i));
        }
        if (locator != null) {
            element.setUserData(POSITION, new SourcePosition(locator.getLineNumber(), locator.getColumnNumber()), null);
        }
        open.peek().appendChild(element);
        open.push(element);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        Node element = open.peek();
        flushText(element != null && !hasChildElement(element));
        open.pop();
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        text.append(ch, start, length);
    }

    /** Appends buffered text; blank text is kept only as the whole content of a leaf element. */
    private void flushText(boolean keepBlank) {
        if (text.length() == 0) {
            return;
        }
        String value = text.toString();
        text.setLength(0);
        if ((keepBlank || !value.isBlank()) && open.peek() instanceof Element) {
            open.peek().appendChild(document.createTextNode(value));
        }
    }

    private static boolean hasChildElement(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element) {
                return true;
            }
        }
        return false;
    }
}
