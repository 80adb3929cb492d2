package org.tradecert.schema.model;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A committee member's typo in a model file gives an error that names the place. */
class ModelLoaderTest {

    private final ModelLoader loader = new ModelLoader();

    @Test
    void committedModelsLoad() throws Exception {
        ModelSet set = loader.loadDirectory(Path.of("model"));

        assertThat(set.documentTypes()).extracting(ModelModule::id).containsExactly(
                "air-waybill", "booking", "commercial-invoice", "goods-declaration", "packing-list",
                "payment-advice", "sea-transport-document", "transport-event");
        assertThat(set.document("goods-declaration").rootEntity().propertyByXmlName("SupervisionModeCode")).isPresent();
    }

    @Test
    void misspelledKeyIsNamedWithItsPlace() {
        String yaml = minimal().replace("        card: 1..1", "        crad: 1..1");

        assertThatThrownBy(() -> loader.load("typo.yaml", yaml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("/entities/Thing/properties/0")
                .hasMessageContaining("crad");
    }

    @Test
    void badCardinalityIsRejected() {
        String yaml = minimal().replace("card: 1..1", "card: one");

        assertThatThrownBy(() -> loader.load("card.yaml", yaml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("/entities/Thing/properties/0/card");
    }

    @Test
    void unknownTypeIsNamed() throws Exception {
        ModelSet committed = loader.loadDirectory(Path.of("model"));
        ModelModule thing = loader.load("thing.yaml", minimal().replace("type: Identifier", "type: Identfier").getBytes(StandardCharsets.UTF_8));

        assertThat(thing.entities().get("Thing").properties().get(0).aggregate()).isTrue();
        assertThatThrownBy(() -> loader.assemble(java.util.List.of(committed.common(), thing)))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("Identfier")
                .hasMessageContaining("neither a data type");
    }

    @Test
    void duplicateKeyIsRejected() {
        String yaml = minimal().replace("status: draft", "status: draft\nstatus: released");

        assertThatThrownBy(() -> loader.load("dup.yaml", yaml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("status");
    }

    private static String minimal() {
        return String.join("\n",
                "format: tradecert-model/1",
                "id: thing",
                "version: 1.0.0",
                "status: draft",
                "title: {en: Thing, zh: 物}",
                "uses: {common: 1.0.0}",
                "xml: {namespace: 'urn:tradecert:schema:thing:1', prefix: th}",
                "json: {id: 'https://schemas.tradecert.org/thing/1.0.0/json/thing.schema.json'}",
                "root: Thing",
                "entities:",
                "  Thing:",
                "    den: Thing. Details",
                "    definition: {en: A thing., zh: 一物。}",
                "    properties:",
                "      - xml: ID",
                "        json: id",
                "        card: 1..1",
                "        type: Identifier",
                "");
    }
}
