package org.tradecert.xml;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import java.nio.charset.StandardCharsets;

/**
 * Writes a DOM built by the converter as indented UTF-8 XML. Leaf values are written exactly,
 * with carriage returns and tabs as character references so that a reader gets back the same
 * characters after XML end-of-line and attribute normalisation.
 */
public final class XmlWriter {

    private XmlWriter() {
    }

    public static byte[] write(Document document) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        element(document.getDocumentElement(), 0, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void element(Element element, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append('<').append(element.getTagName());
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            out.append(' ').append(attribute.getName()).append("=\"");
            escape(attribute.getValue(), true, out);
            out.append('"');
        }

        boolean hasElements = false;
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element) {
                hasElements = true;
            } else if (child.getNodeType() == Node.TEXT_NODE) {
                text.append(child.getNodeValue());
            }
        }

        if (!hasElements) {
            if (text.length() == 0) {
                out.append("/>\n");
            } else {
                out.append('>');
                escape(text.toString(), false, out);
                out.append("</").append(element.getTagName()).append(">\n");
            }
            return;
        }
        out.append(">\n");
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                element(childElement, depth + 1, out);
            }
        }
        out.append("  ".repeat(depth)).append("</").append(element.getTagName()).append(">\n");
    }

    private static void escape(String value, boolean attribute, StringBuilder out) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                default -> out.append(c);
            }
        }
    }
}
