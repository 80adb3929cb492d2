package org.tradecert.cii;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads the elements of a parsed CII document by their local names in the CII namespaces. */
final class CiiElements {

    static final String RSM = CiiInvoices.NAMESPACE;
    static final String RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";
    static final String UDT = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100";
    static final String QDT = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100";

    /** UNTDID 2379 format 102: CCYYMMDD, the only date format EN 16931 uses. */
    private static final String FORMAT_DATE = "102";

    private CiiElements() {
    }

    /** Returns the first child element of {@code parent} in the ram namespace with this local name, or null. */
    static Element child(Element parent, String name) {
        return child(parent, RAM, name);
    }

    static Element child(Element parent, String namespace, String name) {
        if (parent == null) {
            return null;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName()) && namespace.equals(element.getNamespaceURI())) {
                return element;
            }
        }
        return null;
    }

    /** Returns every child element of {@code parent} in the ram namespace with this local name, in document order. */
    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName()) && RAM.equals(element.getNamespaceURI())) {
                found.add(element);
            }
        }
        return found;
    }

    /** Returns the element at a path of ram local names below {@code parent}, or null when a step is missing. */
    static Element path(Element parent, String... names) {
        Element current = parent;
        for (String name : names) {
            current = child(current, name);
        }
        return current;
    }

    /** Returns the trimmed text of an element, or null for a missing or empty element. */
    static String text(Element element) {
        if (element == null) {
            return null;
        }
        String text = element.getTextContent().trim();
        return text.isEmpty() ? null : text;
    }

    /** Returns an attribute's trimmed value, or null when it is absent or empty. */
    static String attribute(Element element, String name) {
        if (element == null || !element.hasAttribute(name)) {
            return null;
        }
        String value = element.getAttribute(name).trim();
        return value.isEmpty() ? null : value;
    }

    /** Returns the decimal an element contains, or null when it is missing or not a number. */
    static BigDecimal decimal(Element element) {
        String text = text(element);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Returns the date of a CII date-time element ({@code udt:DateTimeString} or {@code qdt:DateTimeString}
     * with format 102), or null when it is missing or in another format.
     */
    static LocalDate date(Element dateTime) {
        Element string = child(dateTime, UDT, "DateTimeString");
        if (string == null) {
            string = child(dateTime, QDT, "DateTimeString");
        }
        String text = text(string);
        if (text == null || !FORMAT_DATE.equals(attribute(string, "format"))) {
            return null;
        }
        try {
            return LocalDate.parse(text, DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
