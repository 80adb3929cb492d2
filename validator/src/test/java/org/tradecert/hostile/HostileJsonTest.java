package org.tradecert.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradecert.api.DocumentResult;
import org.tradecert.api.Layer;
import org.tradecert.api.LayerStatus;
import org.tradecert.document.JsonSchemas;
import org.tradecert.engine.Validator;
import org.tradecert.json.SafeJson;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tradecert.hostile.Outcomes.CONFORMANT;
import static org.tradecert.hostile.Outcomes.NON_CONFORMANT;
import static org.tradecert.hostile.Outcomes.assertOutcome;
import static org.tradecert.hostile.Outcomes.describe;
import static org.tradecert.hostile.Outcomes.exitCode;
import static org.tradecert.hostile.Outcomes.validate;

/**
 * Tests the JSON payload items J1 to J13 of the hostile-input checklist (the item ids of
 * docs/hostile-input.md), each fed to the real engine. J8 and J14 concern the signed
 * statement and live in {@link HostileEnvelopeTest}.
 */
class HostileJsonTest {

    @TempDir
    static Path temp;

    static Canary canary;
    static HostileInputs inputs;

    @BeforeAll
    static void start() {
        canary = Canary.start();
        inputs = new HostileInputs(temp.resolve("inputs"), canary);
    }

    @AfterAll
    static void stop() {
        canary.close();
    }

    @AfterEach
    void noConnectionReachedTheCanary() {
        assertThat(canary.connections()).as("connections to the loopback canary").isZero();
    }

    private static List<DocumentResult> assertCases(List<HostileInputs.Case> cases) {
        return Outcomes.assertCases(Validator.builder().build(), cases);
    }

    @Test
    void j01DeepNestingStopsAtDepthLimit() throws Exception {
        List<DocumentResult> results = assertCases(inputs.j01());

        assertThat(results.get(0).findings().get(0).arguments().get(0)).contains(Integer.toString(SafeJson.MAX_DEPTH));

        Path envelope = temp.resolve("deep.envelope.json");
        Files.writeString(envelope, "{\"payload\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}");
        assertOutcome(validate(Validator.builder().build(), envelope), NON_CONFORMANT, "ENV-JSON");
    }

    @Test
    void j02MegabyteNumberRejectedBeforeConversion() {
        assertCases(inputs.j02());
    }

    @Test
    void j03HugeExponentsRejectedWithoutExpansion() {
        List<DocumentResult> results = assertCases(inputs.j03());

        for (DocumentResult result : results) {
            assertThat(result.findings().get(0).arguments().get(0)).as("the number's place").isEqualTo("/consignment/grossWeight/content");
        }
    }

    @Test
    void j04DuplicateMemberRejected() {
        assertCases(inputs.j04());
    }

    @Test
    void j05LenientSyntaxRejected() {
        assertCases(inputs.j05());
    }

    @Test
    void j06BrokenUnicodeRejectedAndUtf8BomAccepted() {
        assertCases(inputs.j06());
    }

    @Test
    void j07OversizedDocumentAndStringRejected() {
        assertCases(inputs.j07());
    }

    /**
     * An instance's {@code $ref} is data, which the closed schema rejects. A schema's
     * {@code $ref} to anything outside the bundled schemas fails to load, because the JSON
     * Schema factory rejects every other location before networknt's own loaders run.
     */
    @Test
    void j09RefNeverFetched() throws Exception {
        assertCases(inputs.j09());

        ObjectMapper json = new ObjectMapper();
        JsonNode instance = json.readTree("{\"a\": 1}");
        for (String target : List.of(canary.url("j09/schema.json"), inputs.secretUrl())) {
            JsonNode schemaNode = json.readTree("{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"$ref\": \""
                    + target + "\"}");
            assertThatThrownBy(() -> {
                JsonSchema schema = new JsonSchemas().factory().getSchema(schemaNode);
                schema.validate(instance);
            }).as("a schema referring to " + target).isInstanceOf(RuntimeException.class)
                    .hasMessageNotContaining(HostileInputs.SECRET);
        }
    }

    /**
     * The bundled schemas are fixed with each release and their patterns are simple. A long
     * input against a pattern is bounded by the string limit and fails the pattern. Should a
     * pattern ever run long, the per-document time limit ends it with INPUT-TIMEOUT and never a
     * valid verdict. A 1 ns limit shows that outcome without relying on any speed.
     */
    @Test
    void j10SlowPatternBoundedByLimits() {
        assertCases(inputs.j10());

        Validator hurried = Validator.builder().timeout(Duration.ofNanos(1)).build();
        for (String name : List.of("commercial-invoice.json", "commercial-invoice.xml")) {
            DocumentResult result = validate(hurried, Consortium.example(name));
            assertTimedOut(result);
        }
    }

    static void assertTimedOut(DocumentResult result) {
        assertThat(result.ruleIds()).as(describe(result)).containsExactly("INPUT-TIMEOUT");
        assertThat(exitCode(result)).as(describe(result)).isEqualTo(NON_CONFORMANT);
        assertThat(result.layers()).as("a layer gave up").anyMatch(layer -> layer.status() == LayerStatus.ERROR);
        assertThat(result.layer(Layer.DOCUMENT_RULES).status()).isNotEqualTo(LayerStatus.VALID);
    }

    @Test
    void j11RecursionBaitBoundedByDepthLimit() {
        assertCases(inputs.j11());
    }

    @Test
    void j12HugeArrayStopsAtValueLimit() {
        assertCases(inputs.j12());
    }

    @Test
    void j13InstanceCannotChooseItsSchema() {
        List<DocumentResult> results = assertCases(inputs.j13());

        assertThat(results.get(1).findings().get(0).arguments().get(0)).isEqualTo(canary.url("j13/schema.json"));
        DocumentResult forced = validate(Validator.builder().type("packing-list").build(), Consortium.example("commercial-invoice.json"));
        assertOutcome(forced, NON_CONFORMANT, "SCHEMA-TYPE-MISMATCH");
        DocumentResult pinned = validate(Validator.builder().type("commercial-invoice@1.0.0").build(),
                Consortium.example("commercial-invoice.json"));
        assertOutcome(pinned, CONFORMANT);
    }
}
