package org.tradecert.document;

import org.tradecert.i18n.Messages;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the English messages of the XML Schema validator (Xerces) and the JSON Schema
 * validator (networknt) in plain words of the reader's language, keeping the element,
 * attribute, member and code names they quote. Constraint codes, namespace URIs and regular
 * expressions mean nothing to a customs engineer. A message of a form not listed here is kept
 * as the validator wrote it.
 */
final class SchemaMessages {

    /** One message form: the pattern of the validator's English text and the bundle key of the rewrite. */
    private record Form(Pattern pattern, String key) {
    }

    // NOTE: the patterns follow the English texts of the Xerces inside JDK 17 and of networknt's
    // English bundle; another JDK or library version may word them differently, and such a
    // message then reaches the reader unchanged.
    private static final List<Form> XSD = List.of(
            form("cvc-complex-type\\.4: Attribute '(.+?)' must appear on element '(.+?)'\\.", "schema.xsd.attribute-missing"),
            form("cvc-complex-type\\.3\\.2\\.2: Attribute '(.+?)' is not allowed to appear in element '(.+?)'\\.", "schema.xsd.attribute-not-allowed"),
            form("cvc-complex-type\\.2\\.4\\.a: Invalid content was found starting with element '(.+?)'\\. One of '(.+)' is expected\\.",
                    "schema.xsd.element-unexpected"),
            form("cvc-complex-type\\.2\\.4\\.b: The content of element '(.+?)' is not complete\\. One of '(.+)' is expected\\.",
                    "schema.xsd.element-incomplete"),
            form("cvc-complex-type\\.2\\.4\\.d: Invalid content was found starting with element '(.+?)'\\. No child element is expected at this point\\.",
                    "schema.xsd.element-not-allowed"),
            form("cvc-enumeration-valid: Value '(.*)' is not facet-valid with respect to enumeration '\\[(.*)\\]'\\. It must be a value from the enumeration\\.",
                    "schema.code-not-listed"),
            form("cvc-pattern-valid: Value '(.*)' is not facet-valid with respect to pattern '.*' for type '(.+?)'\\.", "schema.xsd.value-form"),
            form("cvc-datatype-valid\\.1\\.2\\.1: '(.*)' is not a valid value for '(.+?)'\\.", "schema.xsd.value-form"),
            form("cvc-maxLength-valid: Value '(.*)' with length = '(\\d+)' is not facet-valid with respect to maxLength '(\\d+)' for type '.+?'\\.",
                    "schema.xsd.too-long"),
            form("cvc-minLength-valid: Value '(.*)' with length = '(\\d+)' is not facet-valid with respect to minLength '(\\d+)' for type '.+?'\\.",
                    "schema.xsd.too-short"));

    private static final List<Form> JSON = List.of(
            form("required property '(.+?)' not found", "schema.json.member-missing"),
            form("property '(.+?)' is not defined in the schema and the schema does not allow additional properties", "schema.json.member-not-allowed"),
            form("does not have a value in the enumeration \\[(.*)\\]", "schema.code-not-listed-json"),
            form("does not match the regex pattern (.*)", "schema.json.value-form"),
            form("does not match the ([\\w-]+) pattern.*", "schema.json.format"),
            form("(\\w+) found, (\\w+) expected", "schema.json.wrong-kind"));

    /** Values of these XML Schema types get a description of their form instead of the type's name. */
    private static final Pattern DATE_TIME = Pattern.compile("T\\[0-9\\]\\{2\\}:|DateTime", Pattern.CASE_INSENSITIVE);

    /** The JSON Schema pattern of the decimal strings that carry amounts, quantities and measures. */
    private static final String DECIMAL_PATTERN = "^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$";

    private SchemaMessages() {
    }

    private static Form form(String regex, String key) {
        return new Form(Pattern.compile(regex, Pattern.DOTALL), key);
    }

    /** Rewrites an English Xerces message, or returns it unchanged when its form is not known. */
    static String xsd(String message, Locale locale) {
        for (Form form : XSD) {
            Matcher matcher = form.pattern().matcher(message);
            if (!matcher.matches()) {
                continue;
            }
            return switch (form.key()) {
                case "schema.xsd.element-unexpected", "schema.xsd.element-incomplete" ->
                        Messages.plain(locale, form.key(), localName(matcher.group(1)), localNames(matcher.group(2)));
                case "schema.xsd.element-not-allowed" -> Messages.plain(locale, form.key(), localName(matcher.group(1)));
                case "schema.xsd.attribute-missing", "schema.xsd.attribute-not-allowed" ->
                        Messages.plain(locale, form.key(), matcher.group(1), localName(matcher.group(2)));
                case "schema.code-not-listed" -> Messages.plain(locale, form.key(), matcher.group(1), matcher.group(2));
                case "schema.xsd.value-form" -> Messages.plain(locale, form.key(), matcher.group(1), describe(matcher.group(2), locale));
                default -> Messages.plain(locale, form.key(), matcher.group(1), matcher.group(2), matcher.group(3));
            };
        }
        return message;
    }

    /** Rewrites an English networknt message (without its location), or returns it unchanged when its form is not known. */
    static String json(String message, Locale locale) {
        for (Form form : JSON) {
            Matcher matcher = form.pattern().matcher(message);
            if (!matcher.matches()) {
                continue;
            }
            return switch (form.key()) {
                case "schema.code-not-listed-json" -> Messages.plain(locale, form.key(), matcher.group(1).replace("\"", ""));
                case "schema.json.value-form" -> Messages.plain(locale, form.key(), describe(matcher.group(1), locale));
                case "schema.json.format" -> Messages.plain(locale, "schema.json.value-form", describeFormat(matcher.group(1), locale));
                case "schema.json.wrong-kind" -> Messages.plain(locale, form.key(), kind(matcher.group(1), locale), kind(matcher.group(2), locale));
                default -> Messages.plain(locale, form.key(), matcher.group(1));
            };
        }
        return message;
    }

    /** Describes the form a type or pattern requires: dates, times and decimals in words, else the type's name. */
    private static String describe(String typeOrPattern, Locale locale) {
        if (DATE_TIME.matcher(typeOrPattern).find()) {
            return Messages.plain(locale, "schema.form.date-time");
        }
        if (typeOrPattern.equals("DateType") || typeOrPattern.startsWith("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")) {
            return Messages.plain(locale, "schema.form.date");
        }
        if (typeOrPattern.toLowerCase(Locale.ROOT).contains("decimal") || typeOrPattern.equals(DECIMAL_PATTERN)) {
            return Messages.plain(locale, "schema.form.decimal");
        }
        return typeOrPattern.startsWith("^") ? Messages.plain(locale, "schema.form.field") : Messages.plain(locale, "schema.form.type", typeOrPattern);
    }

    /** Describes the form a JSON Schema format requires: dates and times in words, else the format's name. */
    private static String describeFormat(String format, Locale locale) {
        return switch (format) {
            case "date-time" -> Messages.plain(locale, "schema.form.date-time");
            case "date" -> Messages.plain(locale, "schema.form.date");
            default -> Messages.plain(locale, "schema.form.type", format);
        };
    }

    private static String kind(String jsonType, Locale locale) {
        return Messages.plain(locale, "schema.json.kind." + jsonType.toLowerCase(Locale.ROOT));
    }

    /** Removes the namespace from a name Xerces writes as {"urn:...":Name}, or ns:Name. */
    private static String localName(String name) {
        String plain = name.replaceAll("\"[^\"]*\":", "").replace("{", "").replace("}", "").trim();
        int colon = plain.indexOf(':');
        return colon >= 0 ? plain.substring(colon + 1) : plain;
    }

    private static String localNames(String names) {
        StringBuilder joined = new StringBuilder();
        for (String name : names.replace("{", "").replace("}", "").split(",")) {
            if (!joined.isEmpty()) {
                joined.append(", ");
            }
            joined.append(localName(name));
        }
        return joined.toString();
    }
}
