package org.tradecert.document;

import org.tradecert.schema.catalog.SchemaCatalog;
import org.tradecert.schema.catalog.SchemaRelease;
import org.tradecert.schema.generate.SchemaLayout;
import org.tradecert.xml.SafeXml;
import org.xml.sax.SAXException;

import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Compiles the bundled XML Schema of each release once and keeps it; compiled schemas are thread-safe. */
public final class XmlSchemas {

    private final SchemaCatalog catalog;
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    public XmlSchemas(SchemaCatalog catalog) {
        this.catalog = catalog;
    }

    public Schema schema(SchemaRelease release) {
        return compiled.computeIfAbsent(release.schemaId(), id -> compile(release.xsd()));
    }

    /** Compiles a bundled schema by its path relative to the schema root. */
    public Schema compile(String relativePath) {
        URL root = catalog.resource(SchemaLayout.CATALOG);
        String rootUrl = root.toString().substring(0, root.toString().length() - SchemaLayout.CATALOG.length());
        URL url = catalog.resource(relativePath);
        try (InputStream in = url.openStream()) {
            StreamSource source = new StreamSource(in, url.toString());
            return SafeXml.schemaFactory(new BundledSchemaResolver(new URL(rootUrl))).newSchema(source);
        } catch (IOException | SAXException e) {
            throw new IllegalStateException("the bundled XML Schema " + relativePath + " cannot be compiled: " + e.getMessage(), e);
        }
    }
}
