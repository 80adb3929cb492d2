package org.tradecert.schema.diff;

import org.w3c.dom.Element;

/** Lookups of XML Schema child elements shared with the lint rules. */
public final class XsdChildren {

    private XsdChildren() {
    }

    public static boolean has(Element parent, String localName) {
        return !XsdShapes.children(parent, localName).isEmpty();
    }
}
