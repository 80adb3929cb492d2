package org.tradecert.codelist;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.tradecert.schema.model.Bilingual;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Reads and writes code-list packs as JSON ({@code *.pack.json}, or gzip-compressed
 * {@code *.pack.json.gz} for imported distributions). Streams the codes, so a pack with a
 * hundred thousand UN/LOCODEs never needs a tree of its own in memory.
 */
public final class PackFiles {

    public static final String FORMAT = "tradecert-codelist-pack/1";
    public static final String SUFFIX = ".pack.json";
    public static final String GZIP_SUFFIX = ".pack.json.gz";

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private PackFiles() {
    }

    public static CodeListPack read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString().endsWith(".gz"), file.toString());
        }
    }

    public static CodeListPack read(InputStream raw, boolean gzip, String label) throws IOException {
        InputStream in = gzip ? new GZIPInputStream(new BufferedInputStream(raw)) : new BufferedInputStream(raw);
        try (JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException(label + ": a code-list pack must be a JSON object");
            }
            Map<String, String> header = new LinkedHashMap<>();
            Bilingual name = Bilingual.EMPTY;
            List<CodeEntry> codes = new ArrayList<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "name" -> name = bilingual(parser);
                    case "codes" -> readCodes(parser, codes, label);
                    default -> {
                        if (parser.currentToken().isStructStart()) {
                            parser.skipChildren();
                        } else {
                            header.put(field, parser.getValueAsString());
                        }
                    }
                }
            }
            if (!FORMAT.equals(header.get("format"))) {
                throw new IOException(label + ": not a code-list pack of format " + FORMAT);
            }
            CodeListPack pack = new CodeListPack(header.get("id"), header.get("list"), name, header.get("version"),
                    header.get("source"), Boolean.parseBoolean(header.get("complete")), codes);
            String recorded = header.get("digest");
            if (recorded != null && !recorded.equals(pack.digest())) {
                throw new IOException(label + ": the codes no longer match the digest recorded when the pack was written;"
                        + " import the official distribution again instead of editing the pack");
            }
            return pack;
        }
    }

    private static Bilingual bilingual(JsonParser parser) throws IOException {
        String en = null;
        String zh = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            if ("en".equals(field)) {
                en = parser.getValueAsString();
            } else if ("zh".equals(field)) {
                zh = parser.getValueAsString();
            }
        }
        return new Bilingual(en, zh);
    }

    private static void readCodes(JsonParser parser, List<CodeEntry> codes, String label) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new IOException(label + ": codes must be an array");
        }
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            String code = null;
            String name = null;
            Map<String, String> attributes = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                String value = parser.getValueAsString();
                switch (field) {
                    case "code" -> code = value;
                    case "name" -> name = value;
                    default -> attributes.put(field, value);
                }
            }
            if (code == null) {
                throw new IOException(label + ": a code entry has no code");
            }
            codes.add(new CodeEntry(code, name, Map.copyOf(attributes)));
        }
    }

    /** Writes a pack; the file is written beside its target and moved into place, so a reader never sees half a pack. */
    public static void write(CodeListPack pack, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".pack", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                write(pack, out, file.getFileName().toString().endsWith(".gz"));
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    public static void write(CodeListPack pack, OutputStream raw, boolean gzip) throws IOException {
        OutputStream out = gzip ? new GZIPOutputStream(new BufferedOutputStream(raw)) : new BufferedOutputStream(raw);
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeStringField("id", pack.id());
            json.writeStringField("list", pack.list());
            json.writeObjectFieldStart("name");
            json.writeStringField("en", pack.name().en());
            json.writeStringField("zh", pack.name().zh());
            json.writeEndObject();
            json.writeStringField("version", pack.version());
            json.writeStringField("source", pack.source());
            json.writeBooleanField("complete", pack.complete());
            json.writeStringField("digest", pack.digest());
            json.writeArrayFieldStart("codes");
            for (CodeEntry entry : pack.codes().values()) {
                json.writeRaw('\n');
                json.writeStartObject();
                json.writeStringField("code", entry.code());
                if (entry.name() != null) {
                    json.writeStringField("name", entry.name());
                }
                for (Map.Entry<String, String> attribute : new java.util.TreeMap<>(entry.attributes()).entrySet()) {
                    json.writeStringField(attribute.getKey(), attribute.getValue());
                }
                json.writeEndObject();
            }
            json.writeRaw('\n');
            json.writeEndArray();
            json.writeEndObject();
        }
    }
}
