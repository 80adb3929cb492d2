package org.tradecert.report;

import org.tradecert.api.DocumentResult;
import org.tradecert.api.Evidence;
import org.tradecert.api.Finding;
import org.tradecert.api.LayerResult;
import org.tradecert.api.LayerStatus;
import org.tradecert.api.Location;
import org.tradecert.api.Provenance;
import org.tradecert.api.RuleOutcome;
import org.tradecert.api.RunSummary;
import org.tradecert.api.Severity;
import org.tradecert.api.Verdict;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The report for people at a terminal. A few lines name the rule pack, schemas and code lists.
 * Each input then has one header line with its verdict and type, followed by the layers that did
 * not pass and its findings with location, message, expected and actual values. A one-line
 * summary ends the report. Every text that comes from a document is escaped, so no raw control
 * character, escape sequence or line break from the data reaches the terminal. Colours, when
 * on, are the writer's own.
 */
final class TextReportWriter implements ReportWriter {

    private static final String INDENT = "  ";
    private static final String DETAIL_INDENT = "      ";

    private final Writer out;
    private final ReportTexts texts;
    private final ReportOptions options;
    private final Map<String, Provenance.SeverityOverride> overrides = new HashMap<>();

    TextReportWriter(OutputStream stream, ReportTexts texts, ReportOptions options) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, options.textCharset()));
        this.texts = texts;
        this.options = options;
    }

    @Override
    public void begin(Provenance provenance) throws IOException {
        for (Provenance.SeverityOverride override : provenance.overrides()) {
            overrides.put(override.ruleId(), override);
        }

        Provenance.Component pack = provenance.rulePack();
        line(texts.text("report.text.tool", safe(provenance.tool()), safe(provenance.toolVersion()),
                safe(pack.name()), safe(pack.version()), safe(pack.digest())));
        line(texts.text("report.text.schemas", components(provenance.schemas())));
        line(texts.text("report.text.codeLists", components(provenance.codeLists())));
        if (provenance.registry() != null) {
            line(texts.text("report.text.registry", safe(provenance.registry().name()), safe(provenance.registry().digest())));
        }
        if (provenance.configuration() != null) {
            line(texts.text("report.text.configuration", safe(provenance.configuration().name()),
                    safe(provenance.configuration().digest()), provenance.overrides().size()));
        }
        out.write('\n');
        out.flush();
    }

    @Override
    public void accept(DocumentResult result) throws IOException {
        Verdict verdict = result.verdict(options.failOn());
        String verdictText = paint(verdictColour(verdict), texts.verdict(verdict));
        line(texts.text("report.text.input", safe(result.source()), verdictText, describe(result)));

        int details = 0;
        String layers = layers(result);
        if (layers != null) {
            line(INDENT + texts.text("report.text.layers", layers));
            details++;
        }
        for (RuleOutcome outcome : result.rules()) {
            if (outcome.status() == RuleOutcome.Status.ERROR) {
                line(INDENT + texts.text("report.text.ruleError", outcome.ruleId(), safe(texts.reason(outcome))));
                details++;
            }
        }
        for (Finding finding : result.findings()) {
            finding(finding);
            details++;
        }
        if (details > 0) {
            out.write('\n');
        }
        // Flushed per input, so a terminal shows progress through a long run.
        out.flush();
    }

    @Override
    public void end(RunSummary summary) throws IOException {
        line(texts.text("report.summary", summary.inputs(), summary.count(Verdict.CONFORMANT), summary.count(Verdict.NON_CONFORMANT),
                summary.count(Verdict.INCOMPLETE), summary.count(Verdict.INPUT_ERROR), summary.findings(Severity.FATAL),
                summary.findings(Severity.ERROR), summary.findings(Severity.WARNING), summary.findings(Severity.INFO)));
        out.flush();
    }

    private void finding(Finding finding) throws IOException {
        String severity = paint(severityColour(finding.severity()), texts.severity(finding.severity()));
        String location = finding.location() == null ? "" : " " + paint(Ansi.DIM, safe(location(finding.location())));
        line(INDENT + severity + " " + safe(finding.ruleId()) + location);
        line(DETAIL_INDENT + safe(texts.message(finding)));

        if (finding.expected() != null || finding.actual() != null) {
            line(DETAIL_INDENT + texts.text("report.text.expectedActual", safe(Objects.toString(finding.expected(), "")),
                    safe(Objects.toString(finding.actual(), ""))));
        }
        for (Evidence evidence : finding.evidence()) {
            line(DETAIL_INDENT + texts.text("report.text.evidence", safe(evidence.label()), safe(evidence.value()),
                    safe(evidenceSource(evidence))));
        }
        if (finding.overridden()) {
            Provenance.SeverityOverride override = overrides.get(finding.ruleId());
            String reason = override == null ? "" : override.reason();
            line(DETAIL_INDENT + texts.text("report.text.overridden", texts.severity(finding.originalSeverity()), safe(reason)));
        }
    }

    /** Lists the statuses other than valid and not applicable, joining neighbouring layers of the same status and cause. */
    private String layers(DocumentResult result) {
        List<String> groups = new ArrayList<>();
        List<String> names = new ArrayList<>();
        LayerResult previous = null;
        for (LayerResult layer : result.layers()) {
            if (layer.status() == LayerStatus.VALID || layer.status() == LayerStatus.NOT_APPLICABLE) {
                continue;
            }
            if (previous != null && (previous.status() != layer.status() || !Objects.equals(previous.detail(), layer.detail()))) {
                groups.add(layerGroup(names, previous));
                names.clear();
            }
            names.add(texts.layer(layer.layer()));
            previous = layer;
        }
        if (previous == null) {
            return null;
        }
        groups.add(layerGroup(names, previous));
        return String.join(texts.text("report.text.layerSeparator"), groups);
    }

    private String layerGroup(List<String> names, LayerResult status) {
        String joined = String.join(texts.text("report.text.listSeparator"), names);
        String detail = texts.layerDetail(status);
        String colour = status.status() == LayerStatus.INVALID ? Ansi.RED : Ansi.YELLOW;
        String label = paint(colour, texts.status(status.status()));
        return detail == null
                ? texts.text("report.text.layerGroup", joined, label)
                : texts.text("report.text.layerGroupDetail", joined, label, safe(detail));
    }

    /** Describes the input's type, version and syntax, its origin when not the standard's own format, and its submission. */
    private String describe(DocumentResult result) {
        StringBuilder description = new StringBuilder(safe(texts.documentKind(result)));
        String separator = texts.text("report.text.listSeparator");
        if (result.syntax() != null) {
            description.append(separator).append(safe(result.syntax()));
        }
        if (result.origin() != null && !"tradecert".equals(result.origin())) {
            description.append(separator).append(safe(result.origin()));
        }
        if (result.submissionId() != null) {
            description.append(separator).append(texts.text("report.text.submission", safe(result.submissionId())));
        }
        return description.toString();
    }

    /** Formats a location as {@code file:line:column xpath} or {@code file pointer}, with the submission when there is one. */
    private String location(Location location) {
        String text = location.toString();
        if (location.submissionId() != null) {
            text = text + " " + texts.text("report.text.locationSubmission", location.submissionId());
        }
        return text;
    }

    private String evidenceSource(Evidence evidence) {
        List<String> parts = new ArrayList<>();
        if (evidence.documentType() != null) {
            parts.add(evidence.documentType());
        }
        if (evidence.documentId() != null) {
            parts.add(evidence.documentId());
        }
        if (evidence.location() != null) {
            parts.add(location(evidence.location()));
        }
        return String.join(" ", parts);
    }

    private String components(List<Provenance.Component> components) {
        List<String> parts = new ArrayList<>();
        for (Provenance.Component component : components) {
            parts.add(component.version() == null ? safe(component.name()) : safe(component.name()) + " " + safe(component.version()));
        }
        return String.join(texts.text("report.text.listSeparator"), parts);
    }

    private void line(String text) throws IOException {
        out.write(text);
        out.write('\n');
    }

    private static String safe(String text) {
        return text == null ? "" : ControlCharacters.escape(text);
    }

    private String paint(String colour, String text) {
        return options.colour() ? colour + text + Ansi.RESET : text;
    }

    private static String verdictColour(Verdict verdict) {
        return switch (verdict) {
            case CONFORMANT -> Ansi.GREEN;
            case NON_CONFORMANT -> Ansi.BOLD_RED;
            case INCOMPLETE -> Ansi.YELLOW;
            case INPUT_ERROR -> Ansi.MAGENTA;
        };
    }

    private static String severityColour(Severity severity) {
        return switch (severity) {
            case FATAL -> Ansi.BOLD_RED;
            case ERROR -> Ansi.RED;
            case WARNING -> Ansi.YELLOW;
            case INFO -> Ansi.CYAN;
        };
    }

    /** SGR sequences of ECMA-48, which every colour terminal understands. */
    private static final class Ansi {
        static final String RESET = "\u001B[0m";
        static final String DIM = "\u001B[2m";
        static final String RED = "\u001B[31m";
        static final String BOLD_RED = "\u001B[1;31m";
        static final String GREEN = "\u001B[32m";
        static final String YELLOW = "\u001B[33m";
        static final String MAGENTA = "\u001B[35m";
        static final String CYAN = "\u001B[36m";

        private Ansi() {
        }
    }
}
