package org.tradecert.schema.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The released-version manifest: for every released module version, the SHA-256 digest of
 * each of its files. A released file never changes; the build compares every file with its
 * digest here.
 */
public final class ReleaseManifest {

    public static final String FORMAT = "tradecert-releases/1";

    /** One released module version and its files, by path relative to the schema root. */
    public record Release(String module, String version, Map<String, String> files) {
    }

    private final List<Release> releases;

    public ReleaseManifest(List<Release> releases) {
        List<Release> sorted = new ArrayList<>(releases);
        sorted.sort(Comparator.comparing(Release::module).thenComparing(r -> SemanticVersion.parse(r.version())));
        this.releases = List.copyOf(sorted);
    }

    public static ReleaseManifest empty() {
        return new ReleaseManifest(List.of());
    }

    public static ReleaseManifest parse(byte[] json) throws IOException {
        JsonNode tree = new ObjectMapper().readTree(json);
        if (!FORMAT.equals(tree.path("format").asText())) {
            throw new IOException("the release manifest is not of format " + FORMAT);
        }
        List<Release> releases = new ArrayList<>();
        for (JsonNode release : tree.path("releases")) {
            Map<String, String> files = new TreeMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = release.path("files").properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                files.put(field.getKey(), field.getValue().asText());
            }
            releases.add(new Release(release.path("module").asText(), release.path("version").asText(), files));
        }
        return new ReleaseManifest(releases);
    }

    public List<Release> releases() {
        return releases;
    }

    public Optional<Release> find(String module, String version) {
        return releases.stream().filter(r -> r.module().equals(module) && r.version().equals(version)).findFirst();
    }

    public ReleaseManifest with(Release release) {
        List<Release> next = new ArrayList<>(releases);
        next.removeIf(r -> r.module().equals(release.module()) && r.version().equals(release.version()));
        next.add(release);
        return new ReleaseManifest(next);
    }

    public byte[] toBytes() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", FORMAT);
        root.put("$comment", "Digests of every file of every released module version. Written by tradecert schema build; a released file never changes.");
        ArrayNode list = root.putArray("releases");
        for (Release release : releases) {
            ObjectNode node = list.addObject();
            node.put("module", release.module());
            node.put("version", release.version());
            ObjectNode files = node.putObject("files");
            release.files().forEach(files::put);
        }
        return JsonText.write(root).getBytes(StandardCharsets.UTF_8);
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
