package org.tradecert.rules;

import jakarta.xml.bind.Binder;
import org.tradecert.api.Location;
import org.tradecert.document.DomLocation;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.Map;

/** Locates model objects through the JAXB binder that bound them to the elements of the parsed document. */
public final class BinderLocator implements ModelLocator {

    /** The JSON members that carry the XML qualifier attributes of the data types. */
    private static final Map<String, String> JSON_MEMBERS = Map.of(
            "currencyID", "currencyId", "unitCode", "unitCode", "schemeID", "schemeId", "listID", "listId");

    private final String file;
    private final Binder<Node> binder;

    public BinderLocator(String file, Binder<Node> binder) {
        this.file = file;
        this.binder = binder;
    }

    @Override
    public Location locate(Object node, String property) {
        Node bound = node == null ? null : binder.getXMLNode(node);
        if (!(bound instanceof Element element)) {
            return Location.ofFile(file);
        }
        if (property == null) {
            return DomLocation.of(file, element);
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement && property.equals(childElement.getLocalName())) {
                return DomLocation.of(file, childElement);
            }
        }
        if (element.hasAttribute(property)) {
            return DomLocation.of(file, element, property, JSON_MEMBERS.get(property));
        }
        return DomLocation.of(file, element);
    }
}
