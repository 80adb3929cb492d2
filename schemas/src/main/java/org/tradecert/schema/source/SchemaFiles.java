package org.tradecert.schema.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.AnnotationKeyword;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.KeywordFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.UnknownKeywordFactory;
import com.networknt.schema.resource.InputStreamSource;
import com.networknt.schema.resource.SchemaLoader;
import com.networknt.schema.resource.UriSchemaLoader;
import org.tradecert.schema.generate.SchemaLayout;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;

import javax.xml.transform.stream.StreamSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the complete XML Schema and JSON Schema sets of a release from a source: follows every
 * {@code xsd:import}/{@code xsd:include} and every {@code $ref}, accepts only locations inside
 * the source (relative paths, or {@code $id}s under the standard's base, which map to paths),
 * and compiles both sets so that a schema that does not load is an error, never an empty diff.
 */
final class SchemaFiles {

    static final String XSD_NS = "http://www.w3.org/2001/XMLSchema";
    /** The base under which the XML parser sees source files; it is never opened, the resolver serves every file. */
    private static final String VIRTUAL_BASE = "file:/tradecert-schema-source/";

    private SchemaFiles() {
    }

    static Map<String, XsdFile> xsd(SchemaSource source, String rootPath, String release) throws SchemaLoadException, IOException {
        Map<String, XsdFile> files = new LinkedHashMap<>();
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        Deque<String> pending = new ArrayDeque<>();
        pending.add(rootPath);
        while (!pending.isEmpty()) {
            String path = pending.poll();
            if (files.containsKey(path)) {
                continue;
            }
            byte[] content = source.read(path).orElseThrow(() -> new SchemaLoadException("load.missingFile", release, path, source.describe()));
            XsdFile file;
            try {
                file = new XsdFile(path, LocatedXml.parse(content, VIRTUAL_BASE + path));
            } catch (SAXException e) {
                throw new SchemaLoadException(e, "load.xsdNotWellFormed", release, path, e.getMessage());
            }
            files.put(path, file);
            bytes.put(path, content);
            NodeList children = file.document().getDocumentElement().getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                if (children.item(i) instanceof Element child && XSD_NS.equals(child.getNamespaceURI())
                        && ("import".equals(child.getLocalName()) || "include".equals(child.getLocalName()) || "redefine".equals(child.getLocalName()))) {
                    String location = child.getAttribute("schemaLocation");
                    if (location.isEmpty()) {
                        throw new SchemaLoadException("load.xsdImportWithoutLocation", release, path, child.getAttribute("namespace"));
                    }
                    pending.add(inside(release, path, location));
                }
            }
        }
        compileXsd(files.get(rootPath), bytes, release);
        return files;
    }

    private static String inside(String release, String path, String location) throws SchemaLoadException {
        try {
            return SchemaSource.resolve(path, location);
        } catch (IllegalArgumentException e) {
            throw new SchemaLoadException("load.outsideSource", release, path, location);
        }
    }

    private static void compileXsd(XsdFile root, Map<String, byte[]> bytes, String release) throws SchemaLoadException {
        var factory = LocatedXml.schemaFactory((type, namespace, publicId, systemId, baseUri) -> {
            String base = baseUri != null && baseUri.startsWith(VIRTUAL_BASE) ? baseUri.substring(VIRTUAL_BASE.length()) : "";
            String path;
            try {
                path = systemId.startsWith(VIRTUAL_BASE) ? systemId.substring(VIRTUAL_BASE.length()) : SchemaSource.resolve(base, systemId);
            } catch (IllegalArgumentException e) {
                throw new SecurityException("schema location " + systemId + " is outside the release; refused");
            }
            byte[] content = bytes.get(path);
            if (content == null) {
                throw new SecurityException("schema location " + systemId + " is not part of the release; refused");
            }
            return new Input(VIRTUAL_BASE + path, content);
        });
        try {
            factory.newSchema(new StreamSource(new ByteArrayInputStream(bytes.get(root.path())), VIRTUAL_BASE + root.path()));
        } catch (SAXException | RuntimeException e) {
            throw new SchemaLoadException(e, "load.xsdNotCompiled", release, root.path(), String.valueOf(e.getMessage()));
        }
    }

    static Map<String, JsonFile> json(SchemaSource source, String rootPath, String release) throws SchemaLoadException, IOException {
        Map<String, JsonFile> files = new LinkedHashMap<>();
        Deque<String> pending = new ArrayDeque<>();
        pending.add(rootPath);
        while (!pending.isEmpty()) {
            String path = pending.poll();
            if (files.containsKey(path)) {
                continue;
            }
            byte[] content = source.read(path).orElseThrow(() -> new SchemaLoadException("load.missingFile", release, path, source.describe()));
            JsonFile file;
            try {
                file = JsonFile.parse(path, content);
            } catch (IOException e) {
                throw new SchemaLoadException(e, "load.jsonNotParsed", release, path, e.getMessage());
            }
            String id = file.tree().path("$id").asText("");
            if (!id.equals(SchemaLayout.jsonId(path))) {
                throw new SchemaLoadException("load.jsonIdMismatch", release, path, id, SchemaLayout.jsonId(path));
            }
            files.put(path, file);
            collectReferences(release, path, file.tree(), pending);
        }
        compileJson(files, rootPath, release);
        return files;
    }

    private static void collectReferences(String release, String path, JsonNode node, Deque<String> pending) throws SchemaLoadException {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual()) {
                Optional<String> target = referencedPath(release, path, ref.asText());
                if (target.isPresent()) {
                    pending.add(target.get());
                }
            }
            Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
            while (fields.hasNext()) {
                collectReferences(release, path, fields.next().getValue(), pending);
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                collectReferences(release, path, item, pending);
            }
        }
    }

    /** The file a {@code $ref} points into, or empty for a reference inside the same file. */
    static Optional<String> referencedPath(String release, String path, String reference) throws SchemaLoadException {
        String document = reference.contains("#") ? reference.substring(0, reference.indexOf('#')) : reference;
        if (document.isEmpty()) {
            return Optional.empty();
        }
        if (document.startsWith(SchemaLayout.JSON_ID_BASE)) {
            return Optional.of(inside(release, "", document.substring(SchemaLayout.JSON_ID_BASE.length())));
        }
        if (document.contains(":")) {
            throw new SchemaLoadException("load.remoteReference", release, path, reference);
        }
        return Optional.of(inside(release, path, document));
    }

    private static void compileJson(Map<String, JsonFile> files, String rootPath, String release) throws SchemaLoadException {
        SchemaLoader fromRelease = iri -> {
            String text = iri.toString();
            if (!text.startsWith(SchemaLayout.JSON_ID_BASE)) {
                return null;
            }
            JsonFile file = files.get(text.substring(SchemaLayout.JSON_ID_BASE.length()));
            if (file == null) {
                return null;
            }
            return (InputStreamSource) () -> new ByteArrayInputStream(file.tree().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        };
        KeywordFactory annotations = (name, context) -> name.startsWith("x-")
                ? new AnnotationKeyword(name) : UnknownKeywordFactory.getInstance().getKeyword(name, context);
        JsonMetaSchema metaSchema = JsonMetaSchema.builder(JsonMetaSchema.getV202012()).unknownKeywordFactory(annotations).build();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder
                .metaSchema(metaSchema)
                .schemaLoaders(loaders -> loaders.values(list -> {
                    list.removeIf(loader -> loader instanceof UriSchemaLoader);
                    list.add(0, fromRelease);
                })));
        try {
            JsonSchema schema = factory.getSchema(SchemaLocation.of(SchemaLayout.jsonId(rootPath)), SchemaValidatorsConfig.builder().build());
            schema.initializeValidators();
        } catch (RuntimeException e) {
            throw new SchemaLoadException(e, "load.jsonNotCompiled", release, rootPath, String.valueOf(e.getMessage()));
        }
    }

    /** Children of an element that are XML Schema elements of one local name. */
    static java.util.List<Element> children(Node parent, String localName) {
        java.util.List<Element> found = new java.util.ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && XSD_NS.equals(element.getNamespaceURI())
                    && (localName == null || localName.equals(element.getLocalName()))) {
                found.add(element);
            }
        }
        return found;
    }

    /** An in-memory schema document handed to the schema compiler. */
    private record Input(String systemId, byte[] content) implements LSInput {

        @Override
        public Reader getCharacterStream() {
            return null;
        }

        @Override
        public void setCharacterStream(Reader characterStream) {
        }

        @Override
        public InputStream getByteStream() {
            return new ByteArrayInputStream(content);
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
            return null;
        }

        @Override
        public void setPublicId(String publicId) {
        }

        @Override
        public String getBaseURI() {
            return systemId;
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
