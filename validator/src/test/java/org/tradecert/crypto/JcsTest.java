package org.tradecert.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradecert.json.SafeJson;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JcsTest {

    /** RFC 8785 §3.2.2: numbers, string escapes and literals. */
    private static final String RFC_VALUES_INPUT = "{\n"
            + "  \"numbers\": [333333333.33333329, 1E30, 4.50,\n"
            + "              2e-3, 0.000000000000000000000000001],\n"
            + "  \"string\": \"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\",\n"
            + "  \"literals\": [null, true, false]\n"
            + "}";

    /** RFC 8785 §3.2.4: the UTF-8 bytes of the canonical form of {@link #RFC_VALUES_INPUT}. */
    private static final String RFC_VALUES_OUTPUT_HEX = "7b226c69746572616c73223a5b6e756c6c2c747275652c66616c73655d2c"
            + "226e756d62657273223a5b3333333333333333332e333333333333332c31652b33302c342e352c302e3030322c31652d32375d2c"
            + "22737472696e67223a22e282ac245c75303030665c6e4127425c225c5c5c5c5c222f227d";

    /** RFC 8785 §3.2.3: member names that sort differently by UTF-16 code unit and by code point. */
    private static final String RFC_SORTING_INPUT = "{\n"
            + "  \"\\u20ac\": \"Euro Sign\",\n"
            + "  \"\\r\": \"Carriage Return\",\n"
            + "  \"\\ufb33\": \"Hebrew Letter Dalet With Dagesh\",\n"
            + "  \"1\": \"One\",\n"
            + "  \"\\ud83d\\ude00\": \"Emoji: Grinning Face\",\n"
            + "  \"\\u0080\": \"Control\",\n"
            + "  \"\\u00f6\": \"Latin Small Letter O With Diaeresis\"\n"
            + "}";

    @Test
    void rfcValuesExampleGivesRfcBytes() throws Exception {
        byte[] canonical = Jcs.canonicalize(SafeJson.mapper().readTree(RFC_VALUES_INPUT));

        assertThat(Hex.toHexString(canonical)).isEqualTo(RFC_VALUES_OUTPUT_HEX);
        assertThat(new String(canonical, StandardCharsets.UTF_8)).isEqualTo(
                "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                        + "\"string\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
    }

    @Test
    void rfcValuesExampleIndependentOfNumberParsing() throws Exception {
        // A default ObjectMapper reads the numbers as doubles instead of BigDecimal.
        byte[] canonical = Jcs.canonicalize(new ObjectMapper().readTree(RFC_VALUES_INPUT));

        assertThat(Hex.toHexString(canonical)).isEqualTo(RFC_VALUES_OUTPUT_HEX);
    }

    @Test
    void rfcSortingExampleOrdersByUtf16CodeUnits() throws Exception {
        byte[] canonical = Jcs.canonicalize(SafeJson.mapper().readTree(RFC_SORTING_INPUT));

        List<String> values = new ArrayList<>();
        SafeJson.mapper().readTree(canonical).properties().forEach(member -> values.add(member.getValue().textValue()));
        assertThat(values).containsExactly("Carriage Return", "One", "Control", "Latin Small Letter O With Diaeresis",
                "Euro Sign", "Emoji: Grinning Face", "Hebrew Letter Dalet With Dagesh");
        assertThat(new String(canonical, StandardCharsets.UTF_8)).isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\","
                + "\"\u0080\":\"Control\",\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
                + "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
    }

    /** RFC 8785 Appendix B: IEEE-754 bit patterns and their ECMAScript form. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "0000000000000000, 0",
            "8000000000000000, 0",
            "0000000000000001, 5e-324",
            "8000000000000001, -5e-324",
            "7fefffffffffffff, 1.7976931348623157e+308",
            "ffefffffffffffff, -1.7976931348623157e+308",
            "4340000000000000, 9007199254740992",
            "c340000000000000, -9007199254740992",
            "4430000000000000, 295147905179352830000",
            "44b52d02c7e14af5, 9.999999999999997e+22",
            "44b52d02c7e14af6, 1e+23",
            "44b52d02c7e14af7, 1.0000000000000001e+23",
            "444b1ae4d6e2ef4e, 999999999999999700000",
            "444b1ae4d6e2ef4f, 999999999999999900000",
            "444b1ae4d6e2ef50, 1e+21",
            "3eb0c6f7a0b5ed8c, 9.999999999999997e-7",
            "3eb0c6f7a0b5ed8d, 0.000001",
            "41b3de4355555553, 333333333.3333332",
            "41b3de4355555554, 333333333.33333325",
            "41b3de4355555555, 333333333.3333333",
            "41b3de4355555556, 333333333.3333334",
            "41b3de4355555557, 333333333.33333343",
            "becbf647612f3696, -0.0000033333333333333333",
            "43143ff3c1cb0959, 1424953923781206.2",
    })
    void appendixBNumberFormatted(String bits, String expected) throws Exception {
        double value = Double.longBitsToDouble(Long.parseUnsignedLong(bits, 16));

        assertThat(canonical(DoubleNode.valueOf(value))).isEqualTo(expected);
    }

    /** RFC 8785 Appendix B lists NaN and Infinity as errors. */
    @ParameterizedTest
    @ValueSource(strings = {"7fffffffffffffff", "7ff0000000000000", "fff0000000000000"})
    void appendixBNonFiniteNumberRejected(String bits) {
        double value = Double.longBitsToDouble(Long.parseUnsignedLong(bits, 16));

        assertThatThrownBy(() -> Jcs.canonicalize(DoubleNode.valueOf(value))).isInstanceOf(JcsException.class);
    }

    @Test
    void numberUsesShortestDigits() throws Exception {
        // Java 17 prints 4.6566128730773926E-10; sixteen digits already identify the double.
        assertThat(canonical(DoubleNode.valueOf(4.6566128730773926E-10))).isEqualTo("4.656612873077393e-10");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "1.0, 1",
            "-1.5, -1.5",
            "0.1, 0.1",
            "100, 100",
            "1e20, 100000000000000000000",
            "1e21, 1e+21",
            "0.000001, 0.000001",
            "0.0000001, 1e-7",
            "123e-20, 1.23e-18",
            "-0.0, 0",
    })
    void decimalNumberFormatted(String literal, String expected) throws Exception {
        assertThat(canonical(SafeJson.mapper().readTree(literal))).isEqualTo(expected);
    }

    @Test
    void integerAtTwoToThe53Accepted() throws Exception {
        BigInteger limit = BigInteger.ONE.shiftLeft(53);

        assertThat(canonical(BigIntegerNode.valueOf(limit))).isEqualTo("9007199254740992");
        assertThat(canonical(BigIntegerNode.valueOf(limit.negate()))).isEqualTo("-9007199254740992");
        assertThat(canonical(LongNode.valueOf(-42))).isEqualTo("-42");
    }

    @ParameterizedTest
    @ValueSource(strings = {"9007199254740993", "-9007199254740993", "18446744073709551616", "123456789012345678901234567890"})
    void integerBeyondTwoToThe53Rejected(String literal) throws Exception {
        JsonNode node = SafeJson.mapper().readTree(literal);

        assertThatThrownBy(() -> Jcs.canonicalize(node))
                .isInstanceOf(JcsException.class)
                .hasMessageContaining(literal)
                .hasMessageContaining("2^53");
    }

    @Test
    void decimalBeyondDoubleRangeRejected() {
        assertThatThrownBy(() -> Jcs.canonicalize(DecimalNode.valueOf(new BigDecimal("1E400"))))
                .isInstanceOf(JcsException.class)
                .hasMessageContaining("1E+400");
    }

    @Test
    void controlCharactersEscapedAndOthersLiteral() throws Exception {
        String text = "\u0000\b\t\n\u000b\f\r\u001f \u007f/\u2028\u00e9\"\\";

        assertThat(canonical(TextNode.valueOf(text)))
                .isEqualTo("\"\\u0000\\b\\t\\n\\u000b\\f\\r\\u001f \u007f/\u2028\u00e9\\\"\\\\\"");
    }

    @Test
    void loneSurrogateRejected() {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("name", "x\ud800y");

        assertThatThrownBy(() -> Jcs.canonicalize(node))
                .isInstanceOf(JcsException.class)
                .hasMessageContaining("$.name")
                .hasMessageContaining("U+D800");
    }

    @Test
    void loneSurrogateInMemberNameRejected() {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("\udc00", 1);

        assertThatThrownBy(() -> Jcs.canonicalize(node)).isInstanceOf(JcsException.class);
    }

    @Test
    void binaryNodeRejected() {
        assertThatThrownBy(() -> Jcs.canonicalize(BinaryNode.valueOf(new byte[] {1})))
                .isInstanceOf(JcsException.class)
                .hasMessageContaining("BINARY");
    }

    @Test
    void nestedMembersSortedAtEveryLevel() throws Exception {
        JsonNode node = SafeJson.mapper().readTree("{\"b\": [{\"z\": 1, \"a\": [2, {\"y\": null, \"x\": true}]}], \"a\": {}, \"\": []}");

        assertThat(canonical(node)).isEqualTo("{\"\":[],\"a\":{},\"b\":[{\"a\":[2,{\"x\":true,\"y\":null}],\"z\":1}]}");
    }

    @Test
    void canonicalFormIsCanonical() {
        assertThat(Jcs.isCanonical(Hex.decode(RFC_VALUES_OUTPUT_HEX))).isTrue();
        assertThat(Jcs.isCanonical(utf8("{\"a\":1,\"b\":[true,\"x\"]}"))).isTrue();
        assertThat(Jcs.isCanonical(utf8("1"))).isTrue();
        assertThat(Jcs.isCanonical(utf8("\"\u20ac\""))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"b\":1,\"a\":2}",                // members out of order
            "{\"a\": 1}",                      // whitespace after the colon
            " {\"a\":1}",                      // leading whitespace
            "{\"a\":1}\n",                     // trailing newline
            "{\"a\":1,\"a\":1}",               // duplicate member name
            "[1.0]",                           // not the shortest number
            "[1E30]",                          // exponent not in ECMAScript form
            "[-0]",                            // minus zero
            "[\"\\u20ac\"]",                   // escape where the character itself belongs
            "[\"\\/\"]",                       // escaped solidus
            "[\"\\u000F\"]",                   // upper-case hexadecimal in an escape
            "[9007199254740993]",              // integer beyond 2^53
            "{\"a\":1",                        // truncated
            "",
    })
    void nonCanonicalTextIsNotCanonical(String text) {
        assertThat(Jcs.isCanonical(utf8(text))).isFalse();
    }

    @Test
    void invalidUtf8IsNotCanonical() {
        assertThat(Jcs.isCanonical(new byte[] {'"', (byte) 0xc3, '"'})).isFalse();
        assertThat(Jcs.isCanonical(null)).isFalse();
    }

    private static String canonical(JsonNode node) throws JcsException {
        return new String(Jcs.canonicalize(node), StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
