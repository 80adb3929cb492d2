package org.tradecert.cli.crosscheck;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradecert.api.Layer;
import org.tradecert.crossdoc.CrossDocumentProfile;
import org.tradecert.i18n.Messages;
import org.tradecert.rules.RuleCatalogue;
import org.tradecert.rules.RuleDefinition;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cross-document page, in English and Chinese, names what the code has. It lists every rule
 * of layers 8 and 10 in the rule catalogue, in a table generated from the catalogue. It also
 * names every number of the standards tables, every seeded ledger, every crosscheck option and
 * every tolerance of the profile. Run with {@code -Dtradecert.docs.write=true} to rewrite the
 * generated table after rules change; without it, a page whose table is out of date fails.
 */
class CrossDocumentPageTest {

    private static final String BEGIN = "<!-- generated:rules";
    private static final String END = "<!-- /generated:rules -->";

    static Path page(String name) {
        return CrosscheckCommandTest.root().resolve("docs").resolve(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cross-document.md", "cross-document.zh-CN.md"})
    void generatedRuleTableMatchesCatalogue(String name) throws IOException {
        Path file = page(name);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        assertThat(begin).as("%s has the marker %s", name, BEGIN).isNotNegative();
        assertThat(end).as("%s has the marker %s", name, END).isGreaterThan(begin);
        int contentStart = text.indexOf('\n', begin) + 1;
        String table = ruleTable(name.contains("zh-CN") ? Messages.CHINESE : Messages.ENGLISH);

        if (Boolean.getBoolean("tradecert.docs.write")) {
            Files.writeString(file, text.substring(0, contentStart) + table + text.substring(end), StandardCharsets.UTF_8);
            return;
        }
        assertThat(text.substring(contentStart, end))
                .as("the rule table of %s is out of date; run this test with -Dtradecert.docs.write=true to rewrite it", name)
                .isEqualTo(table);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cross-document.md", "cross-document.zh-CN.md"})
    void pageListsEveryNumberOfTheStandardsTables(String name) throws IOException {
        String text = Files.readString(page(name), StandardCharsets.UTF_8);

        for (int number = 1; number <= 25; number++) {
            assertThat(text).contains(String.format("| X%02d |", number));
        }
        for (int number = 1; number <= 10; number++) {
            assertThat(text).contains("| P" + number + " |");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cross-document.md", "cross-document.zh-CN.md"})
    void pageListsEverySeededLedger(String name) throws IOException {
        String text = Files.readString(page(name), StandardCharsets.UTF_8);
        List<String> seeded;
        try (Stream<Path> folders = Files.list(CrosscheckCommandTest.root().resolve("examples/ledgers"))) {
            seeded = folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString())
                    .filter(folder -> !folder.equals("sea-ok") && !folder.equals("air-ok")).toList();
        }

        assertThat(seeded).isNotEmpty();
        for (String folder : seeded) {
            assertThat(text).contains("`" + folder + "`");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cross-document.md", "cross-document.zh-CN.md"})
    void pageNamesEveryCrosscheckOption(String name) throws IOException {
        String text = Files.readString(page(name), StandardCharsets.UTF_8);
        CommandLine command = new CommandLine(new CrosscheckCommand());

        for (OptionSpec option : command.getCommandSpec().options()) {
            if (!option.usageHelp() && !option.longestName().equals("--verbose")) {
                assertThat(text).contains(option.longestName());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cross-document.md", "cross-document.zh-CN.md"})
    void pageNamesEveryTolerance(String name) throws IOException {
        String text = Files.readString(page(name), StandardCharsets.UTF_8);

        for (RecordComponent component : CrossDocumentProfile.class.getRecordComponents()) {
            assertThat(text).contains("`" + component.getName() + "`");
        }
    }

    @Test
    void ruleTableInEnglishNamesRulesById() {
        String table = ruleTable(Messages.ENGLISH);

        for (RuleDefinition rule : crossDocumentRules()) {
            assertThat(table).contains("`" + rule.id() + "`");
        }
    }

    /** Writes the table of every rule of layers 8 and 10, in catalogue order, in the page's language. */
    static String ruleTable(Locale locale) {
        boolean chinese = Messages.CHINESE.equals(locale);
        List<RuleDefinition> rules = crossDocumentRules();
        if (rules.isEmpty()) {
            return (chinese ? "本构建的规则包中没有第 8 层和第 10 层的规则。" : "No rule of layers 8 and 10 is in the rule pack of this build.") + "\n";
        }
        StringBuilder table = new StringBuilder(chinese ? "| 规则 | 层 | 严重程度 | 说明 |\n" : "| rule | layer | severity | description |\n");
        table.append("|---|---|---|---|\n");
        for (RuleDefinition rule : rules) {
            String description = Messages.has(rule.descriptionKey()) ? Messages.get(locale, rule.descriptionKey()) : "";
            table.append("| `").append(rule.id()).append("` | ").append(rule.layer().number()).append(" | ")
                    .append(Messages.get(locale, "severity." + rule.severity().label())).append(" | ")
                    .append(description.replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ")).append(" |\n");
        }
        return table.toString();
    }

    private static List<RuleDefinition> crossDocumentRules() {
        return RuleCatalogue.standard().rules().stream()
                .filter(rule -> rule.layer() == Layer.CROSS_DOCUMENT || rule.layer() == Layer.RISK).toList();
    }
}
