package org.tradecert.schema.governance;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-facing texts of the governance tools (diff, release check, lint, documentation site),
 * from the bundle {@code org.tradecert.schema.governance.texts} in English and Simplified
 * Chinese. Arguments are formatted with {@link MessageFormat}, so an apostrophe is written twice.
 */
public final class Texts {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private static final String BUNDLE = "org.tradecert.schema.governance.texts";

    private Texts() {
    }

    /** Chinese for any Chinese locale, English otherwise. */
    public static Locale supported(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH;
    }

    /** The text under {@code key} in the reader's language; a missing key is a programming error. */
    public static String get(Locale locale, String key, Object... arguments) {
        Locale language = supported(locale);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new MissingResourceException("no governance text " + key, BUNDLE, key);
        }
        return new MessageFormat(pattern, language).format(arguments);
    }

    public static boolean has(Locale locale, String key) {
        try {
            ResourceBundle.getBundle(BUNDLE, supported(locale),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }
}
