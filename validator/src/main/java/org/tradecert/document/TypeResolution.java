package org.tradecert.document;

import com.fasterxml.jackson.databind.JsonNode;
import org.tradecert.schema.catalog.SchemaCatalog;
import org.tradecert.schema.catalog.SchemaRelease;
import org.w3c.dom.Element;

import java.util.Optional;

/**
 * Finds the schema release of a document: from {@code --type} when given (a type id, or
 * {@code type@version}), else from the XML root element's namespace, else from the JSON
 * document's {@code $schema}. An XML namespace names only the major version; the newest
 * release of that major is used, which by the versioning policy accepts all earlier minors.
 */
public final class TypeResolution {

    private final SchemaCatalog catalog;

    public TypeResolution(SchemaCatalog catalog) {
        this.catalog = catalog;
    }

    /** Resolves {@code type} or {@code type@version} as given on the command line. */
    public Optional<SchemaRelease> byName(String name) {
        int at = name.indexOf('@');
        Optional<SchemaRelease> release = at < 0 ? catalog.current(name) : catalog.find(name.substring(0, at), name.substring(at + 1));
        return release.filter(r -> !r.common());
    }

    public Optional<SchemaRelease> ofXml(Element root) {
        return ofXml(root.getNamespaceURI(), root.getLocalName());
    }

    /** The release a root element names by its namespace URI and local name; the prefix plays no part, so prefix games cannot change the type. */
    public Optional<SchemaRelease> ofXml(String namespace, String localName) {
        if (namespace == null || namespace.isEmpty()) {
            return Optional.empty();
        }
        return catalog.byNamespace(namespace).filter(release -> localName.equals(release.rootElement()));
    }

    public Optional<SchemaRelease> ofJson(JsonNode root) {
        JsonNode schema = root.get("$schema");
        if (schema == null || !schema.isTextual()) {
            return Optional.empty();
        }
        Optional<SchemaRelease> exact = catalog.byJsonId(schema.textValue());
        if (exact.isPresent()) {
            return exact;
        }
        return newestOfSameMajor(schema.textValue());
    }

    /** A $schema of a release this tool does not bundle, for example 1.3.0 when 1.2.0 is the newest: the newest of that major. */
    private Optional<SchemaRelease> newestOfSameMajor(String id) {
        for (SchemaRelease release : catalog.documentTypes()) {
            String prefix = release.jsonId().substring(0, release.jsonId().indexOf("/" + release.version() + "/") + 1);
            if (id.startsWith(prefix)) {
                String rest = id.substring(prefix.length());
                int dot = rest.indexOf('.');
                if (dot > 0) {
                    try {
                        int major = Integer.parseInt(rest.substring(0, dot));
                        return catalog.newestInMajor(release.id(), major);
                    } catch (NumberFormatException e) {
                        return Optional.empty();
                    }
                }
            }
        }
        return Optional.empty();
    }
}
