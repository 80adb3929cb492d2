package org.tradecert.i18n;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows the identifiers that the cross-document rules put into message arguments in the
 * reader's language: fact names under {@code fact.<name>} (such as {@code grossWeight}) and
 * document types under {@code document.<type>} (such as {@code packing-list}). Findings keep
 * the identifiers, so reports in JSON or SARIF stay the same in every language.
 */
final class Terms {

    private static final String FACT = "fact.";
    private static final String DOCUMENT = "document.";
    /** A fact name is one camel-case word, so numbers, codes and paths are never looked up. */
    private static final Pattern FACT_NAME = Pattern.compile("[a-z]+(?:[A-Z][a-z]*)*");
    /** A document type is lower-case words joined by hyphens, such as {@code sea-transport-document}. */
    private static final Pattern DOCUMENT_TYPE = Pattern.compile("[a-z]+(?:-[a-z]+)*");
    private static final String LIST_SEPARATOR = ", ";
    private static final String UNIT = "unit.";
    /** A measure of the risk indicators: a currency or unit code over a unit code, such as {@code USD/H87} or {@code KGM/H87}. */
    private static final Pattern MEASURE = Pattern.compile("([A-Z]{3})/([A-Z0-9]{2,3})");

    private Terms() {
    }

    /**
     * Returns a text that starts with a fact name in the reader's language:
     * {@code containerGrossWeight BOHU1024615} becomes the text under
     * {@code fact.containerGrossWeight} with {@code BOHU1024615} as its argument {0}, or appended
     * when that text has no {0}. Any other text is returned unchanged.
     */
    static String fact(Locale locale, String text) {
        int space = text.indexOf(' ');
        String name = space < 0 ? text : text.substring(0, space);
        if (!FACT_NAME.matcher(name).matches()) {
            return text;
        }
        String rest = space < 0 ? "" : text.substring(space + 1);

        // A name that usually comes with a key, such as a container number, has its own text for when it comes alone.
        String pattern = rest.isEmpty() ? Messages.patternOrNull(locale, FACT + name + ".alone") : null;
        if (pattern == null) {
            pattern = Messages.patternOrNull(locale, FACT + name);
        }
        if (pattern == null) {
            return text;
        }
        if (!rest.isEmpty() && !pattern.contains("{0}")) {
            pattern = pattern + " {0}";
        }
        return new MessageFormat(pattern, Messages.supported(locale)).format(new Object[] {rest}).strip();
    }

    /**
     * Returns a measure such as {@code USD/H87} with each UNECE Recommendation 20 unit named in
     * the reader's language under {@code unit.<code>} ({@code USD/piece}, {@code USD/件}). A code
     * without a name, such as a currency, stays as it is, and any other text is returned unchanged.
     */
    static String measure(Locale locale, String text) {
        Matcher matcher = MEASURE.matcher(text);
        if (!matcher.matches()) {
            return text;
        }
        return unit(locale, matcher.group(1)) + "/" + unit(locale, matcher.group(2));
    }

    private static String unit(Locale locale, String code) {
        String name = Messages.patternOrNull(locale, UNIT + code);
        return name == null ? code : name;
    }

    /**
     * Returns a list of documents as findings name them, {@code packing-list HL-PL-2026-0142,
     * goods-declaration 020220260001234567}, with each type in the reader's language and the
     * Chinese list separator in Chinese. A text in which no item starts with a known document
     * type is returned unchanged.
     */
    static String documents(Locale locale, String text) {
        List<String> items = new ArrayList<>();
        boolean changed = false;
        for (String item : text.split(LIST_SEPARATOR, -1)) {
            int space = item.indexOf(' ');
            String type = space < 0 ? item : item.substring(0, space);
            String title = DOCUMENT_TYPE.matcher(type).matches() ? Messages.patternOrNull(locale, DOCUMENT + type) : null;
            if (title == null) {
                items.add(item);
            } else {
                items.add(title + item.substring(type.length()));
                changed = true;
            }
        }
        if (!changed) {
            return text;
        }
        return String.join(Messages.CHINESE.equals(Messages.supported(locale)) ? "、" : LIST_SEPARATOR, items);
    }
}
