package org.tradecert.schema.generate;

import org.tradecert.schema.model.CodeList;
import org.tradecert.schema.model.ModelModule;

/**
 * Where the generated files of a module version live, relative to the schema root
 * ({@code org/tradecert/schemas/} in the schemas jar), and the identifiers derived from them.
 * A JSON Schema {@code $id} is the public base followed by the same relative path, so the
 * validator maps every {@code $id} to a bundled resource and never fetches one.
 */
public final class SchemaLayout {

    public static final String JSON_ID_BASE = "https://schemas.tradecert.org/";
    public static final String RESOURCE_ROOT = "org/tradecert/schemas/";
    public static final String RELEASE_MANIFEST = "releases.json";
    public static final String CATALOG = "catalog.json";
    public static final String BINDINGS = "bindings.xjb";

    public static final String UDT_NAMESPACE = "urn:tradecert:schema:udt:";
    public static final String QDT_NAMESPACE = "urn:tradecert:schema:qdt:";

    public static final String UDT_FILE = "unqualified-data-types.xsd";
    public static final String QDT_FILE = "qualified-data-types.xsd";
    public static final String COMMON_AGGREGATES_FILE = "common-aggregates.xsd";
    public static final String COMMON_JSON_FILE = "common.schema.json";

    private SchemaLayout() {
    }

    public static String directory(String module, String version) {
        return module + "/" + version + "/";
    }

    public static String modelSnapshot(String module, String version) {
        return directory(module, version) + "model.yaml";
    }

    public static String xsd(String module, String version, String file) {
        return directory(module, version) + "xsd/" + file;
    }

    public static String json(String module, String version, String file) {
        return directory(module, version) + "json/" + file;
    }

    /** The XML Schema that defines the root element of a document type, or the common aggregates. */
    public static String rootXsd(ModelModule module) {
        return xsd(module.id(), module.version(), module.common() ? COMMON_AGGREGATES_FILE : module.id() + ".xsd");
    }

    public static String rootJson(ModelModule module) {
        return json(module.id(), module.version(), module.common() ? COMMON_JSON_FILE : module.id() + ".schema.json");
    }

    public static String codeListXsd(String commonVersion, CodeList list) {
        return xsd(ModelModule.COMMON, commonVersion, "codelist-" + list.id() + ".xsd");
    }

    public static String codeListJson(String commonVersion, CodeList list) {
        return json(ModelModule.COMMON, commonVersion, "codelist-" + list.id() + ".schema.json");
    }

    public static String jsonId(String relativePath) {
        return JSON_ID_BASE + relativePath;
    }

    /** The Java package of a module's JAXB classes, e.g. {@code org.tradecert.model.commercialinvoice.v1}. */
    public static String javaPackage(String module, int major) {
        return "org.tradecert.model." + module.replace("-", "") + ".v" + major;
    }
}
