package org.tradecert.document;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import org.tradecert.json.SafeJson;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;

/**
 * Parses a JSON document under the strict parser and tells which limit or rule a refused
 * document broke. After parsing, the tree is walked once for what the parser lets through:
 * numbers whose exponent is out of any sensible range and strings with unpaired surrogates.
 * A UTF-8 byte-order mark is accepted and skipped.
 */
public final class JsonReading {

    /** Largest decimal exponent a number may have; amounts and weights never come near it. */
    public static final int MAX_EXPONENT = 400;

    /** The parsed tree, or the problem that stopped parsing with its line and column. */
    public record Result(JsonNode tree, DocumentReader.ProblemKind kind, String error, int line, int column) {
        public boolean wellFormed() {
            return tree != null;
        }
    }

    private JsonReading() {
    }

    public static Result read(byte[] bytes) {
        int offset = hasUtf8Bom(bytes) ? 3 : 0;
        JsonNode tree;
        try {
            tree = SafeJson.mapper().readTree(bytes, offset, bytes.length - offset);
        } catch (StreamConstraintsException e) {
            return failure(constraintKind(e.getMessage()), e);
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage();
            DocumentReader.ProblemKind kind = message != null && message.startsWith("Duplicate field")
                    ? DocumentReader.ProblemKind.JSON_DUPLICATE_KEY : DocumentReader.ProblemKind.JSON_MALFORMED;
            return failure(kind, e);
        } catch (IOException e) {
            return new Result(null, DocumentReader.ProblemKind.JSON_MALFORMED, e.getMessage(), -1, -1);
        } catch (NumberFormatException e) {
            // BigDecimal cannot hold an exponent beyond the int range (1e99999999999); Jackson lets that through unwrapped.
            return new Result(null, DocumentReader.ProblemKind.JSON_NUMBER_RANGE, pointerOfWideExponent(bytes, offset), -1, -1);
        }
        if (tree == null || tree.isMissingNode()) {
            return new Result(null, DocumentReader.ProblemKind.JSON_MALFORMED, "the file holds no JSON value", 1, 1);
        }
        Result unsafe = screen(tree);
        return unsafe != null ? unsafe : new Result(tree, null, null, -1, -1);
    }

    private static Result failure(DocumentReader.ProblemKind kind, JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        return new Result(null, kind, e.getOriginalMessage(),
                location == null ? -1 : location.getLineNr(), location == null ? -1 : location.getColumnNr());
    }

    /** Jackson words its constraint failures in fixed English; the first words name the constraint. */
    private static DocumentReader.ProblemKind constraintKind(String message) {
        String text = message == null ? "" : message;
        if (text.startsWith("Document nesting depth") || text.contains("nesting depth")) {
            return DocumentReader.ProblemKind.JSON_DEPTH;
        }
        if (text.startsWith("Number value length") || text.contains("Number value length")) {
            return DocumentReader.ProblemKind.JSON_NUMBER_LENGTH;
        }
        if (text.contains("String value length") || text.contains("Name length")) {
            return DocumentReader.ProblemKind.JSON_STRING_LENGTH;
        }
        if (text.contains("Token count")) {
            return DocumentReader.ProblemKind.JSON_VALUES;
        }
        return DocumentReader.ProblemKind.JSON_MALFORMED;
    }

    /** Walks the tree without recursion; the parser has already bounded its depth and size. */
    private static Result screen(JsonNode root) {
        Deque<Map.Entry<String, JsonNode>> pending = new ArrayDeque<>();
        pending.push(Map.entry("", root));
        while (!pending.isEmpty()) {
            Map.Entry<String, JsonNode> entry = pending.pop();
            String pointer = entry.getKey();
            JsonNode node = entry.getValue();
            if (node.isObject()) {
                Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    if (unpairedSurrogate(field.getKey())) {
                        return new Result(null, DocumentReader.ProblemKind.JSON_UNICODE, pointer + "/" + field.getKey(), -1, -1);
                    }
                    pending.push(Map.entry(pointer + "/" + org.tradecert.binding.DocumentCodec.escape(field.getKey()), field.getValue()));
                }
            } else if (node.isArray()) {
                for (int i = node.size() - 1; i >= 0; i--) {
                    pending.push(Map.entry(pointer + "/" + i, node.get(i)));
                }
            } else if (node.isTextual()) {
                if (unpairedSurrogate(node.textValue())) {
                    return new Result(null, DocumentReader.ProblemKind.JSON_UNICODE, pointer, -1, -1);
                }
            } else if (node.isNumber() && node.isBigDecimal()) {
                BigDecimal value = node.decimalValue();
                long exponent = (long) value.precision() - value.scale() - 1;
                if (Math.abs(exponent) > MAX_EXPONENT) {
                    return new Result(null, DocumentReader.ProblemKind.JSON_NUMBER_RANGE, pointer, -1, -1);
                }
            }
        }
        return null;
    }

    /**
     * Finds the JSON Pointer of the first number whose exponent is beyond the int range, reading
     * tokens without converting any number. Returns the root pointer if none is found.
     */
    private static String pointerOfWideExponent(byte[] bytes, int offset) {
        try (JsonParser parser = SafeJson.mapper().getFactory().createParser(bytes, offset, bytes.length - offset)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_NUMBER_FLOAT) {
                    String text = parser.getText();
                    int exponent = Math.max(text.indexOf('e'), text.indexOf('E'));
                    try {
                        Integer.parseInt(exponent < 0 ? "0" : text.substring(exponent + 1));
                    } catch (NumberFormatException wide) {
                        return parser.getParsingContext().pathAsPointer().toString();
                    }
                }
            }
        } catch (IOException e) {
            return "";
        }
        return "";
    }

    static boolean unpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }
}
