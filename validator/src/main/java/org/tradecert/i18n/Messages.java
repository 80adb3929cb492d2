package org.tradecert.i18n;

import java.math.BigDecimal;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-facing texts of the library, from the bundles {@code org.tradecert.i18n.messages}
 * (English) and {@code messages_zh_CN} (Simplified Chinese). Arguments are formatted with
 * {@link MessageFormat}, so a literal apostrophe in a bundle is written twice. An argument that
 * starts with the name of a cross-document fact, and in cross-document texts a document named by
 * its type, is shown in the reader's language (see {@code Terms}).
 */
public final class Messages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;


    /**
     * The bundles searched in order: the library's messages, then one bundle per family of
     * rules, so each family's English and Chinese texts live together and apart from the rest.
     */
    private static final List<String> BUNDLES = List.of(
            "org.tradecert.i18n.messages",
            "org.tradecert.i18n.rules-input",
            "org.tradecert.i18n.rules-trade",
            "org.tradecert.i18n.rules-transport",
            "org.tradecert.i18n.rules-crossdoc",
            "org.tradecert.i18n.rules-history",
            "org.tradecert.i18n.rules-risk",
            "org.tradecert.i18n.reports");
    /** Loads exactly the bundle of one locale, without parents, so a lookup knows whether the language has its own text. */
    private static final ResourceBundle.Control EXACT = new ResourceBundle.Control() {
        @Override
        public List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }

        @Override
        public List<Locale> getCandidateLocales(String baseName, Locale locale) {
            return List.of(locale);
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    };

    private Messages() {
    }

    /** The two languages tradecert speaks: Chinese for any Chinese locale, English otherwise. */
    public static Locale supported(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH;
    }

    /** Parses {@code --lang}: {@code en}, {@code zh}, {@code zh-CN} or {@code zh_CN}; null for anything else. */
    public static Locale parseLanguage(String tag) {
        if (tag == null) {
            return null;
        }
        String normalised = tag.trim().replace('_', '-').toLowerCase(Locale.ROOT);
        return switch (normalised) {
            case "en", "en-us", "en-gb" -> ENGLISH;
            case "zh", "zh-cn", "zh-hans", "zh-hans-cn" -> CHINESE;
            default -> null;
        };
    }

    /** The message under {@code key} in the reader's language, falling back to English; a missing key is a programming error. */
    public static String get(Locale locale, String key, Object... arguments) {
        String pattern = pattern(supported(locale), key);
        if (pattern == null) {
            pattern = pattern(Locale.ROOT, key);
        }
        if (pattern == null) {
            throw new MissingResourceException("no message " + key, BUNDLES.get(0), key);
        }

        // The cross-document rules and risk indicators (ids XDOC-*, RISK-*) and rule outcomes also name documents by type,
        // which are shown in the reader's language too. Other texts keep the type id, as their readers know it from the schemas.
        boolean ruleText = key.startsWith("rule.XDOC-") || key.startsWith("rule.RISK-") || key.startsWith("outcome.");
        boolean riskText = key.startsWith("rule.RISK-");
        MessageFormat format = new MessageFormat(pattern, supported(locale));
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] localised = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof String text && i < formats.length && formats[i] instanceof NumberFormat) {
                // Findings store their arguments as text. A pattern that formats an argument as a number or a
                // choice, such as "{7,choice,1#1 line|1<{7} lines}", gets the decimal that the text states.
                localised[i] = number(text);
            } else if (arguments[i] instanceof String text) {
                String shown = riskText ? Terms.measure(locale, text) : text;
                localised[i] = ruleText ? Terms.documents(locale, Terms.fact(locale, shown)) : Terms.fact(locale, shown);
            } else {
                localised[i] = arguments[i];
            }
        }
        return format.format(localised);
    }

    /**
     * Returns the message under {@code key} in the reader's language with the arguments as given:
     * no fact or document names are translated, so element and member names stay as the schemas
     * write them.
     */
    public static String plain(Locale locale, String key, Object... arguments) {
        String pattern = patternOrNull(locale, key);
        if (pattern == null) {
            throw new MissingResourceException("no message " + key, BUNDLES.get(0), key);
        }
        return new MessageFormat(pattern, supported(locale)).format(arguments);
    }

    /** Reads a message argument as a decimal, or keeps the text when it is not one, so the format reports the mismatch. */
    private static Object number(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return text;
        }
    }

    /**
     * Returns a text that starts with the name of a cross-document fact in the reader's language,
     * such as {@code containerGrossWeight BOHU1024615}; any other text is returned unchanged.
     */
    public static String fact(Locale locale, String text) {
        return Terms.fact(locale, text);
    }

    /** Returns the pattern under {@code key} in the reader's language, falling back to English, or null when no bundle has it. */
    static String patternOrNull(Locale locale, String key) {
        String pattern = pattern(supported(locale), key);
        return pattern != null ? pattern : pattern(Locale.ROOT, key);
    }

    public static boolean has(String key) {
        return pattern(Locale.ROOT, key) != null;
    }

    /** True when the key has its own text in the given language, not the English fallback. */
    public static boolean hasOwn(Locale locale, String key) {
        return pattern(supported(locale), key) != null;
    }

    /** English lives in the base bundles, so an English lookup reads the root locale's files. */
    private static String pattern(Locale locale, String key) {
        Locale bundleLocale = ENGLISH.equals(locale) ? Locale.ROOT : locale;
        for (String name : BUNDLES) {
            ResourceBundle bundle;
            try {
                bundle = ResourceBundle.getBundle(name, bundleLocale, Messages.class.getClassLoader(), EXACT);
            } catch (MissingResourceException e) {
                continue;
            }
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        return null;
    }
}
