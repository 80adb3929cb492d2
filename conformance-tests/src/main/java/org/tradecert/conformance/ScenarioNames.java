package org.tradecert.conformance;

import java.util.Locale;

/** A scenario's name in the reader's language: the suite's English name, or its Chinese name from the bundle. */
public final class ScenarioNames {

    private ScenarioNames() {
    }

    public static String name(ScenarioResult scenario, Locale locale) {
        return name(scenario.id(), scenario.name(), locale);
    }

    public static String name(String id, String englishName, Locale locale) {
        String key = "scenario." + id + ".name";
        return ConformanceTexts.hasOwn(locale, key) && !Locale.ENGLISH.getLanguage().equals(locale.getLanguage())
                ? ConformanceTexts.get(locale, key) : englishName;
    }
}
