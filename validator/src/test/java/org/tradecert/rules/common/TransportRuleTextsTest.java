package org.tradecert.rules.common;

import org.junit.jupiter.api.Test;
import org.tradecert.i18n.Messages;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleCatalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every transport and shared rule is in the catalogue and has its message and description in English and Chinese, each well formed. */
class TransportRuleTextsTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)}");
    private static final String BUNDLE = "/org/tradecert/i18n/rules-transport";

    @Test
    void everyRuleIsInTheCatalogue() {
        for (DocumentRule<?> rule : RuleHarness.transportRules()) {
            assertThat(RuleCatalogue.standard().find(rule.definition().id())).as(rule.definition().id()).contains(rule.definition());
        }
    }

    @Test
    void everyRuleHasBothTextsInBothLanguages() throws IOException {
        // NOTE: Messages.hasOwn(ENGLISH, key) is false for every key, because the English texts
        // are the base bundles and not bundles of the locale en; the bundle files are read instead.
        Properties english = load(BUNDLE + ".properties");
        Properties chinese = load(BUNDLE + "_zh_CN.properties");
        for (DocumentRule<?> rule : RuleHarness.transportRules()) {
            for (String key : List.of(rule.definition().messageKey(), rule.definition().descriptionKey())) {
                assertThat(english.getProperty(key)).as(key + " in English").isNotBlank();
                assertThat(chinese.getProperty(key)).as(key + " in Chinese").isNotBlank();
            }
        }
    }

    @Test
    void everyMessageShowsEachArgumentItNames() throws IOException {
        for (String suffix : List.of("", "_zh_CN")) {
            Properties texts = load(BUNDLE + suffix + ".properties");
            for (String key : texts.stringPropertyNames()) {
                String pattern = texts.getProperty(key);
                Locale locale = suffix.isEmpty() ? Messages.ENGLISH : Messages.CHINESE;
                String formatted = Messages.get(locale, key, "ARG0", "ARG1", "ARG2", "ARG3", "ARG4", "ARG5");

                Matcher argument = ARGUMENT.matcher(pattern);
                while (argument.find()) {
                    assertThat(formatted).as("%s%s shows argument %s", key, suffix, argument.group(1)).contains("ARG" + argument.group(1));
                }
                assertThat(formatted).as("%s%s has no unformatted brace", key, suffix).doesNotContain("{").doesNotContain("}");
            }
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Properties english = load(BUNDLE + ".properties");
        Properties chinese = load(BUNDLE + "_zh_CN.properties");

        assertThat(chinese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void outcomeReasonsHaveTexts() {
        for (String key : List.of(Outcomes.OTHER_TYPE_CODE, Outcomes.CONDITION_NOT_MET, Outcomes.NOT_ORIGINAL)) {
            assertThat(Messages.has(key)).as(key + " in English").isTrue();
            assertThat(Messages.hasOwn(Messages.CHINESE, key)).as(key + " in Chinese").isTrue();
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TransportRuleTextsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
