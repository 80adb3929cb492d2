package org.tradecert.xml;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Writes the XPath of an element as prefixed names, e.g. {@code /ci:CommercialInvoice/ci:IncludedLineItem[2]}.
 * A position is written from the second same-named sibling on, as {@link PathTracker} does.
 */
public final class XPaths {

    private XPaths() {
    }

    public static String of(Element element) {
        StringBuilder path = new StringBuilder();
        Node node = element;
        while (node instanceof Element current) {
            path.insert(0, step(current));
            node = current.getParentNode();
        }
        return path.toString();
    }

    private static String step(Element element) {
        int position = 1;
        for (Node sibling = element.getPreviousSibling(); sibling != null; sibling = sibling.getPreviousSibling()) {
            if (sameName(sibling, element)) {
                position++;
            }
        }
        return "/" + element.getTagName() + (position > 1 ? "[" + position + "]" : "");
    }

    private static boolean sameName(Node a, Element b) {
        return a instanceof Element other
                && other.getLocalName().equals(b.getLocalName())
                && java.util.Objects.equals(other.getNamespaceURI(), b.getNamespaceURI());
    }
}
