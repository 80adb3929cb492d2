package org.tradecert.schema.model;

import java.util.List;

/**
 * A code list that the standard binds to properties. Small, stable lists are enumerated in the
 * schemas; large or frequently revised ones (UN/LOCODE, HS, ISO 4217) only get a lexical
 * pattern there and are checked value by value by the code-list layer against a versioned pack.
 *
 * @param pack the id of the code-list pack that holds the values, or null when the enumeration is the whole list
 */
public record CodeList(String id, Bilingual name, String agency, String version, Binding binding,
                       List<CodeValue> values, String pattern, String pack) {

    /** How a code list shows in the generated schemas. */
    public enum Binding { ENUMERATION, PATTERN }

    /** One code with its name. */
    public record CodeValue(String code, Bilingual name) {
    }

    /** The name of the XML Schema simple type that carries the list, e.g. {@code ISO4217CodeContentType}. */
    public String xsdContentTypeName() {
        return id + "CodeContentType";
    }

    public String xmlNamespace(int major) {
        return "urn:tradecert:codelist:" + id + ":" + major;
    }
}
