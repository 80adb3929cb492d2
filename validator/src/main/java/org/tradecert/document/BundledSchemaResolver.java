package org.tradecert.document;

import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;

/**
 * Serves the imports of the bundled XML Schemas from the schemas jar and refuses every other
 * location, so compiling a schema can never read a file or open a connection elsewhere.
 * Public so that the CII D16B schema, bundled in another jar, is compiled under the same rule.
 */
public final class BundledSchemaResolver implements LSResourceResolver {

    private final String root;

    /** @param schemaRoot the classpath folder that every import must resolve into */
    public BundledSchemaResolver(URL schemaRoot) {
        this.root = schemaRoot.toString();
    }

    @Override
    public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String baseUri) {
        if (systemId == null) {
            throw new IllegalArgumentException("schema import of " + namespace + " has no schemaLocation");
        }
        String resolved = resolve(baseUri, systemId);
        if (!resolved.startsWith(root)) {
            throw new SecurityException("schema import " + systemId + " points outside the bundled schemas; refused");
        }
        try {
            byte[] content;
            try (InputStream in = new URL(resolved).openStream()) {
                content = in.readAllBytes();
            }
            return new Input(publicId, resolved, baseUri, content);
        } catch (IOException e) {
            throw new UncheckedIOException("bundled schema " + resolved + " cannot be read", e);
        }
    }

    private static String resolve(String base, String relative) {
        if (base == null) {
            return relative;
        }
        if (base.startsWith("jar:")) {
            int separator = base.indexOf("!/");
            String inner = base.substring(separator + 1);
            return base.substring(0, separator + 1) + URI.create(inner).resolve(relative).normalize();
        }
        try {
            return new URI(base).resolve(relative).normalize().toString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("schema location " + relative + " cannot be resolved against " + base, e);
        }
    }

    /** An in-memory schema document. */
    private record Input(String publicId, String systemId, String baseUri, byte[] content) implements LSInput {

        @Override
        public Reader getCharacterStream() {
            return null;
        }

        @Override
        public void setCharacterStream(Reader characterStream) {
        }

        @Override
        public InputStream getByteStream() {
            return new java.io.ByteArrayInputStream(content);
        }

        @Override
        public void setByteStream(InputStream byteStream) {
        }

        @Override
        public String getStringData() {
            return null;
        }

        @Override
        public void setStringData(String stringData) {
        }

        @Override
        public String getSystemId() {
            return systemId;
        }

        @Override
        public void setSystemId(String systemId) {
        }

        @Override
        public String getPublicId() {
            return publicId;
        }

        @Override
        public void setPublicId(String publicId) {
        }

        @Override
        public String getBaseURI() {
            return baseUri;
        }

        @Override
        public void setBaseURI(String baseURI) {
        }

        @Override
        public String getEncoding() {
            return null;
        }

        @Override
        public void setEncoding(String encoding) {
        }

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCertifiedText(boolean certifiedText) {
        }
    }
}
