package org.tradecert.conformance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tradecert.api.DocumentResult;
import org.tradecert.api.Finding;
import org.tradecert.api.RunSummary;
import org.tradecert.conformance.run.CucumberRunner;
import org.tradecert.report.ReportFormat;
import org.tradecert.report.ReportOptions;
import org.tradecert.report.ReportWriter;
import org.tradecert.report.ReportWriters;
import org.tradecert.rules.RuleCatalogue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The files a certification writes into its output folder besides Cucumber's own reports: the
 * signed certificate, tradecert's report of every scenario with its checks and findings, and
 * the validation findings that concern the participant as SARIF 2.1.0 and as an HTML page.
 */
public final class CertificationFiles {

    /** The signed conformance certificate. */
    public static final String CERTIFICATE = "certificate.jws";
    /** tradecert's report of the certification. */
    public static final String REPORT = "certification.json";
    /** The validation findings that concern the participant, for code-scanning tools. */
    public static final String SARIF = "findings.sarif";
    /** The same findings as a self-contained page. */
    public static final String HTML = "findings.html";
    /** The folder of Cucumber's own reports. */
    public static final String CUCUMBER = "cucumber";

    /** The format of {@value #REPORT}. */
    public static final String REPORT_FORMAT = "tradecert-certification-report/1";

    private CertificationFiles() {
    }

    /** Cucumber's reports in an output folder, in the order a reader wants them. */
    public static List<Path> cucumberReports(Path dir) {
        Path folder = dir.resolve(CUCUMBER);
        return List.of(folder.resolve(CucumberRunner.HTML), folder.resolve(CucumberRunner.JUNIT), folder.resolve(CucumberRunner.JSON),
                folder.resolve(CucumberRunner.MESSAGES));
    }

    /**
     * Writes {@value #REPORT}: the certificate core (signed or not) and every scenario's result
     * with its rules, reasons and findings, texts in the given language.
     */
    public static void writeReport(Path dir, Certification certification, ObjectNode core, boolean signed, Path submissions,
                                   Locale locale) throws IOException {
        ObjectNode report = JsonNodeFactory.instance.objectNode();
        report.put("format", REPORT_FORMAT);
        report.put("language", locale.toLanguageTag());
        report.put("signed", signed);
        report.set("certificate", core);
        ObjectNode source = report.putObject("submissions");
        source.put("path", submissions.toString());
        source.put("kind", certification.source().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        ArrayNode covered = source.putArray("covered");
        for (CoveredSubmission submission : certification.covered()) {
            ObjectNode entry = covered.addObject();
            entry.put("submissionId", submission.submissionId());
            entry.put("source", submission.source());
            entry.put("examinedAs", submission.subject() ? "subject" : "reference");
        }

        ArrayNode scenarios = report.putArray("scenarios");
        for (ScenarioResult scenario : certification.scenarios()) {
            ObjectNode entry = scenarios.addObject();
            entry.put("id", scenario.id());
            entry.put("name", scenario.name());
            entry.put("localName", ScenarioNames.name(scenario, locale));
            entry.put("line", scenario.line());
            ArrayNode tags = entry.putArray("tags");
            scenario.tags().forEach(tags::add);
            entry.put("result", scenario.status().name());
            if (scenario.reason() != null) {
                entry.put("reason", scenario.reason().render(locale));
            }
            ArrayNode rules = entry.putArray("rules");
            for (RuleResult rule : scenario.rules()) {
                rules.add(rule(rule, locale));
            }
        }
        ObjectNode files = report.putObject("reports");
        files.put("sarif", SARIF);
        files.put("html", HTML);
        for (Path cucumber : cucumberReports(Path.of(""))) {
            files.put("cucumber-" + cucumber.getFileName().toString().replace('.', '-'), cucumber.toString().replace('\\', '/'));
        }

        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.write(dir.resolve(REPORT), mapper.writeValueAsBytes(report));
    }

    private static ObjectNode rule(RuleResult rule, Locale locale) {
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        entry.put("id", rule.ruleId());
        entry.put("result", rule.status().name());
        entry.put("subjects", rule.subjects());
        if (rule.reason() != null) {
            entry.put("reason", rule.reason().render(locale));
        }
        ArrayNode findings = entry.putArray("findings");
        for (Finding finding : rule.findings()) {
            ObjectNode item = findings.addObject();
            item.put("severity", finding.severity().label());
            item.put("message", FindingMessages.message(finding, locale));
            item.put("location", FindingMessages.location(finding));
            if (finding.location() != null && finding.location().submissionId() != null) {
                item.put("submissionId", finding.location().submissionId());
            }
            if (finding.expected() != null) {
                item.put("expected", finding.expected());
            }
            if (finding.actual() != null) {
                item.put("actual", finding.actual());
            }
        }
        return entry;
    }

    /** Writes {@value #SARIF} and {@value #HTML} from the validation results that concern the participant. */
    public static void writeFindings(Path dir, Certification certification, Locale locale) throws IOException {
        ReportOptions options = ReportOptions.defaults().withFailOn(certification.threshold()).withCatalogue(RuleCatalogue.standard());
        List<ReportFormat> formats = List.of(new ReportFormat(ReportFormat.Kind.SARIF, dir.resolve(SARIF)),
                new ReportFormat(ReportFormat.Kind.HTML, dir.resolve(HTML)));
        RunSummary summary = new RunSummary(certification.threshold());
        try (ReportWriter writer = ReportWriters.openAll(formats, OutputStream.nullOutputStream(), locale, options)) {
            writer.begin(certification.provenance());
            for (DocumentResult result : certification.results()) {
                summary.add(result);
                writer.accept(result);
            }
            writer.end(summary);
        }
    }
}
