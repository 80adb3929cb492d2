package org.tradecert.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The only place that creates JSON parsers for untrusted input. Duplicate member names are
 * rejected, because two parsers could otherwise read different values from one document;
 * nesting depth, number length and string length are bounded; comments, single quotes,
 * trailing commas, NaN and leading zeros stay forbidden (Jackson's strict defaults).
 */
public final class SafeJson {

    /** Deepest nesting of arrays and objects in a document. */
    public static final int MAX_DEPTH = 64;
    /** Longest number literal, in characters; the standard writes decimals as strings. */
    public static final int MAX_NUMBER_LENGTH = 40;
    /** Longest string, in characters. */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** Most tokens one document may have; with the byte cap it bounds the memory of one parsed tree. */
    public static final long MAX_TOKENS = 400_000;

    private static final ObjectMapper MAPPER = build(MAX_DEPTH);

    private SafeJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** A strict mapper with a smaller depth limit, for small structures such as envelopes. */
    public static ObjectMapper mapper(int maxDepth) {
        return build(maxDepth);
    }

    private static ObjectMapper build(int maxDepth) {
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(maxDepth)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNameLength(1024)
                        .maxTokenCount(MAX_TOKENS)
                        .build())
                .build();
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }
}
