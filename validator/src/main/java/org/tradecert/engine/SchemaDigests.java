package org.tradecert.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.tradecert.api.Provenance;
import org.tradecert.crypto.DigestAlgorithm;
import org.tradecert.schema.catalog.SchemaCatalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The digest of each bundled schema release, for the provenance of a report: SHA-256 over the
 * sorted lines {@code path digest} of the release's files as the release manifest records them.
 */
final class SchemaDigests {

    private SchemaDigests() {
    }

    static List<Provenance.Component> of(SchemaCatalog catalog) {
        URL manifest = catalog.resource("releases.json");
        JsonNode root;
        try (InputStream in = manifest.openStream()) {
            root = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled release manifest cannot be read", e);
        }
        List<Provenance.Component> components = new ArrayList<>();
        for (JsonNode release : root.path("releases")) {
            Map<String, String> files = new TreeMap<>();
            Iterator<Map.Entry<String, JsonNode>> entries = release.path("files").fields();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> entry = entries.next();
                files.put(entry.getKey(), entry.getValue().asText());
            }
            StringBuilder content = new StringBuilder();
            files.forEach((path, digest) -> content.append(path).append(' ').append(digest).append('\n'));
            components.add(new Provenance.Component(release.path("module").asText(), release.path("version").asText(),
                    "sha-256:" + DigestAlgorithm.SHA256.hex(content.toString().getBytes(StandardCharsets.UTF_8))));
        }
        components.sort(java.util.Comparator.comparing(Provenance.Component::name).thenComparing(Provenance.Component::version));
        return components;
    }
}
