package org.tradecert.schema.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * One JSON Schema file: its tree and the line on which each JSON Pointer starts, so findings
 * can point into the file. Duplicate keys are rejected, as in every JSON the project reads.
 */
public record JsonFile(String path, JsonNode tree, Map<String, Integer> lines) {

    private static final JsonFactory FACTORY = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    public static JsonFile parse(String path, byte[] content) throws IOException {
        JsonNode tree = MAPPER.readTree(content);
        return new JsonFile(path, tree, lines(content));
    }

    public int line(String pointer) {
        return lines.getOrDefault(pointer, 0);
    }

    /** Walks the tokens once and records the line of every value by its JSON Pointer. */
    private static Map<String, Integer> lines(byte[] content) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        Deque<Frame> open = new ArrayDeque<>();
        try (JsonParser parser = FACTORY.createParser(content)) {
            String field = null;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME) {
                    field = parser.currentName();
                    continue;
                }
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    open.pop();
                    continue;
                }
                String pointer = "";
                Frame parent = open.peek();
                if (parent != null) {
                    String segment = parent.array ? Integer.toString(parent.next++) : field.replace("~", "~0").replace("/", "~1");
                    pointer = parent.pointer + "/" + segment;
                }
                lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    open.push(new Frame(pointer, token == JsonToken.START_ARRAY));
                }
                field = null;
            }
        }
        return lines;
    }

    /** An open object or array while walking the tokens. */
    private static final class Frame {
        final String pointer;
        final boolean array;
        int next;

        Frame(String pointer, boolean array) {
            this.pointer = pointer;
            this.array = array;
        }
    }
}
