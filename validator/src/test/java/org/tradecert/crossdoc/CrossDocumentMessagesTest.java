package org.tradecert.crossdoc;

import org.junit.jupiter.api.Test;
import org.tradecert.crossdoc.rules.ConsistencyRules;
import org.tradecert.i18n.Messages;
import org.tradecert.rules.RuleDefinition;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
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

    @Test
    void everyFactNameHasText() throws IllegalAccessException {
        for (Field field : FactNames.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                String key = "fact." + field.get(null);
                assertThat(Messages.has(key)).as(key + " in English").isTrue();
                assertThat(Messages.hasOwn(Messages.CHINESE, key)).as(key + " in Chinese").isTrue();
            }
        }
    }

    @Test
    void factArgumentShownInReadersLanguage() {
        assertThat(Messages.fact(Messages.ENGLISH, "grossWeight")).isEqualTo("gross weight");
        assertThat(Messages.fact(Messages.CHINESE, "grossWeight")).isEqualTo("毛重");
        assertThat(Messages.fact(Messages.ENGLISH, "containerGrossWeight BOHU1024615")).isEqualTo("gross weight of container BOHU1024615");
        assertThat(Messages.fact(Messages.CHINESE, "containerGrossWeight BOHU1024615")).isEqualTo("集装箱 BOHU1024615 的毛重");
        assertThat(Messages.fact(Messages.ENGLISH, "seal")).as("a keyed fact alone").isEqualTo("seals");
        assertThat(Messages.fact(Messages.ENGLISH, "lineAmount 3")).as("a key the text does not place").isEqualTo("line amount 3");
    }

    @Test
    void otherArgumentsStayUnchanged() {
        for (String text : List.of("34600 KGM", "packing-list HL-PL-2026-0142", "/consignment/grossWeight/content", "CurrencyExchange",
                "unknownFactName", "")) {
            assertThat(Messages.fact(Messages.CHINESE, text)).isEqualTo(text);
        }
    }

    @Test
    void findingMessageNamesFactInChinese() {
        String message = Messages.get(Messages.CHINESE, "rule.XDOC-X06-GROSS-WEIGHT.message", "34600 KGM", "36330 KGM",
                "packing-list HL-PL-2026-0142", "sea-transport-document BOHL26TXG004251", "grossWeight", "0.5 %");

        assertThat(message).contains("毛重").doesNotContain("grossWeight");
        assertThat(message).contains("装箱单 HL-PL-2026-0142").contains("海运运输单证 BOHL26TXG004251");
    }

    @Test
    void documentListShownInReadersLanguage() {
        String english = Messages.get(Messages.ENGLISH, "rule.XDOC-X06-GROSS-WEIGHT.message", "34600 KGM", "36330 KGM",
                "packing-list HL-PL-2026-0142", "commercial-invoice HL-INV-2026-0142, transport-event ×9", "grossWeight", "0.5 %");
        String chinese = Messages.get(Messages.CHINESE, "rule.XDOC-X06-GROSS-WEIGHT.message", "34600 KGM", "36330 KGM",
                "packing-list HL-PL-2026-0142", "commercial-invoice HL-INV-2026-0142, transport-event ×9", "grossWeight", "0.5 %");

        assertThat(english).isEqualTo("The gross weight is 36330 KGM on packing list HL-PL-2026-0142 but 34600 KGM on commercial invoice "
                + "HL-INV-2026-0142, transport event ×9. Gross weights may differ by at most 0.5 %.");
        assertThat(chinese).contains("商业发票 HL-INV-2026-0142、运输事件 ×9");
    }

    @Test
    void reportTextKeepsDocumentType() {
        assertThat(Messages.get(Messages.CHINESE, "report.text.input", "a.xml", "符合", "packing-list 1.0.0")).contains("packing-list 1.0.0");
    }

    @Test
    void everyDocumentTypeHasText() {
        for (String type : List.of("booking", "commercial-invoice", "packing-list", "goods-declaration", "sea-transport-document",
                "air-waybill", "transport-event", "payment-advice", "trade-transaction")) {
            assertThat(Messages.has("document." + type)).as(type + " in English").isTrue();
            assertThat(Messages.hasOwn(Messages.CHINESE, "document." + type)).as(type + " in Chinese").isTrue();
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
