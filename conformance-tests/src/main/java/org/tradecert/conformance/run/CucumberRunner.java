package org.tradecert.conformance.run;

import io.cucumber.core.feature.FeatureWithLines;
import io.cucumber.core.options.RuntimeOptionsBuilder;
import io.cucumber.core.runtime.Runtime;
import io.cucumber.plugin.event.Status;
import org.tradecert.conformance.RuleResult;
import org.tradecert.conformance.ScenarioResult;
import org.tradecert.conformance.ScenarioStatus;
import org.tradecert.conformance.Text;
import org.tradecert.conformance.suite.ScenarioDefinition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a role's suite through Cucumber's runtime in this process, with this module's glue, and
 * turns what the steps recorded and what Cucumber reported into one result per scenario.
 * Cucumber's options come only from here, never from {@code cucumber.properties}, environment
 * variables or system properties, so nothing around the process can filter scenarios out of a
 * certification or publish its reports anywhere.
 */
public final class CucumberRunner {

    /** The package of the step definitions. */
    public static final String GLUE = "classpath:/org/tradecert/conformance/glue";

    /** The file names of Cucumber's reports inside the reports folder. */
    public static final String HTML = "report.html";
    public static final String JSON = "report.json";
    public static final String MESSAGES = "messages.ndjson";
    public static final String JUNIT = "junit.xml";

    /**
     * Runs the suite of the run and returns the result of every scenario in suite order.
     *
     * @param reports the folder for Cucumber's HTML, JSON, messages and JUnit reports; null for none
     */
    public List<ScenarioResult> run(CertificationRun run, Path reports) {
        RuntimeOptionsBuilder options = new RuntimeOptionsBuilder()
                .addFeature(FeatureWithLines.parse(run.suite().uri()))
                .addGlue(URI.create(GLUE))
                .setMonochrome()
                .setNoSummary()
                .setPublish(false)
                .setPublishQuiet(true);
        if (reports != null) {
            try {
                Files.createDirectories(reports);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            options.addPluginName("html:" + reports.resolve(HTML).toAbsolutePath())
                    .addPluginName("json:" + reports.resolve(JSON).toAbsolutePath())
                    .addPluginName("message:" + reports.resolve(MESSAGES).toAbsolutePath())
                    .addPluginName("junit:" + reports.resolve(JUNIT).toAbsolutePath());
        }
        ScenarioRecorder recorder = new ScenarioRecorder();
        GlueFactory glue = new GlueFactory(run);
        Runtime runtime = Runtime.builder()
                .withRuntimeOptions(options.build())
                .withClassLoader(CucumberRunner.class::getClassLoader)
                .withObjectFactorySupplier(() -> glue)
                .withAdditionalPlugins(recorder)
                .build();
        runtime.run();

        List<ScenarioResult> results = new ArrayList<>();
        for (ScenarioDefinition definition : run.suite().scenarios()) {
            results.add(result(definition, run.record(definition.id()).orElse(null), recorder));
        }
        return results;
    }

    /** The scenario's result: what its steps decided, unless Cucumber saw something they did not. */
    private static ScenarioResult result(ScenarioDefinition definition, ScenarioRecord record, ScenarioRecorder recorder) {
        ScenarioRecorder.Outcome outcome = record == null ? null : recorder.outcome(record.testCaseId());
        ScenarioStatus status;
        Text reason;
        if (record == null || outcome == null) {
            status = ScenarioStatus.ERROR;
            reason = Text.of("error.notRun");
        } else if (outcome.status() == Status.UNDEFINED || outcome.status() == Status.AMBIGUOUS || outcome.status() == Status.PENDING) {
            status = ScenarioStatus.ERROR;
            reason = Text.of("error.step", outcome.status().name().toLowerCase(java.util.Locale.ROOT), String.valueOf(outcome.step()));
        } else if (record.status() == null) {
            status = ScenarioStatus.ERROR;
            reason = outcome.status() == Status.PASSED ? Text.of("error.noConclusion")
                    : Text.of("error.exception", String.valueOf(outcome.step()), String.valueOf(outcome.error()));
        } else {
            status = record.status();
            reason = record.reason();
        }
        List<RuleResult> rules = record == null ? List.of() : record.rules();
        return new ScenarioResult(definition.id(), definition.name(), definition.line(), definition.tags(), status, reason, rules);
    }
}
