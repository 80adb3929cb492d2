package org.tradecert.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.tradecert.ProjectPaths;
import org.tradecert.api.DocumentResult;
import org.tradecert.api.Finding;
import org.tradecert.api.Provenance;
import org.tradecert.api.RunSummary;
import org.tradecert.api.Severity;
import org.tradecert.engine.Validator;
import org.tradecert.i18n.Messages;
import org.tradecert.rules.RuleCatalogue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON report of a real run over the example documents, checked against its own schema. */
class JsonReportWriterTest {

    private final ExampleRun run = ExampleRun.examples();

    @Test
    void englishReportMatchesTheSchema() {
        byte[] json = run.render(ReportFormat.Kind.JSON, Messages.ENGLISH, ReportOptions.defaults());

        assertThat(SchemaCheck.report().violations(json)).isEmpty();
    }

    @Test
    void schemaRejectsAnUnknownVerdict() {
        String json = run.renderText(ReportFormat.Kind.JSON, Messages.ENGLISH, ReportOptions.defaults());
        String broken = json.replaceFirst("\"verdict\": \"conformant\"", "\"verdict\": \"acceptable\"");

        assertThat(broken).isNotEqualTo(json);
        assertThat(SchemaCheck.report().violations(broken.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
    }

    @Test
    void chineseReportWithTimingsMatchesTheSchema() {
        byte[] json = run.render(ReportFormat.Kind.JSON, Messages.CHINESE, ReportOptions.defaults().withTimings(true));

        assertThat(SchemaCheck.report().violations(json)).isEmpty();
        JsonNode report = SchemaCheck.parse(json);
        assertThat(report.path("language").asText()).isEqualTo("zh-CN");
        assertThat(report.path("timings").asBoolean()).isTrue();
        assertThat(report.path("results").get(0).path("layers").get(0).has("durationNanos")).isTrue();
    }

    @Test
    void twoRunsGiveIdenticalBytes() {
        ExampleRun again = ExampleRun.run(Validator.builder().build(), List.of(ExampleRun.VALID, ExampleRun.INVALID, ExampleRun.MISSING));

        byte[] first = run.render(ReportFormat.Kind.JSON, Messages.ENGLISH, ReportOptions.defaults());
        byte[] second = again.render(ReportFormat.Kind.JSON, Messages.ENGLISH, ReportOptions.defaults());

        assertThat(second).isEqualTo(first);
    }

    @Test
    void outputHasNoRunDependentData() {
        String json = run.renderText(ReportFormat.Kind.JSON, Messages.ENGLISH, ReportOptions.defaults());

        assertThat(json).doesNotContain("durationNanos");
        assertThat(json).doesNotContain(ProjectPaths.root().toString());
        assertThat(memberNames(SchemaCheck.parse(json.getBytes(StandardCharsets.UTF_8))))
                .as("member names").filteredOn(name -> name.matches("(?i).*(time|date).*")).isEmpty();
        assertThat(json).doesNotContain("\r");
        assertThat(json).endsWith("}\n");
    }

    @Test
    void resultsAreInInputOrderWithVerdicts() {
        JsonNode results = report().path("results");

        assertThat(results).hasSize(run.results().size());
        for (int i = 0; i < run.results().size(); i++) {
            DocumentResult result = run.results().get(i);
            JsonNode written = results.get(i);
            assertThat(written.path("index").asLong()).isEqualTo(i);
            assertThat(written.path("source").asText()).isEqualTo(result.source());
            assertThat(written.path("verdict").asText()).isEqualTo(result.verdict(Severity.ERROR).label());
            assertThat(written.path("layers")).hasSize(10);
        }
    }

    @Test
    void findingsCarryMessageRuleIdArgumentsAndLocation() throws IOException {
        JsonNode results = report().path("results");

        for (int i = 0; i < run.results().size(); i++) {
            DocumentResult result = run.results().get(i);
            JsonNode findings = results.get(i).path("findings");
            assertThat(findings).as("findings of %s", result.source()).hasSize(result.findings().size());
            for (int j = 0; j < result.findings().size(); j++) {
                Finding finding = result.findings().get(j);
                JsonNode written = findings.get(j);
                assertThat(written.path("ruleId").asText()).isEqualTo(finding.ruleId());
                assertThat(written.path("message").asText()).isEqualTo(Messages.get(Messages.ENGLISH, "rule." + finding.ruleId() + ".message",
                        finding.arguments().toArray()));
                assertThat(written.path("arguments")).hasSize(finding.arguments().size());
                assertThat(written.path("location").path("file").asText()).isEqualTo(finding.location().file());
            }
        }
    }

    @Test
    void invalidExamplesNameWhatTheirSidecarMentions() throws IOException {
        JsonNode results = report().path("results");

        for (int i = 0; i < run.results().size(); i++) {
            DocumentResult result = run.results().get(i);
            if (!Path.of(result.source()).startsWith(ExampleRun.INVALID) || result.source().endsWith(".yaml")) {
                continue;
            }
            JsonNode sidecar = sidecar(Path.of(result.source()));
            String mentioned = sidecar.path("mentions").path(result.syntax()).asText();
            JsonNode written = results.get(i);

            assertThat(written.path("verdict").asText()).as("verdict of %s", result.source()).isEqualTo("non-conformant");
            assertThat(written.path("documentType").asText()).isEqualTo(sidecar.path("type").asText());
            assertThat(written.path("findings").toString()).as("findings of %s", result.source()).contains(mentioned);
            assertThat(written.path("findings").get(0).path("layer").asText()).isEqualTo(sidecar.path("layer").asText());
        }
    }

    @Test
    void provenanceNamesRulePackSchemasAndCodeLists() {
        JsonNode provenance = report().path("provenance");
        Provenance expected = run.provenance();

        assertThat(provenance.path("rulePack").path("name").asText()).isEqualTo(RuleCatalogue.PACK_NAME);
        assertThat(provenance.path("rulePack").path("digest").asText()).isEqualTo(RuleCatalogue.standard().pack().digest());
        assertThat(provenance.path("schemas")).hasSize(expected.schemas().size());
        assertThat(provenance.path("codeLists")).hasSize(expected.codeLists().size());
        assertThat(provenance.path("codeLists").get(0).path("digest").asText()).isEqualTo(expected.codeLists().get(0).digest());
        assertThat(provenance.path("registry").isNull()).isTrue();
    }

    @Test
    void summaryCountsMatchTheRun() {
        JsonNode summary = report().path("summary");

        assertThat(summary.path("inputs").asLong()).isEqualTo(run.results().size());
        assertThat(summary.path("conformant").asLong()).isEqualTo(run.under(ExampleRun.VALID).size());
        assertThat(summary.path("nonConformant").asLong()).isEqualTo(run.under(ExampleRun.INVALID).size());
        assertThat(summary.path("inputErrors").asLong()).isEqualTo(1);
        assertThat(summary.path("verdict").asText()).isEqualTo("input-error");
    }

    @Test
    void resultsAreWrittenBeforeTheEnd() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReportWriter writer = ReportWriters.open(ReportFormat.Kind.JSON, out, Messages.ENGLISH, ReportOptions.defaults())) {
            writer.begin(run.provenance());
            for (DocumentResult result : run.results()) {
                writer.accept(result);
            }
            int beforeEnd = out.size();

            writer.end(new RunSummary(Severity.ERROR));

            // The generator passes its buffer on as it fills, so most of the results are out before end().
            assertThat(beforeEnd).isGreaterThan(out.size() / 2);
        }
    }

    @Test
    void emptyRunMatchesTheSchema() {
        ExampleRun empty = new ExampleRun(run.provenance(), List.of());

        byte[] json = empty.render(ReportFormat.Kind.JSON, Messages.ENGLISH, ReportOptions.defaults());

        assertThat(SchemaCheck.report().violations(json)).isEmpty();
        assertThat(SchemaCheck.parse(json).path("summary").path("verdict").asText()).isEqualTo("conformant");
    }

    private static Set<String> memberNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                names.add(member.getKey());
                names.addAll(memberNames(member.getValue()));
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                names.addAll(memberNames(element));
            }
        }
        return names;
    }

    private JsonNode report() {
        return SchemaCheck.parse(run.render(ReportFormat.Kind.JSON, Messages.ENGLISH, ReportOptions.defaults()));
    }

    private static JsonNode sidecar(Path example) throws IOException {
        String name = example.getFileName().toString();
        Path sidecar = example.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expect.yaml");
        return new ObjectMapper(new YAMLFactory()).readTree(Files.readString(sidecar, StandardCharsets.UTF_8));
    }
}
