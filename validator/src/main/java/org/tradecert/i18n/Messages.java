package org.tradecert.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-facing texts of the library, from the bundles {@code org.tradecert.i18n.messages}
 * (English) and {@code messages_zh_CN} (Simplified Chinese). Arguments are formatted with
 * {@link MessageFormat}, so a literal apostrophe in a bundle is written twice.
 */
public final class Messages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final String BUNDLE = "org.tradecert.i18n.messages";
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

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

    public static String get(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, supported(locale), Messages.class.getClassLoader(), NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            pattern = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, Messages.class.getClassLoader(), NO_FALLBACK).getString(key);
        }
        return new MessageFormat(pattern, supported(locale)).format(arguments);
    }

    public static boolean has(String key) {
        return ResourceBundle.getBundle(BUNDLE, Locale.ROOT, Messages.class.getClassLoader(), NO_FALLBACK).containsKey(key);
    }
}
