package org.tradecert.schema.generate;

import org.tradecert.schema.model.Bilingual;
import org.tradecert.schema.model.Cardinality;
import org.tradecert.schema.model.CodeList;
import org.tradecert.schema.model.DataType;
import org.tradecert.schema.model.Deprecation;
import org.tradecert.schema.model.DocumentModel;
import org.tradecert.schema.model.Entity;
import org.tradecert.schema.model.ModelModule;
import org.tradecert.schema.model.Property;

import java.util.Map;
import java.util.TreeMap;

/**
 * Generates the XML Schema set of a model, after the UN/CEFACT XML NDR: one namespace per
 * document type and major version, named complex types only, unqualified data types in their
 * own module, one module per code list, and the dictionary entry name with both definitions in
 * {@code xsd:documentation}.
 */
public final class XsdGenerator {

    static final String XSD = "http://www.w3.org/2001/XMLSchema";
    static final String CCTS = "urn:un:unece:uncefact:documentation:2";
    static final String APPINFO = "urn:tradecert:schema:appinfo:1";

    /** Generates the common module: data types, code lists, qualified data types and common aggregates. */
    public Map<String, String> common(ModelModule common) {
        Map<String, String> files = new TreeMap<>();
        String version = common.version();
        files.put(SchemaLayout.xsd(common.id(), version, SchemaLayout.UDT_FILE), unqualifiedDataTypes(common));
        for (CodeList list : common.codeLists().values()) {
            files.put(SchemaLayout.codeListXsd(version, list), codeList(common, list));
        }
        files.put(SchemaLayout.xsd(common.id(), version, SchemaLayout.QDT_FILE), qualifiedDataTypes(common));
        files.put(SchemaLayout.rootXsd(common), aggregates(common, null));
        return files;
    }

    /** Generates the root schema module of one document type. */
    public Map<String, String> documentType(DocumentModel model) {
        return Map.of(SchemaLayout.rootXsd(model.type()), aggregates(model.type(), model));
    }

    private String unqualifiedDataTypes(ModelModule common) {
        XmlText x = schemaStart(common, udtNamespace(common), "udt", Map.of());

        simple(x, "DecimalContentType", "xsd:decimal", "Decimal content written without exponent, plus sign or leading zeros.",
                "pattern", LexicalForms.DECIMAL);
        simple(x, "CurrencyCodeContentType", "xsd:string", "ISO 4217 alphabetic currency code.", "pattern", LexicalForms.CURRENCY);
        simple(x, "UnitCodeContentType", "xsd:string", "UNECE Recommendation 20 unit code (or an X-prefixed Recommendation 21 package code).",
                "pattern", LexicalForms.UNIT);
        simple(x, "QualifierContentType", "xsd:string", "Identifier of a code list or identification scheme.",
                "pattern", LexicalForms.QUALIFIER);

        simple(x, DataType.TEXT.xsdTypeName(), "xsd:string", "Text.", "maxLength", Integer.toString(LexicalForms.TEXT_MAX_LENGTH));
        simple(x, DataType.IDENTIFIER.xsdTypeName(), "xsd:string", "Identifier without leading, trailing or repeated spaces.",
                "pattern", LexicalForms.TOKEN_XSD, "maxLength", Integer.toString(LexicalForms.IDENTIFIER_MAX_LENGTH));
        simple(x, DataType.CODE.xsdTypeName(), "xsd:string", "Code without leading, trailing or repeated spaces.",
                "pattern", LexicalForms.CODE_XSD, "maxLength", Integer.toString(LexicalForms.CODE_MAX_LENGTH));
        simple(x, DataType.NUMERIC.xsdTypeName(), "udt:DecimalContentType", "Number.");
        simple(x, DataType.PERCENT.xsdTypeName(), "udt:DecimalContentType", "Percentage, 12.5 meaning 12.5 per cent.");
        simple(x, DataType.DATE_TIME.xsdTypeName(), "xsd:dateTime", "Date and time with a time zone offset (RFC 3339).",
                "pattern", LexicalForms.DATE_TIME);
        simple(x, DataType.DATE.xsdTypeName(), "xsd:date", "Calendar date without time zone.", "pattern", LexicalForms.DATE);
        simple(x, DataType.INDICATOR.xsdTypeName(), "xsd:boolean", "Indicator, true or false.", "pattern", "true|false");

        extension(x, DataType.SCHEMED_IDENTIFIER.xsdTypeName(), "udt:" + DataType.IDENTIFIER.xsdTypeName(),
                "Identifier with the identification scheme that issued it.", "schemeID", "udt:QualifierContentType", true);
        extension(x, DataType.LISTED_CODE.xsdTypeName(), "udt:" + DataType.CODE.xsdTypeName(),
                "Code with the code list it is taken from.", "listID", "udt:QualifierContentType", true);
        extension(x, DataType.AMOUNT.xsdTypeName(), "udt:DecimalContentType",
                "Monetary amount with its currency.", "currencyID", "udt:CurrencyCodeContentType", true);
        extension(x, DataType.MEASURE.xsdTypeName(), "udt:DecimalContentType",
                "Measure with its unit.", "unitCode", "udt:UnitCodeContentType", true);
        extension(x, DataType.QUANTITY.xsdTypeName(), "udt:DecimalContentType",
                "Quantity, with its unit when it is not a plain count.", "unitCode", "udt:UnitCodeContentType", false);

        return schemaEnd(x);
    }

    private String codeList(ModelModule common, CodeList list) {
        String namespace = list.xmlNamespace(common.major());
        XmlText x = schemaStart(common, namespace, "clm", Map.of());
        x.open("xsd:simpleType", "name", list.xsdContentTypeName());
        x.open("xsd:annotation");
        x.open("xsd:documentation", "xml:lang", "en");
        x.leaf("ccts:Name", list.name().en() == null ? list.id() : list.name().en());
        x.leaf("ccts:AgencyName", list.agency());
        x.leaf("ccts:VersionIdentifier", list.version());
        x.close("xsd:documentation");
        if (list.name().zh() != null) {
            x.open("xsd:documentation", "xml:lang", "zh-CN");
            x.leaf("ccts:Name", list.name().zh());
            x.close("xsd:documentation");
        }
        x.close("xsd:annotation");
        x.open("xsd:restriction", "base", "xsd:string");
        if (list.binding() == CodeList.Binding.ENUMERATION) {
            for (CodeList.CodeValue value : list.values()) {
                if (value.name().en() == null && value.name().zh() == null) {
                    x.empty("xsd:enumeration", "value", value.code());
                    continue;
                }
                x.open("xsd:enumeration", "value", value.code());
                x.open("xsd:annotation");
                if (value.name().en() != null) {
                    x.leaf("xsd:documentation", value.name().en(), "xml:lang", "en");
                }
                if (value.name().zh() != null) {
                    x.leaf("xsd:documentation", value.name().zh(), "xml:lang", "zh-CN");
                }
                x.close("xsd:annotation");
                x.close("xsd:enumeration");
            }
        } else {
            x.empty("xsd:pattern", "value", list.pattern());
        }
        x.close("xsd:restriction");
        x.close("xsd:simpleType");
        return schemaEnd(x);
    }

    private String qualifiedDataTypes(ModelModule common) {
        Map<String, String> imports = new TreeMap<>();
        imports.put(udtNamespace(common), SchemaLayout.UDT_FILE);
        for (CodeList list : common.codeLists().values()) {
            imports.put(list.xmlNamespace(common.major()), "codelist-" + list.id() + ".xsd");
        }
        XmlText x = schemaStart(common, qdtNamespace(common), "qdt", imports);
        for (CodeList list : common.codeLists().values()) {
            String base = codeListPrefix(list) + ":" + list.xsdContentTypeName();
            simple(x, list.id() + "CodeType", base, "Code from " + listName(list) + ".");
            extension(x, list.id() + "ListedCodeType", base, "Code from " + listName(list) + ", with the list identifier.",
                    "listID", "udt:QualifierContentType", true);
        }
        return schemaEnd(x);
    }

    /** The aggregates of a module; for a document type, also its root element. */
    private String aggregates(ModelModule module, DocumentModel model) {
        ModelModule common = model == null ? module : model.common();
        String relative = model == null ? "" : "../../../" + SchemaLayout.directory(common.id(), common.version()) + "xsd/";

        Map<String, String> imports = new TreeMap<>();
        imports.put(udtNamespace(common), relative + SchemaLayout.UDT_FILE);
        imports.put(qdtNamespace(common), relative + SchemaLayout.QDT_FILE);
        if (model != null) {
            imports.put(common.xmlNamespace(), relative + SchemaLayout.COMMON_AGGREGATES_FILE);
        }
        XmlText x = schemaStart(module, module.xmlNamespace(), module.xmlPrefix(), imports, common);

        if (model != null) {
            Entity root = model.rootEntity();
            x.open("xsd:element", "name", root.name(), "type", module.xmlPrefix() + ":" + root.xsdTypeName());
            annotation(x, root.den(), root.definition(), root.deprecation());
            x.close("xsd:element");
        }
        for (Entity entity : module.entities().values()) {
            x.open("xsd:complexType", "name", entity.xsdTypeName());
            annotation(x, entity.den(), entity.definition(), entity.deprecation());
            x.open("xsd:sequence");
            for (Property property : entity.properties()) {
                element(x, property, module, common);
            }
            x.close("xsd:sequence");
            x.close("xsd:complexType");
        }
        return schemaEnd(x);
    }

    private void element(XmlText x, Property property, ModelModule module, ModelModule common) {
        Cardinality card = property.cardinality();
        String maxOccurs = card.unbounded() ? "unbounded" : card.max() == 1 ? null : Integer.toString(card.max());
        x.open("xsd:element",
                "name", property.xmlName(),
                "type", xsdType(property, module, common),
                "minOccurs", card.min() == 1 ? null : Integer.toString(card.min()),
                "maxOccurs", maxOccurs);
        annotation(x, property.den(), property.definition(), property.deprecation());
        x.close("xsd:element");
    }

    static String xsdType(Property property, ModelModule module, ModelModule common) {
        if (property.aggregate()) {
            boolean local = module.entities().containsKey(property.typeName());
            String prefix = local ? module.xmlPrefix() : common.xmlPrefix();
            return prefix + ":" + property.typeName() + "Type";
        }
        DataType type = property.dataType().orElseThrow();
        if (property.codeList() != null && (type == DataType.CODE || type == DataType.IDENTIFIER)) {
            return "qdt:" + property.codeList() + "CodeType";
        }
        if (property.codeList() != null && type == DataType.LISTED_CODE) {
            return "qdt:" + property.codeList() + "ListedCodeType";
        }
        return "udt:" + type.xsdTypeName();
    }

    private static void annotation(XmlText x, String den, Bilingual definition, Deprecation deprecation) {
        x.open("xsd:annotation");
        if (deprecation != null) {
            x.open("xsd:appinfo");
            x.empty("tc:Deprecated",
                    "since", deprecation.since(),
                    "sunset", deprecation.sunset() == null ? null : deprecation.sunset().toString(),
                    "replacement", deprecation.replacement());
            x.close("xsd:appinfo");
        }
        x.open("xsd:documentation", "xml:lang", "en");
        if (den != null) {
            x.leaf("ccts:DictionaryEntryName", den);
        }
        if (definition.en() != null) {
            x.leaf("ccts:Definition", definition.en());
        }
        x.close("xsd:documentation");
        if (definition.zh() != null) {
            x.open("xsd:documentation", "xml:lang", "zh-CN");
            x.leaf("ccts:Definition", definition.zh());
            x.close("xsd:documentation");
        }
        x.close("xsd:annotation");
    }

    private static void simple(XmlText x, String name, String base, String documentation, String... facets) {
        x.open("xsd:simpleType", "name", name);
        x.open("xsd:annotation");
        x.leaf("xsd:documentation", documentation, "xml:lang", "en");
        x.close("xsd:annotation");
        if (facets.length == 0) {
            x.empty("xsd:restriction", "base", base);
        } else {
            x.open("xsd:restriction", "base", base);
            for (int i = 0; i + 1 < facets.length; i += 2) {
                x.empty("xsd:" + facets[i], "value", facets[i + 1]);
            }
            x.close("xsd:restriction");
        }
        x.close("xsd:simpleType");
    }

    private static void extension(XmlText x, String name, String base, String documentation,
                                  String attribute, String attributeType, boolean required) {
        x.open("xsd:complexType", "name", name);
        x.open("xsd:annotation");
        x.leaf("xsd:documentation", documentation, "xml:lang", "en");
        x.close("xsd:annotation");
        x.open("xsd:simpleContent");
        x.open("xsd:extension", "base", base);
        x.empty("xsd:attribute", "name", attribute, "type", attributeType, "use", required ? "required" : "optional");
        x.close("xsd:extension");
        x.close("xsd:simpleContent");
        x.close("xsd:complexType");
    }

    private XmlText schemaStart(ModelModule module, String namespace, String prefix, Map<String, String> imports) {
        return schemaStart(module, namespace, prefix, imports, module);
    }

    private XmlText schemaStart(ModelModule module, String namespace, String prefix, Map<String, String> imports, ModelModule common) {
        XmlText x = new XmlText().declaration();
        x.comment("Generated by tradecert schema build from the model " + module.id() + " " + module.version()
                + ". Do not edit: change the model file and run tradecert schema build.");

        Map<String, String> namespaces = new TreeMap<>();
        namespaces.put("xmlns:xsd", XSD);
        namespaces.put("xmlns:ccts", CCTS);
        namespaces.put("xmlns:tc", APPINFO);
        namespaces.put("xmlns:udt", udtNamespace(common));
        namespaces.put("xmlns:qdt", qdtNamespace(common));
        namespaces.put("xmlns:" + common.xmlPrefix(), common.xmlNamespace());
        namespaces.put("xmlns:" + prefix, namespace);
        for (CodeList list : common.codeLists().values()) {
            if (imports.containsKey(list.xmlNamespace(common.major()))) {
                namespaces.put("xmlns:" + codeListPrefix(list), list.xmlNamespace(common.major()));
            }
        }

        String[] attributes = new String[namespaces.size() * 2 + 8];
        int i = 0;
        for (Map.Entry<String, String> entry : namespaces.entrySet()) {
            attributes[i++] = entry.getKey();
            attributes[i++] = entry.getValue();
        }
        attributes[i++] = "targetNamespace";
        attributes[i++] = namespace;
        attributes[i++] = "elementFormDefault";
        attributes[i++] = "qualified";
        attributes[i++] = "attributeFormDefault";
        attributes[i++] = "unqualified";
        attributes[i++] = "version";
        attributes[i] = module.version();
        x.open("xsd:schema", attributes);
        for (Map.Entry<String, String> entry : imports.entrySet()) {
            x.empty("xsd:import", "namespace", entry.getKey(), "schemaLocation", entry.getValue());
        }
        return x;
    }

    private static String schemaEnd(XmlText x) {
        x.close("xsd:schema");
        return x.toString();
    }

    static String udtNamespace(ModelModule common) {
        return SchemaLayout.UDT_NAMESPACE + common.major();
    }

    static String qdtNamespace(ModelModule common) {
        return SchemaLayout.QDT_NAMESPACE + common.major();
    }

    private static String codeListPrefix(CodeList list) {
        return "clm" + list.id();
    }

    private static String listName(CodeList list) {
        return list.name().en() == null ? list.id() : list.name().en();
    }
}
