package org.tradecert.conformance;

import org.tradecert.i18n.Messages;
import org.tradecert.report.ControlCharacters;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of certification in English and Simplified Chinese: reasons, failures, the Chinese
 * names of the scenarios and the results of certificate checks, from the bundle
 * {@code org.tradecert.conformance.conformance} (English) and its {@code _zh_CN} twin. A key
 * without a Chinese text falls back to English; a key of the library's bundles (the reason a
 * rule gave for not applying, a finding's message) comes from {@link Messages}, with control
 * characters that came from documents escaped; any other key comes back as itself,
 * so a gap shows in a report instead of failing a certification.
 */
public final class ConformanceTexts {

    private static final String BUNDLE = "org.tradecert.conformance.conformance";

    /** Loads exactly the bundle of one locale, so a lookup knows whether a language has its own text. */
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

    private ConformanceTexts() {
    }

    public static String get(Locale locale, String key, Object... arguments) {
        Locale language = Messages.supported(locale);
        String pattern = pattern(language, key);
        if (pattern == null) {
            pattern = pattern(Messages.ENGLISH, key);
        }
        if (pattern == null) {
            return Messages.has(key) ? ControlCharacters.escape(Messages.get(language, key, arguments)) : key;
        }
        return new MessageFormat(pattern, language).format(arguments);
    }

    /** True when the key has its own text in the given language, not the English fallback. */
    public static boolean hasOwn(Locale locale, String key) {
        return pattern(Messages.supported(locale), key) != null;
    }

    /** English lives in the base bundle, so an English lookup reads the root locale's file. */
    private static String pattern(Locale language, String key) {
        Locale bundleLocale = Messages.ENGLISH.equals(language) ? Locale.ROOT : language;
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, bundleLocale, ConformanceTexts.class.getClassLoader(), EXACT);
            return bundle.containsKey(key) ? bundle.getString(key) : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
