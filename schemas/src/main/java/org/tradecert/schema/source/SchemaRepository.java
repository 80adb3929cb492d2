package org.tradecert.schema.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.tradecert.schema.generate.SchemaLayout;
import org.tradecert.schema.generate.SemanticVersion;
import org.tradecert.schema.model.DocumentModel;
import org.tradecert.schema.model.ModelException;
import org.tradecert.schema.model.ModelLoader;
import org.tradecert.schema.model.ModelModule;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The module versions of one schema tree and the loading of each: from the tree's
 * {@code catalog.json} when it has one, otherwise from the {@code <module>/<version>/model.yaml}
 * folders it contains.
 */
public final class SchemaRepository {

    private static final Pattern SNAPSHOT = Pattern.compile("([a-z][a-z0-9-]*)/([0-9]+\\.[0-9]+\\.[0-9]+)/model\\.yaml");

    private final SchemaSource source;
    private final List<ReleaseEntry> entries;
    private final ModelLoader loader = new ModelLoader();
    private final Map<String, LoadedRelease> loaded = new HashMap<>();

    private SchemaRepository(SchemaSource source, List<ReleaseEntry> entries) {
        this.source = source;
        List<ReleaseEntry> sorted = new ArrayList<>(entries);
        Collections.sort(sorted);
        this.entries = List.copyOf(sorted);
    }

    public static SchemaRepository of(SchemaSource source) throws IOException, SchemaLoadException {
        Optional<byte[]> catalog = source.read(SchemaLayout.CATALOG);
        if (catalog.isPresent()) {
            return new SchemaRepository(source, fromCatalog(source, catalog.get()));
        }
        List<ReleaseEntry> found = new ArrayList<>();
        Map<String, SemanticVersion> newest = new HashMap<>();
        List<String[]> snapshots = new ArrayList<>();
        for (String path : source.list()) {
            Matcher matcher = SNAPSHOT.matcher(path);
            if (matcher.matches()) {
                snapshots.add(new String[]{matcher.group(1), matcher.group(2)});
                newest.merge(matcher.group(1), SemanticVersion.parse(matcher.group(2)), (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }
        }
        if (snapshots.isEmpty()) {
            throw new SchemaLoadException("load.noReleases", source.describe());
        }
        for (String[] snapshot : snapshots) {
            String status = statusOf(source, snapshot[0], snapshot[1]);
            boolean current = newest.get(snapshot[0]).toString().equals(snapshot[1]);
            found.add(new ReleaseEntry(snapshot[0], snapshot[1], status, current));
        }
        return new SchemaRepository(source, found);
    }

    private static List<ReleaseEntry> fromCatalog(SchemaSource source, byte[] catalog) throws SchemaLoadException {
        try {
            JsonNode tree = new ObjectMapper().readTree(catalog);
            List<ReleaseEntry> entries = new ArrayList<>();
            for (JsonNode module : tree.path("modules")) {
                entries.add(new ReleaseEntry(module.path("id").asText(), module.path("version").asText(),
                        module.path("status").asText(), module.path("current").asBoolean()));
            }
            return entries;
        } catch (IOException e) {
            throw new SchemaLoadException(e, "load.catalog", source.describe(), e.getMessage());
        }
    }

    private static String statusOf(SchemaSource source, String module, String version) throws IOException {
        byte[] model = source.read(SchemaLayout.modelSnapshot(module, version)).orElseThrow();
        String text = new String(model, java.nio.charset.StandardCharsets.UTF_8);
        return text.contains("\nstatus: released") ? "released" : "draft";
    }

    public SchemaSource source() {
        return source;
    }

    public List<ReleaseEntry> entries() {
        return entries;
    }

    /** The document types' entries, common excluded. */
    public List<ReleaseEntry> documentTypes() {
        return entries.stream().filter(e -> !e.common()).toList();
    }

    public Optional<ReleaseEntry> find(String module, String version) {
        return entries.stream().filter(e -> e.module().equals(module) && e.version().equals(version)).findFirst();
    }

    /** The current version of each document type (the newest when the tree does not say). */
    public List<ReleaseEntry> currentDocumentTypes() {
        Map<String, ReleaseEntry> byModule = new LinkedHashMap<>();
        for (ReleaseEntry entry : documentTypes()) {
            ReleaseEntry known = byModule.get(entry.module());
            if (entry.current() || known == null || (!known.current() && entry.semanticVersion().compareTo(known.semanticVersion()) > 0)) {
                byModule.put(entry.module(), entry);
            }
        }
        return new ArrayList<>(byModule.values());
    }

    /** Every version of a module, oldest first. */
    public List<ReleaseEntry> versions(String module) {
        return entries.stream().filter(e -> e.module().equals(module))
                .sorted(Comparator.comparing(ReleaseEntry::semanticVersion)).toList();
    }

    /** Loads one module version: model, common components, and both schema sets, which must compile. */
    public LoadedRelease load(String module, String version) throws SchemaLoadException, IOException {
        String key = module + "@" + version;
        LoadedRelease cached = loaded.get(key);
        if (cached != null) {
            return cached;
        }
        ModelModule type = model(module, version);
        ModelModule common = type.common() ? type : model(ModelModule.COMMON, type.commonVersion());
        DocumentModel document = type.common() ? null : new DocumentModel(type, common);
        LoadedRelease release = new LoadedRelease(source, type, common, document,
                SchemaFiles.xsd(source, SchemaLayout.rootXsd(type), key),
                SchemaFiles.json(source, SchemaLayout.rootJson(type), key));
        loaded.put(key, release);
        return release;
    }

    private ModelModule model(String module, String version) throws SchemaLoadException, IOException {
        String path = SchemaLayout.modelSnapshot(module, version);
        byte[] content = source.read(path).orElseThrow(() -> new SchemaLoadException("load.noModel", module + "@" + version, path, source.describe()));
        try {
            return loader.load(path, content);
        } catch (ModelException e) {
            throw new SchemaLoadException(e, "load.invalidModel", module + "@" + version, String.join("; ", e.problems()));
        }
    }
}
