package org.tradecert.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import org.tradecert.json.SafeJson;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The JSON Canonicalization Scheme of RFC 8785: object members sorted by the UTF-16 code units of
 * their names, no whitespace, strings escaped as ECMAScript's {@code JSON.stringify} escapes them,
 * and numbers formatted as ECMAScript formats the IEEE-754 double value. The input must be
 * I-JSON (RFC 7493): no lone surrogates, no NaN or infinity, and integers within ±2^53, beyond
 * which doubles cannot hold every integer.
 */
public final class Jcs {

    /** Largest integer magnitude accepted: 2^53, the last point where every integer is a double. */
    static final BigInteger MAX_INTEGER = BigInteger.ONE.shiftLeft(53);

    private Jcs() {
    }

    /**
     * Returns the canonical UTF-8 form of a JSON value.
     *
     * @throws JcsException if the value has no canonical form. That is the case for an integer
     *     beyond ±2^53, a number that is NaN or becomes infinite as a double, a string with a
     *     lone surrogate, and a node that is not JSON (binary, POJO, missing).
     */
    public static byte[] canonicalize(JsonNode node) throws JcsException {
        StringBuilder out = new StringBuilder();
        write(node, "$", out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Returns whether {@code json} is the canonical form of the value it encodes. Parsing is
     * strict ({@link SafeJson}): duplicate member names and any other parse error give false.
     */
    public static boolean isCanonical(byte[] json) {
        if (json == null) {
            return false;
        }
        try {
            JsonNode node = SafeJson.mapper().readTree(json);
            if (node == null || node.isMissingNode()) {
                return false;
            }
            return Arrays.equals(canonicalize(node), json);
        } catch (IOException | JcsException e) {
            return false;
        }
    }

    private static void write(JsonNode node, String path, StringBuilder out) throws JcsException {
        if (node == null) {
            throw new JcsException("the value at " + path + " is a Java null, not a JSON value");
        }
        switch (node.getNodeType()) {
            case OBJECT -> writeObject(node, path, out);
            case ARRAY -> writeArray(node, path, out);
            case STRING -> writeString(node.textValue(), path, out);
            case NUMBER -> writeNumber(node, path, out);
            case BOOLEAN -> out.append(node.booleanValue());
            case NULL -> out.append("null");
            default -> throw new JcsException("the value at " + path + " is a " + node.getNodeType() + " node, which JSON cannot represent");
        }
    }

    private static void writeObject(JsonNode node, String path, StringBuilder out) throws JcsException {
        List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.properties());
        // String.compareTo compares UTF-16 code units, the order RFC 8785 §3.2.3 prescribes.
        members.sort(Map.Entry.comparingByKey());

        out.append('{');
        for (int i = 0; i < members.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Map.Entry<String, JsonNode> member = members.get(i);
            String memberPath = path + "." + member.getKey();
            writeString(member.getKey(), memberPath, out);
            out.append(':');
            write(member.getValue(), memberPath, out);
        }
        out.append('}');
    }

    private static void writeArray(JsonNode node, String path, StringBuilder out) throws JcsException {
        out.append('[');
        int index = 0;
        for (Iterator<JsonNode> elements = node.elements(); elements.hasNext(); index++) {
            if (index > 0) {
                out.append(',');
            }
            write(elements.next(), path + "[" + index + "]", out);
        }
        out.append(']');
    }

    private static void writeNumber(JsonNode node, String path, StringBuilder out) throws JcsException {
        if (node.isIntegralNumber()) {
            BigInteger value = node.bigIntegerValue();
            if (value.abs().compareTo(MAX_INTEGER) > 0) {
                throw new JcsException("the integer " + value + " at " + path
                        + " is beyond ±2^53, where doubles lose precision; write it as a string");
            }
            out.append(value);
            return;
        }

        double value = node.doubleValue();
        if (!Double.isFinite(value)) {
            throw new JcsException("the number " + node.asText() + " at " + path
                    + " is NaN or beyond the range of a double; JSON numbers must be finite doubles");
        }
        out.append(EcmaScriptNumber.format(value));
    }

    /** Writes a string with the escapes of RFC 8785 §3.2.2.2: only {@code "}, {@code \} and U+0000 to U+001F. */
    private static void writeString(String text, String path, StringBuilder out) throws JcsException {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        throw new JcsException(String.format("the string at %s contains the lone surrogate U+%04X at index %d;"
                                + " I-JSON requires valid Unicode", path, (int) c, i));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
