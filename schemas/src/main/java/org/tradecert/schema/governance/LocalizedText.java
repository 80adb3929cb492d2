package org.tradecert.schema.governance;

import java.util.List;
import java.util.Locale;

/** A text kept as a bundle key and its arguments, so it can be shown in either language later. */
public record LocalizedText(String key, List<String> arguments) {

    public static LocalizedText of(String key, Object... arguments) {
        return new LocalizedText(key, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }

    public String in(Locale locale) {
        return Texts.get(locale, key, arguments.toArray());
    }
}
