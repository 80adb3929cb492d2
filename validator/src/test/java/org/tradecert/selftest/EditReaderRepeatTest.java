package org.tradecert.selftest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code repeat} key of an envelope item: how it expands into numbered envelopes. */
class EditReaderRepeatTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static JsonNode yaml(String text) throws Exception {
        return YAML.readTree(text);
    }

    @Test
    void repeatNumbersEveryText() throws Exception {
        JsonNode item = yaml("""
                document-of-block: 3
                repeat: 3
                signer: exporter
                document-edits:
                  - set: /ci:CommercialInvoice/ci:ExchangedDocument/ram:ID
                    to: HL-INV-2027-{n}
                """);

        List<JsonNode> copies = EditReader.repeated(item, "fires[1]");

        assertThat(copies).hasSize(3);
        assertThat(copies).allSatisfy(copy -> assertThat(copy.has("repeat")).isFalse());
        assertThat(copies).extracting(copy -> copy.path("document-edits").path(0).path("to").asText())
                .containsExactly("HL-INV-2027-1", "HL-INV-2027-2", "HL-INV-2027-3");
        assertThat(copies.get(1).path("document-of-block").asInt()).isEqualTo(3);
        assertThat(copies.get(1).path("signer").asText()).isEqualTo("exporter");
    }

    @Test
    void itemWithoutRepeatIsUnchanged() throws Exception {
        JsonNode item = yaml("""
                document-of-block: 3
                signer: exporter
                document-edits:
                  - set: /ci:CommercialInvoice/ci:ExchangedDocument/ram:ID
                    to: HL-INV-2027-{n}
                """);

        List<JsonNode> copies = EditReader.repeated(item, "fires[1]");

        assertThat(copies).containsExactly(item);
    }

    @Test
    void repeatBelowOneIsAProblem() throws Exception {
        JsonNode item = yaml("""
                document-of-block: 3
                repeat: 0
                signer: exporter
                """);

        assertThatThrownBy(() -> EditReader.repeated(item, "fires[1]"))
                .isInstanceOf(FixtureException.class)
                .satisfies(e -> assertThat(((FixtureException) e).problem().key()).isEqualTo("not-whole-number"));
    }

    @Test
    void repeatAboveMaximumIsAProblem() throws Exception {
        JsonNode item = yaml("repeat: " + (EditReader.MAX_REPEAT + 1) + "\nsigner: exporter\n");

        assertThatThrownBy(() -> EditReader.repeated(item, "fires[1]"))
                .isInstanceOf(FixtureException.class)
                .satisfies(e -> assertThat(((FixtureException) e).problem().key()).isEqualTo("repeat-too-many"));
    }
}
