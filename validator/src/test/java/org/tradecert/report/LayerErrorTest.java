package org.tradecert.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradecert.api.DocumentResult;
import org.tradecert.api.Layer;
import org.tradecert.api.LayerResult;
import org.tradecert.api.LayerStatus;
import org.tradecert.api.RuleOutcome;
import org.tradecert.i18n.Messages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document rule that throws leaves its layer in status error, which no format may show as
 * valid. The results here have the shape the engine gives such a document: the document rules
 * layer in error, the rule's outcome in error with {@code outcome.error}, and no finding.
 */
class LayerErrorTest {

    private static final String FAILURE = "java.lang.IllegalStateException: no line items";

    @TempDir
    Path directory;

    @Test
    void textShowsTheLayerAndTheBrokenRule() {
        String text = runOf(1).renderText(ReportFormat.Kind.TEXT, Messages.ENGLISH, ReportOptions.defaults());

        assertThat(text).contains("invoice-0.xml: incomplete (commercial-invoice 1.0.0, xml)");
        assertThat(text).contains("  layers: document rules error (" + FAILURE + ")");
        assertThat(text).contains("  rule INV-TOTALS could not finish: The rule failed while checking: " + FAILURE + ".");
        assertThat(text.lines().reduce((first, second) -> second).orElseThrow()).contains("incomplete: 1,");
    }

    @Test
    void junitReportsAnError() throws Exception {
        Path file = directory.resolve("errors.xml");
        Files.write(file, runOf(1).render(ReportFormat.Kind.JUNIT, Messages.ENGLISH, ReportOptions.defaults()));

        ReportTestSuite suite = new TestSuiteXmlParser(new NullConsoleLogger()).parse(file.toString()).get(0);
        ReportTestCase rules = suite.getTestCases().stream().filter(testCase -> testCase.getName().equals("layer 7 document rules"))
                .findFirst().orElseThrow();

        assertThat(suite.getNumberOfErrors()).isEqualTo(1);
        assertThat(rules.hasError()).isTrue();
        assertThat(rules.getFailureMessage()).isEqualTo("layer 7 document rules could not run: " + FAILURE);
    }

    @Test
    void jsonKeepsTheReasonOfTheRuleOutcome() {
        byte[] json = runOf(1).render(ReportFormat.Kind.JSON, Messages.CHINESE, ReportOptions.defaults());
        JsonNode result = SchemaCheck.parse(json).path("results").get(0);

        assertThat(SchemaCheck.report().violations(json)).isEmpty();
        assertThat(result.path("verdict").asText()).isEqualTo("incomplete");
        assertThat(result.path("layers").get(6).path("status").asText()).isEqualTo("error");
        assertThat(result.path("rules").get(0).path("reason").path("key").asText()).isEqualTo("outcome.error");
        assertThat(result.path("rules").get(0).path("reason").path("text").asText()).startsWith("规则在检查时出错：");
    }

    @Test
    void sarifMarksTheExecutionUnsuccessful() {
        byte[] sarif = runOf(1).render(ReportFormat.Kind.SARIF, Messages.ENGLISH, ReportOptions.defaults());
        JsonNode invocation = SchemaCheck.parse(sarif).path("runs").get(0).path("invocations").get(0);

        assertThat(SchemaCheck.sarif().violations(sarif)).isEmpty();
        assertThat(invocation.path("executionSuccessful").asBoolean()).isFalse();
        assertThat(invocation.path("toolExecutionNotifications")).hasSize(1);
        assertThat(invocation.path("toolExecutionNotifications").get(0).path("message").path("text").asText()).contains(FAILURE);
    }

    @Test
    void sarifListsAtMostTheNotificationLimit() {
        int inputs = SarifReportWriter.MAX_NOTIFICATIONS + 5;

        byte[] sarif = runOf(inputs).render(ReportFormat.Kind.SARIF, Messages.ENGLISH, ReportOptions.defaults());
        JsonNode notifications = SchemaCheck.parse(sarif).path("runs").get(0).path("invocations").get(0).path("toolExecutionNotifications");

        assertThat(SchemaCheck.sarif().violations(sarif)).isEmpty();
        assertThat(notifications).hasSize(SarifReportWriter.MAX_NOTIFICATIONS + 1);
        assertThat(notifications.get(SarifReportWriter.MAX_NOTIFICATIONS).path("message").path("text").asText()).startsWith("5 more layers");
    }

    @Test
    void htmlShowsTheStatusAndReason() {
        String html = runOf(1).renderText(ReportFormat.Kind.HTML, Messages.ENGLISH, ReportOptions.defaults());

        assertThat(html).contains("<td class=\"s-error\">error<br /><span class=\"note\">" + FAILURE + "</span></td>");
        assertThat(html).contains("<code>INV-TOTALS</code> error: The rule failed while checking: " + FAILURE);
    }

    private static ExampleRun runOf(int inputs) {
        List<DocumentResult> results = new ArrayList<>();
        for (int i = 0; i < inputs; i++) {
            results.add(brokenRule(i));
        }
        return new ExampleRun(ExampleRun.examples().provenance(), results);
    }

    private static DocumentResult brokenRule(long index) {
        List<LayerResult> layers = new ArrayList<>();
        for (Layer layer : Layer.values()) {
            LayerStatus status = switch (layer) {
                case INPUT, SCHEMA, CODE_LISTS -> LayerStatus.VALID;
                case DOCUMENT_RULES -> LayerStatus.ERROR;
                default -> LayerStatus.NOT_APPLICABLE;
            };
            layers.add(new LayerResult(layer, status, 0, status == LayerStatus.ERROR ? FAILURE : null));
        }
        RuleOutcome outcome = new RuleOutcome("INV-TOTALS", RuleOutcome.Status.ERROR, "outcome.error", List.of(FAILURE));
        return new DocumentResult(index, "invoice-" + index + ".xml", null, "commercial-invoice", "1.0.0", "xml", "tradecert", false,
                layers, Collections.emptyList(), List.of(outcome));
    }
}
