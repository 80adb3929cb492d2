package org.tradecert.schema.model;

import java.util.Locale;

/**
 * A text of the standard in English and Simplified Chinese; either may be missing in a draft
 * model, which {@code schema lint} reports.
 */
public record Bilingual(String en, String zh) {

    public static final Bilingual EMPTY = new Bilingual(null, null);

    /** Returns the text for the locale, falling back to English when the Chinese text is missing. */
    public String in(Locale locale) {
        boolean chinese = locale != null && "zh".equals(locale.getLanguage());
        if (chinese && zh != null) {
            return zh;
        }
        return en != null ? en : zh;
    }

    public boolean complete() {
        return en != null && !en.isBlank() && zh != null && !zh.isBlank();
    }
}
