package org.tradecert.schema.diff;

import org.tradecert.schema.source.LoadedRelease;
import org.tradecert.schema.source.LocatedXml;
import org.tradecert.schema.source.XsdFile;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads the XML Schema set of a release into {@link Shapes}. */
final class XsdShapes {

    static final String XSD = "http://www.w3.org/2001/XMLSchema";
    static final String CCTS = "urn:un:unece:uncefact:documentation:2";
    static final String APPINFO = "urn:tradecert:schema:appinfo:1";
    static final String VERSIONING = "http://www.w3.org/2007/XMLSchema-versioning";

    private XsdShapes() {
    }

    static Shapes read(LoadedRelease release) {
        String rootKey = release.model() == null ? null : release.model().rootEntity().name();
        Shapes shapes = new Shapes(Syntax.XSD, rootKey);
        for (XsdFile file : release.xsd().values()) {
            Element schema = file.document().getDocumentElement();
            String namespace = schema.getAttribute("targetNamespace");
            String prefix = prefixOf(schema, namespace);
            String fileKey = file.path().replaceFirst("^([^/]+)/[^/]+/", "$1/");
            shapes.fact("namespace:" + fileKey, file.path(), LocatedXml.line(schema), namespace
                    + " elementFormDefault=" + schema.getAttribute("elementFormDefault")
                    + " attributeFormDefault=" + schema.getAttribute("attributeFormDefault"));
            if (file.path().equals(release.rootXsdPath())) {
                shapes.fact("identifier", file.path(), LocatedXml.line(schema), schema.getAttribute("version"));
                shapes.fact("dialect", file.path(), LocatedXml.line(schema),
                        schema.hasAttributeNS(VERSIONING, "minVersion") ? schema.getAttributeNS(VERSIONING, "minVersion") : "1.0");
            }
            for (Element child : children(schema, null)) {
                String name = child.getAttribute("name");
                String declaration = "/xsd:schema/xsd:" + child.getLocalName() + "[@name='" + name + "']";
                switch (child.getLocalName()) {
                    case "complexType" -> shapes.add(complex(file, child, namespace, prefix, declaration));
                    case "simpleType" -> shapes.add(simple(file, child, namespace, prefix, declaration));
                    case "element" -> {
                        // NOTE: substitution groups, block, final and abstract (SD504) are not read; the generators never write them.
                        if (rootKey != null && file.path().equals(release.rootXsdPath())) {
                            shapes.fact("root-element", file.path(), LocatedXml.line(child), name);
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        return shapes;
    }

    private static Shapes.Component complex(XsdFile file, Element type, String namespace, String prefix, String declaration) {
        Shapes.Component component = new Shapes.Component(ComponentKeys.xsd(namespace, type.getAttribute("name")), true,
                file.path(), LocatedXml.line(type), declaration, prefix);
        component.docs = docs(type);
        component.deprecated = deprecated(type);
        for (Element part : children(type, null)) {
            switch (part.getLocalName()) {
                case "sequence", "choice", "all" -> {
                    component.compositor = part.getLocalName();
                    particles(file, part, component, declaration + "/xsd:" + part.getLocalName());
                }
                case "attribute" -> component.members.add(attribute(file, part, declaration));
                case "anyAttribute" -> component.open = true;
                case "simpleContent", "complexContent" -> content(file, part, component, declaration + "/xsd:" + part.getLocalName());
                default -> {
                }
            }
        }
        return component;
    }

    private static void content(XsdFile file, Element content, Shapes.Component component, String declaration) {
        for (Element derivation : children(content, null)) {
            String base = derivation.getAttribute("base");
            String path = declaration + "/xsd:" + derivation.getLocalName();
            if ("simpleContent".equals(content.getLocalName())) {
                component.members.add(new Shapes.Member("#content", "#content", 1, 1, false, false, null, null,
                        typeRef(derivation, base), Shapes.Docs.NONE, null, path, LocatedXml.line(derivation), file.path()));
            } else {
                component.compositor = "extension:" + base;
            }
            for (Element part : children(derivation, null)) {
                switch (part.getLocalName()) {
                    case "attribute" -> component.members.add(attribute(file, part, path));
                    case "anyAttribute" -> component.open = true;
                    case "sequence", "choice", "all" -> particles(file, part, component, path + "/xsd:" + part.getLocalName());
                    default -> {
                    }
                }
            }
        }
    }

    private static void particles(XsdFile file, Element group, Shapes.Component component, String declaration) {
        for (Element particle : children(group, null)) {
            switch (particle.getLocalName()) {
                case "element" -> {
                    String name = particle.getAttribute("name");
                    int min = particle.hasAttribute("minOccurs") ? Integer.parseInt(particle.getAttribute("minOccurs")) : 1;
                    String maxText = particle.getAttribute("maxOccurs");
                    int max = maxText.isEmpty() ? 1 : "unbounded".equals(maxText) ? Shapes.Member.UNBOUNDED : Integer.parseInt(maxText);
                    if ("choice".equals(group.getLocalName())) {
                        min = 0;
                    }
                    component.members.add(new Shapes.Member(name, name, min, max, false,
                            "true".equals(particle.getAttribute("nillable")),
                            attributeOrNull(particle, "fixed"), attributeOrNull(particle, "default"),
                            typeRef(particle, particle.getAttribute("type")), docs(particle), deprecated(particle),
                            declaration + "/xsd:element[@name='" + name + "']", LocatedXml.line(particle), file.path()));
                }
                case "any" -> component.open = true;
                case "sequence", "choice", "all" -> particles(file, particle, component, declaration + "/xsd:" + particle.getLocalName());
                default -> {
                }
            }
        }
    }

    private static Shapes.Member attribute(XsdFile file, Element attribute, String declaration) {
        String name = attribute.getAttribute("name");
        int min = "required".equals(attribute.getAttribute("use")) ? 1 : 0;
        return new Shapes.Member("@" + name, name, min, 1, false, false, attributeOrNull(attribute, "fixed"),
                attributeOrNull(attribute, "default"), typeRef(attribute, attribute.getAttribute("type")), docs(attribute),
                deprecated(attribute), declaration + "/xsd:attribute[@name='" + name + "']", LocatedXml.line(attribute), file.path());
    }

    private static Shapes.Component simple(XsdFile file, Element type, String namespace, String prefix, String declaration) {
        Shapes.Component component = new Shapes.Component(ComponentKeys.xsd(namespace, type.getAttribute("name")), false,
                file.path(), LocatedXml.line(type), declaration, prefix);
        component.docs = docs(type);
        component.deprecated = deprecated(type);
        for (Element restriction : children(type, "restriction")) {
            List<String> patterns = new ArrayList<>();
            Set<String> enumeration = null;
            Integer minLength = null;
            Integer maxLength = null;
            BigDecimal minInclusive = null;
            BigDecimal maxInclusive = null;
            Integer totalDigits = null;
            Integer fractionDigits = null;
            for (Element facet : children(restriction, null)) {
                String value = facet.getAttribute("value");
                switch (facet.getLocalName()) {
                    case "pattern" -> patterns.add(value);
                    case "enumeration" -> {
                        if (enumeration == null) {
                            enumeration = new LinkedHashSet<>();
                        }
                        enumeration.add(value);
                    }
                    case "length" -> {
                        minLength = Integer.parseInt(value);
                        maxLength = minLength;
                    }
                    case "minLength" -> minLength = Integer.parseInt(value);
                    case "maxLength" -> maxLength = Integer.parseInt(value);
                    case "minInclusive" -> minInclusive = new BigDecimal(value);
                    case "maxInclusive" -> maxInclusive = new BigDecimal(value);
                    case "totalDigits" -> totalDigits = Integer.parseInt(value);
                    case "fractionDigits" -> fractionDigits = Integer.parseInt(value);
                    default -> {
                    }
                }
            }
            component.value = new Shapes.ValueSpace(typeRef(restriction, restriction.getAttribute("base")), List.copyOf(patterns), false,
                    minLength, maxLength, enumeration, minInclusive, maxInclusive, totalDigits, fractionDigits, null, null);
        }
        if (component.value == null) {
            // A list or union type: compared by its declaration text, since the standard never generates one.
            component.value = new Shapes.ValueSpace(Shapes.TypeRef.builtin("xsd:anySimpleType"), List.of(), false,
                    null, null, null, null, null, null, null, null, null);
        }
        return component;
    }

    private static Shapes.TypeRef typeRef(Element context, String qname) {
        if (qname == null || qname.isEmpty()) {
            return Shapes.TypeRef.builtin("xsd:anyType");
        }
        int colon = qname.indexOf(':');
        String prefix = colon < 0 ? "" : qname.substring(0, colon);
        String local = colon < 0 ? qname : qname.substring(colon + 1);
        String namespace = LocatedXml.namespaceOf(context, prefix);
        if (XSD.equals(namespace)) {
            return Shapes.TypeRef.builtin("xsd:" + local);
        }
        return Shapes.TypeRef.component(ComponentKeys.xsd(namespace, local));
    }

    private static Shapes.Docs docs(Element declaration) {
        String den = null;
        String en = null;
        String zh = null;
        for (Element annotation : children(declaration, "annotation")) {
            for (Element documentation : children(annotation, "documentation")) {
                String language = documentation.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang");
                String definition = null;
                NodeList parts = documentation.getChildNodes();
                for (int i = 0; i < parts.getLength(); i++) {
                    if (parts.item(i) instanceof Element part && CCTS.equals(part.getNamespaceURI())) {
                        if ("DictionaryEntryName".equals(part.getLocalName())) {
                            den = part.getTextContent();
                        } else if ("Definition".equals(part.getLocalName()) || "Name".equals(part.getLocalName()) && definition == null) {
                            definition = part.getTextContent();
                        }
                    }
                }
                if (definition == null && documentation.getElementsByTagNameNS(CCTS, "*").getLength() == 0) {
                    definition = documentation.getTextContent().strip();
                }
                if ("zh-CN".equals(language)) {
                    zh = definition;
                } else {
                    en = definition;
                }
            }
        }
        return new Shapes.Docs(den, en, zh);
    }

    private static Shapes.Deprecated deprecated(Element declaration) {
        for (Element annotation : children(declaration, "annotation")) {
            for (Element appinfo : children(annotation, "appinfo")) {
                NodeList markers = appinfo.getElementsByTagNameNS(APPINFO, "Deprecated");
                if (markers.getLength() > 0) {
                    Element marker = (Element) markers.item(0);
                    return new Shapes.Deprecated(attributeOrNull(marker, "since"), attributeOrNull(marker, "sunset"));
                }
            }
        }
        return null;
    }

    private static String attributeOrNull(Element element, String name) {
        return element.hasAttribute(name) ? element.getAttribute(name) : null;
    }

    private static String prefixOf(Element schema, String namespace) {
        return LocatedXml.prefixFor(schema, namespace);
    }

    static List<Element> children(Node parent, String localName) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && XSD.equals(element.getNamespaceURI())
                    && (localName == null || localName.equals(element.getLocalName()))) {
                found.add(element);
            }
        }
        return found;
    }
}
