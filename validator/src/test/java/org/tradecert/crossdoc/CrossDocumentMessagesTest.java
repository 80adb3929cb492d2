package org.tradecert.crossdoc;

import org.junit.jupiter.api.Test;
import org.tradecert.crossdoc.rules.ConsistencyRules;
import org.tradecert.i18n.Messages;
import org.tradecert.rules.RuleDefinition;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text of the cross-document rules exists in English and Chinese, and the two bundles have the same keys. */
class CrossDocumentMessagesTest {

    @Test
    void rulesHaveTextInBothLanguages() {
        for (CrossDocumentRule rule : ConsistencyRules.all()) {
            RuleDefinition definition = rule.definition();
            for (String key : List.of(definition.messageKey(), definition.descriptionKey())) {
                assertThat(Messages.has(key)).as(key + " in English").isTrue();
                assertThat(Messages.hasOwn(Messages.CHINESE, key)).as(key + " in Chinese").isTrue();
            }
        }
    }

    @Test
    void ruleIdsFollowTheCrossDocumentScheme() {
        assertThat(ConsistencyRules.all()).extracting(rule -> rule.definition().id()).allMatch(id -> id.matches("XDOC-X[0-2][0-9]-[A-Z0-9-]+"))
                .doesNotHaveDuplicates();
        Set<String> numbers = new TreeSet<>();
        ConsistencyRules.all().forEach(rule -> numbers.add(rule.definition().id().substring(5, 8)));
        assertThat(numbers).hasSize(25);
    }

    @Test
    void bundlesHaveTheSameKeys() throws IOException {
        assertThat(load("rules-crossdoc_zh_CN.properties").stringPropertyNames())
                .isEqualTo(load("rules-crossdoc.properties").stringPropertyNames());
    }

    @Test
    void outcomeAndProfileKeysHaveText() throws IOException {
        Pattern key = Pattern.compile("\"((?:outcome\\.crossdoc|profile)\\.[a-z-]+)");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/tradecert/crossdoc"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = key.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }

        assertThat(used).isNotEmpty();
        for (String found : used) {
            assertThat(Messages.has(found)).as(found + " in English").isTrue();
            assertThat(Messages.hasOwn(Messages.CHINESE, found)).as(found + " in Chinese").isTrue();
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/org/tradecert/i18n/" + name)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
