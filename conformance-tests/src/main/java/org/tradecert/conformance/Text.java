package org.tradecert.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A text of the conformance bundle, kept as its key and arguments so each report renders it in
 * its reader's language. An argument is a string or another text, which is rendered in the same
 * language first (a role's or a kind of document's name, for example).
 */
public record Text(String key, List<Object> arguments) {

    /** The key of a text that joins its arguments as a list: "a, b or c" in English, "a、b或c" in Chinese. */
    private static final String LIST = "list.or";

    /** The key of a text that renders a scenario's name: its arguments are the scenario id and the suite's English name. */
    private static final String SCENARIO_NAME = "scenario.name";

    public Text {
        List<Object> kept = new ArrayList<>();
        for (Object argument : arguments) {
            kept.add(argument instanceof Text ? argument : String.valueOf(argument));
        }
        arguments = List.copyOf(kept);
    }

    public static Text of(String key, Object... arguments) {
        return new Text(key, List.of(arguments));
    }

    /** The texts joined as a list with "or" before the last. */
    public static Text list(List<Text> items) {
        return new Text(LIST, new ArrayList<>(items));
    }

    /** A scenario's name, rendered in the reader's language when the bundle has one for it. */
    public static Text scenarioName(String id, String englishName) {
        return new Text(SCENARIO_NAME, List.of(id, englishName));
    }

    public String render(Locale locale) {
        if (SCENARIO_NAME.equals(key)) {
            return ScenarioNames.name((String) arguments.get(0), (String) arguments.get(1), locale);
        }
        List<String> rendered = new ArrayList<>();
        for (Object argument : arguments) {
            rendered.add(argument instanceof Text text ? text.render(locale) : (String) argument);
        }
        if (LIST.equals(key)) {
            return join(rendered, locale);
        }
        return ConformanceTexts.get(locale, key, rendered.toArray());
    }

    private static String join(List<String> items, Locale locale) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        String separator = ConformanceTexts.get(locale, "list.separator");
        String last = ConformanceTexts.get(locale, "list.lastSeparator");
        return String.join(separator, items.subList(0, items.size() - 1)) + last + items.get(items.size() - 1);
    }

    @Override
    public String toString() {
        return render(Locale.ENGLISH);
    }
}
