package org.tradecert.cii;

import org.tradecert.document.BundledSchemaResolver;
import org.tradecert.xml.SafeXml;
import org.xml.sax.SAXException;

import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;

/**
 * The official UN/CEFACT Cross Industry Invoice D16B XML Schema, as the ph-cii-d16b jar ships
 * it, compiled once on first use. Its imports are read from the same folder of the jar and
 * nowhere else. A compiled schema is thread-safe.
 */
final class CiiSchema {

    /** The root module of the schema inside the ph-cii-d16b jar. */
    static final String RESOURCE = "external/schemas/d16b/data/standard/CrossIndustryInvoice_100pD16B.xsd";

    private CiiSchema() {
    }

    static Schema get() {
        return Holder.SCHEMA;
    }

    /** Compiles on first access, so that a run without CII documents never pays for it. */
    private static final class Holder {
        private static final Schema SCHEMA = compile();
    }

    private static Schema compile() {
        URL url = CiiSchema.class.getClassLoader().getResource(RESOURCE);
        if (url == null) {
            throw new IllegalStateException("the CII D16B schema " + RESOURCE + " is not on the classpath; the ph-cii-d16b jar is missing");
        }
        String text = url.toString();
        try (InputStream in = url.openStream()) {
            URL folder = new URL(text.substring(0, text.lastIndexOf('/') + 1));
            return SafeXml.schemaFactory(new BundledSchemaResolver(folder)).newSchema(new StreamSource(in, text));
        } catch (MalformedURLException e) {
            throw new IllegalStateException("the folder of " + text + " is not a URL", e);
        } catch (IOException | SAXException e) {
            throw new IllegalStateException("the CII D16B schema " + RESOURCE + " cannot be compiled: " + e.getMessage(), e);
        }
    }
}
