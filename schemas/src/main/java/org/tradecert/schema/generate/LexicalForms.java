package org.tradecert.schema.generate;

/**
 * The lexical forms of the data types, written once so the XML Schema facets and the JSON
 * Schema patterns accept the same strings. XML cannot carry control characters at all, so the
 * JSON patterns exclude them explicitly to keep both syntaxes' value sets equal.
 */
public final class LexicalForms {

    /** Decimal without sign plus, leading zeros, exponent or trailing dot: "12.50", "-3", "0.001". */
    public static final String DECIMAL = "-?(0|[1-9][0-9]*)(\\.[0-9]+)?";

    public static final String TOKEN_XSD = "[^ \\t\\n\\r]+( [^ \\t\\n\\r]+)*";
    public static final String TOKEN_JSON = "[^ \\t\\n\\r\\u0000-\\u001F\\uFFFE\\uFFFF]+( [^ \\t\\n\\r\\u0000-\\u001F\\uFFFE\\uFFFF]+)*";

    /** Codes are tokens like identifiers, because some (postcodes such as "3089 JH") contain single spaces. */
    public static final String CODE_XSD = TOKEN_XSD;
    public static final String CODE_JSON = TOKEN_JSON;

    public static final String TEXT_JSON = "[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]*";

    public static final String CURRENCY = "[A-Z]{3}";
    public static final String UNIT = "[0-9A-Z]{2,3}";
    public static final String QUALIFIER = "[A-Za-z0-9][A-Za-z0-9._\\-]{0,34}";

    public static final String DATE_TIME = "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+\\-][0-9]{2}:[0-9]{2})";
    public static final String DATE = "[0-9]{4}-[0-9]{2}-[0-9]{2}";

    public static final int TEXT_MAX_LENGTH = 512;
    public static final int IDENTIFIER_MAX_LENGTH = 70;
    public static final int CODE_MAX_LENGTH = 35;

    private LexicalForms() {
    }

    /** An XML Schema pattern, implicitly anchored, as an anchored ECMA-262 pattern. */
    public static String anchored(String pattern) {
        return "^" + pattern + "$";
    }
}
