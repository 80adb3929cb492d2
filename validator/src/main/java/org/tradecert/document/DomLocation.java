package org.tradecert.document;

import org.tradecert.api.Location;
import org.tradecert.binding.DocumentCodec;
import org.tradecert.xml.LocatedDomBuilder;
import org.tradecert.xml.SourcePosition;
import org.tradecert.xml.XPaths;
import org.w3c.dom.Element;

/**
 * The location of an element of a parsed document: for XML its XPath with the line and column
 * the parser recorded, for JSON the JSON Pointer the converter recorded on the element.
 */
public final class DomLocation {

    private DomLocation() {
    }

    /**
     * @param attribute an XML attribute of the element (e.g. {@code currencyID}) the location is about, or null
     * @param jsonMember the JSON member holding the same value (e.g. {@code currencyId}), or null
     */
    public static Location of(String file, Element element, String attribute, String jsonMember) {
        Object pointer = element.getUserData(DocumentCodec.JSON_POINTER);
        if (pointer != null) {
            String base = pointer.toString();
            return new Location(file, null, null, null, null, jsonMember == null ? base : base + "/" + DocumentCodec.escape(jsonMember));
        }
        String xpath = XPaths.of(element) + (attribute == null ? "" : "/@" + attribute);
        Object position = element.getUserData(LocatedDomBuilder.POSITION);
        if (position instanceof SourcePosition place) {
            return new Location(file, null, xpath, place.line(), place.column(), null);
        }
        return new Location(file, null, xpath, null, null, null);
    }

    public static Location of(String file, Element element) {
        return of(file, element, null, null);
    }
}
