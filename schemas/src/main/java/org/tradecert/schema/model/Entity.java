package org.tradecert.schema.model;

import java.util.List;
import java.util.Optional;

/**
 * An aggregate business information entity: a named complex type in XML and an object in
 * JSON. {@code module} is the id of the model file that declares it, which fixes its namespace.
 */
public record Entity(String name, String module, String den, Bilingual definition, List<Property> properties,
                     Deprecation deprecation) {

    public Optional<Property> propertyByXmlName(String xmlName) {
        return properties.stream().filter(p -> p.xmlName().equals(xmlName)).findFirst();
    }

    public Optional<Property> propertyByJsonName(String jsonName) {
        return properties.stream().filter(p -> p.jsonName().equals(jsonName)).findFirst();
    }

    /** The XML Schema complex type name, after the NDR rule of appending {@code Type}. */
    public String xsdTypeName() {
        return name + "Type";
    }
}
