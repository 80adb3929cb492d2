package org.tradecert.schema.diff;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.tradecert.schema.source.SchemaLoadException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Changes the committee accepted on purpose, each with a reason and optionally an expiry date,
 * read from a YAML or JSON file of format {@value #FORMAT}. An allowed finding is still
 * reported but no longer fails the gate or raises the required version. A malformed file is a
 * configuration error: it never silently changes the verdict.
 */
public final class AllowList {

    public static final String FORMAT = "tradecert-diff-allowlist/1";

    /**
     * One accepted change: its kind and model path, optionally narrowed to a document type and
     * pinned to a finding's fingerprint.
     */
    public record Entry(int index, ChangeKind kind, String path, String type, String fingerprint, String reason,
                        String approvedBy, LocalDate expires) {

        boolean matches(String module, DiffFinding finding) {
            return kind == finding.kind() && path.equals(finding.path())
                    && (type == null || type.equals(module))
                    && (fingerprint == null || fingerprint.equals(finding.fingerprint()));
        }

        public boolean expired(LocalDate today) {
            return expires != null && expires.isBefore(today);
        }
    }

    private final List<Entry> entries;

    private AllowList(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static AllowList empty() {
        return new AllowList(List.of());
    }

    public List<Entry> entries() {
        return entries;
    }

    public static AllowList read(Path file) throws IOException, SchemaLoadException {
        ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
        JsonNode tree;
        try {
            tree = yaml.readTree(Files.readAllBytes(file));
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new SchemaLoadException(e, "allowlist.unreadable", file, e.getOriginalMessage());
        }
        if (tree == null || !FORMAT.equals(tree.path("format").asText())) {
            throw new SchemaLoadException("allowlist.format", file, FORMAT);
        }
        List<Entry> entries = new ArrayList<>();
        int index = 0;
        for (JsonNode node : tree.path("entries")) {
            index++;
            Optional<ChangeKind> kind = ChangeKind.byCode(node.path("kind").asText());
            if (kind.isEmpty()) {
                throw new SchemaLoadException("allowlist.kind", file, index, node.path("kind").asText());
            }
            String path = text(node, "path");
            if (path == null) {
                throw new SchemaLoadException("allowlist.path", file, index);
            }
            String reason = text(node, "reason");
            if (reason == null || reason.isBlank()) {
                throw new SchemaLoadException("allowlist.reason", file, index);
            }
            LocalDate expires = null;
            if (text(node, "expires") != null && !text(node, "expires").isBlank()) {
                try {
                    expires = LocalDate.parse(text(node, "expires"));
                } catch (DateTimeParseException e) {
                    throw new SchemaLoadException("allowlist.expires", file, index, text(node, "expires"));
                }
            }
            entries.add(new Entry(index, kind.get(), path, text(node, "type"), text(node, "fingerprint"), reason,
                    text(node, "approvedBy"), expires));
        }
        return new AllowList(entries);
    }

    /** Finds the entry that allows a finding today, if any. Expired entries allow nothing. */
    public Optional<Entry> allowing(String module, DiffFinding finding, LocalDate today) {
        return entries.stream().filter(e -> !e.expired(today) && e.matches(module, finding)).findFirst();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
