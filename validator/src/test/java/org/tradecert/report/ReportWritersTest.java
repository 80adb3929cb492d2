package org.tradecert.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradecert.api.DocumentResult;
import org.tradecert.api.RunSummary;
import org.tradecert.engine.Validator;
import org.tradecert.i18n.Messages;
import org.tradecert.rules.RuleCatalogue;
import org.tradecert.rules.RuleConfig;
import org.w3c.dom.Document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Opening several reports of one run, and how a severity override reaches every format. */
class ReportWritersTest {

    private static final String REASON = "Bookings from the legacy system are migrated in phase 2.";

    @TempDir
    Path directory;

    @Test
    void openAllWritesFilesAndStandardOutput() throws IOException {
        ExampleRun run = ExampleRun.examples();
        RecordingStream standardOutput = new RecordingStream();
        List<ReportFormat> formats = ReportFormat.parseAll(List.of("json", "text=" + directory.resolve("new/dir/report.txt"),
                "html=" + directory.resolve("report.html")));
        RunSummary summary = new RunSummary(ReportOptions.defaults().failOn());

        try (ReportWriter report = ReportWriters.openAll(formats, standardOutput, Messages.ENGLISH, ReportOptions.defaults().withColour(true))) {
            report.begin(run.provenance());
            run.results().forEach(report.sink(summary));
            report.end(summary);
        }

        assertThat(standardOutput.closed).as("standard output closed").isFalse();
        assertThat(SchemaCheck.report().violations(standardOutput.toByteArray())).isEmpty();
        String text = Files.readString(directory.resolve("new/dir/report.txt"), StandardCharsets.UTF_8);
        assertThat(text).as("text report in a file").doesNotContain("\u001B").endsWith("info 0.\n");
        Document page = HtmlPage.parse(Files.readAllBytes(directory.resolve("report.html")));
        assertThat(HtmlPage.withClass(page, "section", "input")).hasSize(run.results().size());
    }

    @Test
    void closingOneWriterLeavesTheCallersStreamOpen() throws IOException {
        for (ReportFormat.Kind kind : ReportFormat.Kind.values()) {
            RecordingStream out = new RecordingStream();
            try (ReportWriter writer = ReportWriters.open(kind, out, Messages.ENGLISH, ReportOptions.defaults())) {
                writer.begin(ExampleRun.examples().provenance());
                writer.end(new RunSummary(ReportOptions.defaults().failOn()));
            }
            assertThat(out.closed).as("%s closed the stream", kind).isFalse();
            assertThat(out.size()).as("%s bytes", kind).isPositive();
        }
    }

    @Test
    void severityOverrideReachesEveryFormat() throws Exception {
        Path config = directory.resolve("tradecert.yaml");
        Files.writeString(config, "rules:\n  SCHEMA-STRUCTURE:\n    severity: warning\n    reason: " + REASON + "\n", StandardCharsets.UTF_8);
        Validator validator = Validator.builder().config(RuleConfig.read(config, RuleCatalogue.standard())).build();
        Path example = ExampleRun.INVALID.resolve("booking/missing-carrier-party.json");
        ExampleRun run = ExampleRun.run(validator, List.of(example));
        DocumentResult result = run.results().get(0);
        assertThat(result.findings()).as("findings").isNotEmpty().allSatisfy(finding -> assertThat(finding.overridden()).isTrue());

        String text = run.renderText(ReportFormat.Kind.TEXT, Messages.ENGLISH, ReportOptions.defaults());
        assertThat(text).contains("  WARNING SCHEMA-STRUCTURE ").contains("(severity changed from ERROR: " + REASON + ")");
        assertThat(run.renderText(ReportFormat.Kind.TEXT, Messages.CHINESE, ReportOptions.defaults()))
                .contains("（严重级别由 错误 调整，原因：" + REASON + "）");

        byte[] json = run.render(ReportFormat.Kind.JSON, Messages.ENGLISH, ReportOptions.defaults());
        JsonNode finding = SchemaCheck.parse(json).path("results").get(0).path("findings").get(0);
        assertThat(SchemaCheck.report().violations(json)).isEmpty();
        assertThat(finding.path("severity").asText()).isEqualTo("warning");
        assertThat(finding.path("originalSeverity").asText()).isEqualTo("error");
        assertThat(SchemaCheck.parse(json).path("provenance").path("severityOverrides").get(0).path("reason").asText()).isEqualTo(REASON);
        assertThat(SchemaCheck.parse(json).path("provenance").path("configuration").path("name").asText()).isEqualTo("tradecert.yaml");

        byte[] sarif = run.render(ReportFormat.Kind.SARIF, Messages.ENGLISH, ReportOptions.defaults());
        JsonNode sarifRun = SchemaCheck.parse(sarif).path("runs").get(0);
        assertThat(SchemaCheck.sarif().violations(sarif)).isEmpty();
        assertThat(sarifRun.path("results").get(0).path("level").asText()).isEqualTo("warning");
        assertThat(sarifRun.path("results").get(0).path("properties").path("severityChangeReason").asText()).isEqualTo(REASON);
        JsonNode override = sarifRun.path("invocations").get(0).path("ruleConfigurationOverrides").get(0);
        assertThat(override.path("descriptor").path("id").asText()).isEqualTo("SCHEMA-STRUCTURE");
        assertThat(override.path("configuration").path("level").asText()).isEqualTo("warning");

        Document junit = HtmlPage.parse(run.render(ReportFormat.Kind.JUNIT, Messages.ENGLISH, ReportOptions.defaults()));
        assertThat(HtmlPage.elements(junit, "failure")).as("failures below the threshold").isEmpty();
        assertThat(HtmlPage.elements(junit, "system-out")).extracting(element -> element.getTextContent())
                .anySatisfy(out -> assertThat(out).contains("WARNING SCHEMA-STRUCTURE").contains(REASON));

        Document page = HtmlPage.parse(run.render(ReportFormat.Kind.HTML, Messages.ENGLISH, ReportOptions.defaults()));
        assertThat(HtmlPage.withClass(page, "table", "overrides").get(0).getTextContent()).contains("SCHEMA-STRUCTURE").contains(REASON);
    }

    /** A stream that records whether someone closed it. */
    private static final class RecordingStream extends ByteArrayOutputStream {
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }
}
