package org.tradecert.crossdoc.history;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradecert.ProjectPaths;
import org.tradecert.crossdoc.Fact;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.FactsBuilder;
import org.tradecert.document.DocumentReader;
import org.tradecert.rules.BinderLocator;
import org.tradecert.schema.catalog.SchemaCatalog;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The purpose code and event classifier taken from real example documents, bound from XML and from JSON. */
class HistoryFactExtractorTest {

    private static final Path VALID = ProjectPaths.examples().resolve("documents/valid");

    static Map<String, List<Fact>> extract(byte[] content, String name) {
        DocumentReader.Result read = new DocumentReader(SchemaCatalog.bundled()).read(content, name, null, Locale.ENGLISH, true);
        assertThat(read.bound()).as(name + " binds").isNotNull();
        FactsBuilder facts = new FactsBuilder(new BinderLocator(name, read.bound().binder()));
        new HistoryFactExtractor().extract(read.bound().root(), facts);
        return facts.build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"xml", "json"})
    void eventClassifierIsTaken(String syntax) throws Exception {
        Path file = VALID.resolve("sea/transport-event-08-discharge-BOHU1024615." + syntax);

        Map<String, List<Fact>> facts = extract(Files.readAllBytes(file), file.toString());

        assertThat(facts.get(FactNames.EVENT_CLASSIFIER)).singleElement().satisfies(fact -> {
            assertThat(fact.value()).isEqualTo("ACT");
            assertThat(fact.path()).isNotBlank();
        });
        assertThat(facts).doesNotContainKey(FactNames.PURPOSE_CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xml", "json"})
    void purposeCodeIsTaken(String syntax) throws Exception {
        Path file = VALID.resolve("sea/commercial-invoice." + syntax);
        String text = Files.readString(file);
        String cancelled = syntax.equals("xml")
                ? text.replaceFirst("(<ram:IssueDateTime>[^<]*</ram:IssueDateTime>)", "$1<ram:PurposeCode>1</ram:PurposeCode>")
                : text.replaceFirst("(\"issueDateTime\"\\s*:\\s*\"[^\"]*\")", "$1, \"purposeCode\": \"1\"");
        assertThat(cancelled).as("the example was changed").isNotEqualTo(text);

        Map<String, List<Fact>> facts = extract(cancelled.getBytes(StandardCharsets.UTF_8), "cancelled-invoice." + syntax);

        assertThat(facts.get(FactNames.PURPOSE_CODE)).singleElement().satisfies(fact -> assertThat(fact.value()).isEqualTo("1"));
        assertThat(facts.get(FactNames.PURPOSE_CODE).get(0).path()).contains(syntax.equals("xml") ? "PurposeCode" : "purposeCode");
    }
}
