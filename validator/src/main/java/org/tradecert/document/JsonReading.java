package org.tradecert.document;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.tradecert.json.SafeJson;

import java.io.IOException;

/** Parses a JSON document under the strict parser; a UTF-8 byte-order mark is accepted and skipped. */
public final class JsonReading {

    /** The parsed tree, or the reason it could not be parsed with its line and column. */
    public record Result(JsonNode tree, String error, int line, int column) {
        public boolean wellFormed() {
            return tree != null;
        }
    }

    private JsonReading() {
    }

    public static Result read(byte[] bytes) {
        int offset = hasUtf8Bom(bytes) ? 3 : 0;
        try {
            JsonNode tree = SafeJson.mapper().readTree(bytes, offset, bytes.length - offset);
            if (tree == null || tree.isMissingNode()) {
                return new Result(null, "the file holds no JSON value", 1, 1);
            }
            return new Result(tree, null, -1, -1);
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            return new Result(null, e.getOriginalMessage(),
                    location == null ? -1 : location.getLineNr(), location == null ? -1 : location.getColumnNr());
        } catch (IOException e) {
            return new Result(null, e.getMessage(), -1, -1);
        }
    }

    static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }
}
