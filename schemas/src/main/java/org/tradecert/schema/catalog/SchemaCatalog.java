package org.tradecert.schema.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.tradecert.schema.generate.SchemaLayout;
import org.tradecert.schema.model.Bilingual;
import org.tradecert.schema.model.DocumentModel;
import org.tradecert.schema.model.ModelException;
import org.tradecert.schema.model.ModelLoader;
import org.tradecert.schema.model.ModelModule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The schema releases bundled in the schemas jar, read from its catalog. Finds the release a
 * document belongs to by type and version, by XML namespace or by JSON {@code $id}, and loads
 * the model a release was built from.
 */
public final class SchemaCatalog {

    private static final SchemaCatalog BUNDLED = load();

    private final List<SchemaRelease> releases;
    private final Map<String, DocumentModel> models = new ConcurrentHashMap<>();
    private final ModelLoader loader = new ModelLoader();

    private SchemaCatalog(List<SchemaRelease> releases) {
        this.releases = List.copyOf(releases);
    }

    /** The catalog of the schemas jar on the classpath. */
    public static SchemaCatalog bundled() {
        return BUNDLED;
    }

    public List<SchemaRelease> releases() {
        return releases;
    }

    /** The document types (common excluded), current version of each first by id. */
    public List<SchemaRelease> documentTypes() {
        return releases.stream().filter(r -> !r.common()).toList();
    }

    public Optional<SchemaRelease> find(String id, String version) {
        return releases.stream().filter(r -> r.id().equals(id) && r.version().equals(version)).findFirst();
    }

    /** The current release of a document type, the one new documents are written against. */
    public Optional<SchemaRelease> current(String id) {
        return releases.stream().filter(r -> r.id().equals(id) && r.current()).findFirst();
    }

    /**
     * The newest release in the namespace's major version: by the versioning policy it accepts
     * every document of the earlier minor versions of that major.
     */
    public Optional<SchemaRelease> byNamespace(String namespace) {
        return releases.stream()
                .filter(r -> !r.common() && r.xmlNamespace().equals(namespace))
                .max(Comparator.comparing(SchemaRelease::semanticVersion));
    }

    public Optional<SchemaRelease> byJsonId(String jsonId) {
        return releases.stream().filter(r -> r.jsonId().equals(jsonId)).findFirst();
    }

    /** The newest release of a type within one major version. */
    public Optional<SchemaRelease> newestInMajor(String id, int major) {
        return releases.stream()
                .filter(r -> r.id().equals(id) && r.major() == major)
                .max(Comparator.comparing(SchemaRelease::semanticVersion));
    }

    public URL resource(String relativePath) {
        URL url = SchemaCatalog.class.getClassLoader().getResource(SchemaLayout.RESOURCE_ROOT + relativePath);
        if (url == null) {
            throw new IllegalStateException("schema resource " + relativePath + " is missing from the schemas jar");
        }
        return url;
    }

    /** The model a document type release was built from, resolved against its common components. */
    public DocumentModel model(SchemaRelease release) {
        return models.computeIfAbsent(release.schemaId(), key -> {
            SchemaRelease common = find(ModelModule.COMMON, release.commonVersion()).orElseThrow(() ->
                    new IllegalStateException(release.schemaId() + " uses common " + release.commonVersion() + ", which is not bundled"));
            return new DocumentModel(module(release), module(common));
        });
    }

    private ModelModule module(SchemaRelease release) {
        String path = SchemaLayout.modelSnapshot(release.id(), release.version());
        try (InputStream in = resource(path).openStream()) {
            return loader.load(path, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ModelException e) {
            throw new IllegalStateException("the bundled model " + path + " is invalid: " + e.getMessage(), e);
        }
    }

    private static SchemaCatalog load() {
        String path = SchemaLayout.RESOURCE_ROOT + SchemaLayout.CATALOG;
        try (InputStream in = SchemaCatalog.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the schema catalog " + path + " is missing from the classpath");
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SchemaCatalog parse(JsonNode tree) {
        List<SchemaRelease> releases = new ArrayList<>();
        for (JsonNode node : tree.path("modules")) {
            List<String> codes = new ArrayList<>();
            node.path("documentTypeCodes").forEach(c -> codes.add(c.asText()));
            List<String> roles = new ArrayList<>();
            node.path("issuerRoles").forEach(r -> roles.add(r.asText()));
            releases.add(new SchemaRelease(
                    node.path("id").asText(),
                    node.path("version").asText(),
                    node.path("status").asText(),
                    node.path("current").asBoolean(),
                    node.hasNonNull("common") ? node.path("common").asText() : null,
                    new Bilingual(node.path("title").path("en").asText(null), node.path("title").path("zh").asText(null)),
                    node.path("xmlNamespace").asText(),
                    node.hasNonNull("rootElement") ? node.path("rootElement").asText() : null,
                    node.path("jsonId").asText(),
                    node.path("xsd").asText(),
                    node.path("json").asText(),
                    List.copyOf(codes),
                    List.copyOf(roles)));
        }
        return new SchemaCatalog(releases);
    }
}
