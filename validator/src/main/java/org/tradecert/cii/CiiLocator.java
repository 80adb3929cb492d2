package org.tradecert.cii;

import org.tradecert.api.Location;
import org.tradecert.document.DomLocation;
import org.tradecert.rules.ModelLocator;
import org.w3c.dom.Element;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Locates the model objects mapped from a CII invoice in the CII document: each object, and
 * each of its properties, points at the CII element it was read from, with that element's
 * XPath, line and column. A property the mapping filled without an element of its own (an
 * amount without currencyID takes the invoice currency) points at its owner's element.
 */
final class CiiLocator implements ModelLocator {

    private final String file;
    private final Map<Object, Element> elements = new IdentityHashMap<>();
    private final Map<Object, Map<String, Element>> properties = new IdentityHashMap<>();

    CiiLocator(String file) {
        this.file = file;
    }

    /** Records that a model object was read from an element. */
    void bind(Object model, Element element) {
        elements.put(model, element);
    }

    /** Records that a property of a model object, by its model XML name, was read from an element. */
    void bind(Object owner, String property, Element element) {
        properties.computeIfAbsent(owner, key -> new HashMap<>()).put(property, element);
    }

    @Override
    public Location locate(Object node, String property) {
        if (node == null) {
            return Location.ofFile(file);
        }
        Element own = elements.get(node);
        if (property != null) {
            Element element = properties.getOrDefault(node, Map.of()).get(property);
            if (element != null) {
                return DomLocation.of(file, element);
            }
            if (own != null && own.hasAttribute(property)) {
                return DomLocation.of(file, own, property, null);
            }
        }
        return own == null ? Location.ofFile(file) : DomLocation.of(file, own);
    }
}
