package org.tradecert.rules.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tradecert.ProjectPaths;
import org.tradecert.api.DocumentResult;
import org.tradecert.api.Finding;
import org.tradecert.api.Layer;
import org.tradecert.api.LayerStatus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invalid examples whose sidecar names the document-rules layer: the validator reports
 * exactly the rules the sidecar lists, at a location that names what the sidecar mentions, and the
 * XML document and its JSON twin give the same findings.
 */
class TransportInvalidExamplesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** A finding without its location, which differs between the twins by nature (XPath against JSON Pointer). */
    private record Essence(String ruleId, String severity, List<String> arguments, String expected, String actual) {

        static Essence of(Finding finding) {
            return new Essence(finding.ruleId(), finding.severity().label(), finding.arguments(), finding.expected(), finding.actual());
        }
    }

    @TestFactory
    Stream<DynamicTest> ruleLevelExamples() throws IOException {
        List<Path> sidecars = new ArrayList<>();
        for (Path sidecar : ProjectPaths.files(ProjectPaths.examples().resolve("documents/invalid"), ".expect.yaml")) {
            if ("document-rules".equals(YAML.readTree(sidecar.toFile()).path("layer").asText())) {
                sidecars.add(sidecar);
            }
        }
        assertThat(sidecars).as("rule-level invalid examples").hasSizeGreaterThanOrEqualTo(7);
        return sidecars.stream()
                .map(sidecar -> DynamicTest.dynamicTest(ProjectPaths.examples().relativize(sidecar).toString(), () -> check(sidecar)));
    }

    private static void check(Path sidecar) throws IOException {
        JsonNode expectation = YAML.readTree(sidecar.toFile());
        String base = sidecar.getFileName().toString().replace(".expect.yaml", "");
        List<String> rules = new ArrayList<>();
        expectation.path("rules").forEach(rule -> rules.add(rule.asText()));

        DocumentResult xml = RuleHarness.validate(sidecar.resolveSibling(base + ".xml"));
        DocumentResult json = RuleHarness.validate(sidecar.resolveSibling(base + ".json"));

        for (DocumentResult result : List.of(xml, json)) {
            assertThat(result.documentType()).as("document type of " + result.source()).isEqualTo(expectation.path("type").asText());
            assertThat(result.layer(Layer.SCHEMA).status()).as("schema layer of " + result.source()).isEqualTo(LayerStatus.VALID);
            assertThat(result.layer(Layer.DOCUMENT_RULES).status()).as("document rules layer of " + result.source()).isEqualTo(LayerStatus.INVALID);
            assertThat(result.ruleIds()).as("rules reported for " + result.source()).containsExactlyInAnyOrderElementsOf(rules);
        }
        assertThat(xml.findings()).as("XML locations").allSatisfy(finding ->
                assertThat(finding.location().xpath()).contains(expectation.path("mentions").path("xml").asText()));
        assertThat(json.findings()).as("JSON locations").allSatisfy(finding ->
                assertThat(finding.location().jsonPointer()).contains(expectation.path("mentions").path("json").asText()));
        assertThat(json.findings().stream().map(Essence::of).toList()).as("JSON twin gives the findings of the XML document")
                .containsExactlyElementsOf(xml.findings().stream().map(Essence::of).toList());
    }
}
