package org.tradecert.codelist;

import org.tradecert.schema.model.Bilingual;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A versioned set of codes for one code list, with a digest over its content so a report can
 * name exactly the codes it checked against. A pack that is not {@code complete} holds only a
 * selection (for example the ports of the demo shipments); a code missing from it is reported
 * as unknown to the pack, not as wrong.
 *
 * @param list the id of the code list in the model that the pack serves, e.g. {@code UNLOCODE}
 */
public final class CodeListPack {

    private final String id;
    private final String list;
    private final Bilingual name;
    private final String version;
    private final String source;
    private final boolean complete;
    private final Map<String, CodeEntry> codes;
    private final String digest;

    public CodeListPack(String id, String list, Bilingual name, String version, String source, boolean complete,
                        Collection<CodeEntry> entries) {
        this.id = id;
        this.list = list;
        this.name = name;
        this.version = version;
        this.source = source;
        this.complete = complete;
        Map<String, CodeEntry> sorted = new TreeMap<>();
        for (CodeEntry entry : entries) {
            sorted.put(entry.code(), entry);
        }
        this.codes = java.util.Collections.unmodifiableMap(sorted);
        this.digest = computeDigest();
    }

    public String id() {
        return id;
    }

    public String list() {
        return list;
    }

    public Bilingual name() {
        return name;
    }

    public String version() {
        return version;
    }

    public String source() {
        return source;
    }

    public boolean complete() {
        return complete;
    }

    /** The SHA-256 digest, in hex, over the pack's identity and every code with its name and attributes. */
    public String digest() {
        return digest;
    }

    public Map<String, CodeEntry> codes() {
        return codes;
    }

    public Optional<CodeEntry> find(String code) {
        return Optional.ofNullable(codes.get(code));
    }

    public boolean contains(String code) {
        return codes.containsKey(code);
    }

    public int size() {
        return codes.size();
    }

    /** {@code id@version}, the name under which reports list the pack. */
    public String coordinates() {
        return id + "@" + version;
    }

    private String computeDigest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            line(sha, "tradecert-codelist-pack/1", id, list, version, Boolean.toString(complete));
            for (CodeEntry entry : codes.values()) {
                StringBuilder attributes = new StringBuilder();
                new TreeMap<>(entry.attributes()).forEach((key, value) -> attributes.append(key).append('=').append(value).append(';'));
                line(sha, entry.code(), entry.name() == null ? "" : entry.name(), attributes.toString());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    /** Feeds tab-separated fields and a newline, escaping backslash, tab and newline inside fields so lines stay unambiguous. */
    private static void line(MessageDigest sha, String... fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            line.append(fields[i].replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n"));
        }
        line.append('\n');
        sha.update(line.toString().getBytes(StandardCharsets.UTF_8));
    }
}
