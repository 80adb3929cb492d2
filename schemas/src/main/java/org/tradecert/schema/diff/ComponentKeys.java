package org.tradecert.schema.diff;

import org.tradecert.schema.generate.SchemaLayout;
import org.tradecert.schema.model.DataType;

import java.util.Map;

/**
 * The keys under which both syntaxes name the same component, following the generators'
 * naming: an aggregate {@code X} is the complex type {@code XType} and the definition
 * {@code $defs/X}; an unqualified data type is {@code udt:TextType} and {@code $defs/Text};
 * a code list is its own schema file in both, keyed {@code codelist:ID}.
 */
final class ComponentKeys {

    /** The helper types of the unqualified data types, XML Schema name to JSON definition name. */
    private static final Map<String, String> LEXICAL = Map.of(
            "DecimalContentType", "DecimalContent",
            "CurrencyCodeContentType", "CurrencyCode",
            "UnitCodeContentType", "UnitCode",
            "QualifierContentType", "Qualifier");

    private static final String CODELIST_NAMESPACE = "urn:tradecert:codelist:";

    private ComponentKeys() {
    }

    /** The key of an XML Schema type by its namespace and local name. */
    static String xsd(String namespace, String localName) {
        if (namespace != null && namespace.startsWith(CODELIST_NAMESPACE)) {
            String rest = namespace.substring(CODELIST_NAMESPACE.length());
            return "codelist:" + rest.substring(0, rest.lastIndexOf(':') < 0 ? rest.length() : rest.lastIndexOf(':'));
        }
        if (namespace != null && namespace.startsWith(SchemaLayout.UDT_NAMESPACE)) {
            String lexical = LEXICAL.get(localName);
            if (lexical != null) {
                return lexical;
            }
            for (DataType type : DataType.values()) {
                if (type.xsdTypeName().equals(localName)) {
                    return type.modelName();
                }
            }
        }
        return localName.endsWith("Type") ? localName.substring(0, localName.length() - 4) : localName;
    }

    /** The key of a JSON Schema resource: a code-list file is keyed by its list, a definition by its name. */
    static String json(String path, String fragment, String rootKey, String rootPath) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        if (fragment == null || fragment.isEmpty() || "/".equals(fragment)) {
            if (file.startsWith("codelist-") && file.endsWith(".schema.json")) {
                return "codelist:" + file.substring("codelist-".length(), file.length() - ".schema.json".length());
            }
            return path.equals(rootPath) ? rootKey : "file:" + file;
        }
        if (fragment.startsWith("/$defs/")) {
            return fragment.substring("/$defs/".length()).replace("~1", "/").replace("~0", "~");
        }
        return "pointer:" + file + "#" + fragment;
    }

    /** The data type whose JSON object carries a qualifier under this name, mapped to its XML attribute. */
    static String xmlAttributeForJson(String jsonName) {
        for (DataType type : DataType.values()) {
            if (jsonName.equals(type.jsonAttribute())) {
                return type.xmlAttribute();
            }
        }
        return null;
    }
}
