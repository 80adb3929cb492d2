package org.tradecert.rules.invoice;

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
import org.tradecert.api.RuleOutcome;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example documents against the invoice, declaration and payment advice rules. The valid
 * examples give no finding at all. Each invalid example of the document-rules layer gives
 * exactly the rules its sidecar names, and its XML and JSON twins give the same findings.
 */
class TradeExamplesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final List<String> TYPES = List.of("commercial-invoice", "goods-declaration", "payment-advice");

    @TestFactory
    Stream<DynamicTest> validExamplesHaveNoFinding() {
        List<Path> files = ProjectPaths.files(ProjectPaths.examples().resolve("documents/valid"), ".xml", ".json").stream()
                .filter(file -> TYPES.stream().anyMatch(type -> file.getFileName().toString().startsWith(type)))
                .toList();
        assertThat(files).as("valid invoices, declarations and payment advices").hasSize(2 * 2 * TYPES.size());

        return files.stream().map(file -> DynamicTest.dynamicTest(ProjectPaths.examples().relativize(file).toString(), () -> {
            DocumentResult result = RuleHarness.validate(file);

            assertThat(result.findings()).as("findings").isEmpty();
            assertThat(result.layer(Layer.DOCUMENT_RULES).status()).isEqualTo(LayerStatus.VALID);
            List<RuleOutcome> trade = result.rules().stream().filter(outcome -> RuleHarness.tradeRuleIds().contains(outcome.ruleId())).toList();
            assertThat(trade).as("outcomes of the trade rules").isNotEmpty()
                    .allSatisfy(outcome -> assertThat(outcome.status()).isIn(RuleOutcome.Status.PASSED, RuleOutcome.Status.NOT_APPLICABLE));
        }));
    }

    @TestFactory
    Stream<DynamicTest> invalidExamplesGiveTheirRules() {
        List<Path> examples = documentRuleExamples();
        assertThat(examples).as("document-rule examples per type").hasSizeGreaterThanOrEqualTo(3 * TYPES.size());

        return examples.stream().map(xml -> DynamicTest.dynamicTest(ProjectPaths.examples().relativize(xml).toString(), () -> {
            JsonNode sidecar = sidecar(xml);
            Set<String> expected = new TreeSet<>();
            sidecar.path("rules").forEach(rule -> expected.add(rule.asText()));
            Path json = xml.resolveSibling(xml.getFileName().toString().replace(".xml", ".json"));
            DocumentResult xmlResult = RuleHarness.validate(xml);
            DocumentResult jsonResult = RuleHarness.validate(json);

            assertThat(xmlResult.documentType()).isEqualTo(sidecar.path("type").asText());
            assertThat(new TreeSet<>(xmlResult.ruleIds())).as("rules reported for the XML").isEqualTo(expected);
            assertThat(new TreeSet<>(jsonResult.ruleIds())).as("rules reported for the JSON twin").isEqualTo(expected);
            assertThat(xmlResult.findings()).allSatisfy(finding -> assertThat(finding.location().xpath())
                    .contains(sidecar.path("mentions").path("xml").asText()));
            assertThat(jsonResult.findings()).allSatisfy(finding -> assertThat(finding.location().jsonPointer())
                    .contains(sidecar.path("mentions").path("json").asText()));
            assertThat(comparable(jsonResult)).as("JSON findings equal the XML findings").isEqualTo(comparable(xmlResult));
        }));
    }

    /** Lists the invalid examples of the three types whose sidecar names the document-rules layer. */
    private static List<Path> documentRuleExamples() {
        List<Path> examples = new ArrayList<>();
        for (String type : TYPES) {
            for (Path xml : ProjectPaths.files(ProjectPaths.examples().resolve("documents/invalid").resolve(type), ".xml")) {
                if (sidecar(xml).path("layer").asText().equals("document-rules")) {
                    examples.add(xml);
                }
            }
        }
        return examples;
    }

    private static JsonNode sidecar(Path example) {
        String name = example.getFileName().toString();
        Path sidecar = example.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expect.yaml");
        try {
            return YAML.readTree(Files.readAllBytes(sidecar));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** What must not depend on the syntax: rule, severity and message arguments, in finding order. */
    private static List<String> comparable(DocumentResult result) {
        List<String> findings = new ArrayList<>();
        for (Finding finding : result.findings()) {
            findings.add(finding.ruleId() + " " + finding.severity() + " " + finding.arguments() + " " + finding.expected() + " " + finding.actual());
        }
        return findings;
    }
}
