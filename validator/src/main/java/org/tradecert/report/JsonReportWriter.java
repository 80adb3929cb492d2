package org.tradecert.report;

import com.fasterxml.jackson.core.JsonGenerator;
import org.tradecert.api.DocumentResult;
import org.tradecert.api.Evidence;
import org.tradecert.api.Finding;
import org.tradecert.api.LayerResult;
import org.tradecert.api.Location;
import org.tradecert.api.Provenance;
import org.tradecert.api.RuleOutcome;
import org.tradecert.api.RunSummary;
import org.tradecert.api.Severity;
import org.tradecert.api.Verdict;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The report for machines, described by {@code tradecert-report-1.schema.json}. The output is
 * deterministic to the byte. Members come in a fixed order, results in input order and findings
 * in the engine's order. There are no timestamps, file names are exactly as the run was given
 * them, and layer durations appear only when the timings option is on. Each finding carries its
 * message in the report language and its rule id and arguments for programs.
 */
final class JsonReportWriter implements ReportWriter {

    /** The value of the {@code format} member, which names the schema version of the report. */
    static final String FORMAT = "tradecert-report/1";

    private final JsonGenerator json;
    private final ReportTexts texts;
    private final ReportOptions options;

    JsonReportWriter(OutputStream out, ReportTexts texts, ReportOptions options) throws IOException {
        this.json = JsonOutput.generator(out);
        this.texts = texts;
        this.options = options;
    }

    @Override
    public void begin(Provenance provenance) throws IOException {
        json.writeStartObject();
        json.writeStringField("format", FORMAT);
        json.writeStringField("language", texts.languageTag());
        json.writeStringField("failOn", options.failOn().label());
        json.writeBooleanField("timings", options.timings());
        json.writeFieldName("provenance");
        ProvenanceJson.write(json, provenance);
        json.writeArrayFieldStart("results");
    }

    @Override
    public void accept(DocumentResult result) throws IOException {
        json.writeStartObject();
        json.writeNumberField("index", result.index());
        json.writeStringField("source", result.source());
        JsonOutput.string(json, "submissionId", result.submissionId());
        JsonOutput.string(json, "documentType", result.documentType());
        JsonOutput.string(json, "version", result.version());
        JsonOutput.string(json, "syntax", result.syntax());
        JsonOutput.string(json, "origin", result.origin());
        json.writeBooleanField("inputError", result.inputError());
        json.writeStringField("verdict", result.verdict(options.failOn()).label());

        json.writeArrayFieldStart("layers");
        for (LayerResult layer : result.layers()) {
            layer(layer);
        }
        json.writeEndArray();

        json.writeArrayFieldStart("findings");
        for (Finding finding : result.findings()) {
            finding(finding);
        }
        json.writeEndArray();

        json.writeArrayFieldStart("rules");
        for (RuleOutcome outcome : result.rules()) {
            outcome(outcome);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    @Override
    public void end(RunSummary summary) throws IOException {
        json.writeEndArray();
        json.writeObjectFieldStart("summary");
        json.writeNumberField("inputs", summary.inputs());
        json.writeStringField("verdict", summary.verdict().label());
        json.writeNumberField("conformant", summary.count(Verdict.CONFORMANT));
        json.writeNumberField("nonConformant", summary.count(Verdict.NON_CONFORMANT));
        json.writeNumberField("incomplete", summary.count(Verdict.INCOMPLETE));
        json.writeNumberField("inputErrors", summary.count(Verdict.INPUT_ERROR));
        json.writeObjectFieldStart("findings");
        for (Severity severity : Severity.values()) {
            json.writeNumberField(severity.label(), summary.findings(severity));
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }

    @Override
    public void close() throws IOException {
        // Closing the generator flushes it; the stream stays open because AUTO_CLOSE_TARGET is disabled.
        json.close();
    }

    private void layer(LayerResult layer) throws IOException {
        json.writeStartObject();
        json.writeNumberField("number", layer.layer().number());
        json.writeStringField("layer", layer.layer().key());
        json.writeStringField("status", layer.status().label());
        JsonOutput.string(json, "detail", layer.detail());
        if (options.timings()) {
            json.writeNumberField("durationNanos", layer.durationNanos());
        }
        json.writeEndObject();
    }

    private void finding(Finding finding) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", finding.ruleId());
        json.writeStringField("layer", options.catalogue().layerOf(finding.ruleId()).key());
        json.writeStringField("severity", finding.severity().label());
        json.writeStringField("originalSeverity", finding.originalSeverity().label());
        json.writeStringField("message", texts.message(finding));
        json.writeArrayFieldStart("arguments");
        for (String argument : finding.arguments()) {
            json.writeString(argument);
        }
        json.writeEndArray();
        JsonOutput.string(json, "expected", finding.expected());
        JsonOutput.string(json, "actual", finding.actual());
        json.writeFieldName("location");
        location(finding.location());

        json.writeArrayFieldStart("evidence");
        for (Evidence evidence : finding.evidence()) {
            json.writeStartObject();
            JsonOutput.string(json, "label", evidence.label());
            JsonOutput.string(json, "value", evidence.value());
            JsonOutput.string(json, "documentType", evidence.documentType());
            JsonOutput.string(json, "documentId", evidence.documentId());
            json.writeFieldName("location");
            location(evidence.location());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void location(Location location) throws IOException {
        if (location == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        JsonOutput.string(json, "file", location.file());
        JsonOutput.string(json, "submissionId", location.submissionId());
        JsonOutput.string(json, "xpath", location.xpath());
        JsonOutput.integer(json, "line", positive(location.line()));
        JsonOutput.integer(json, "column", positive(location.column()));
        JsonOutput.string(json, "jsonPointer", location.jsonPointer());
        json.writeEndObject();
    }

    private void outcome(RuleOutcome outcome) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", outcome.ruleId());
        json.writeStringField("status", outcome.status().label());
        if (outcome.reasonKey() == null) {
            json.writeNullField("reason");
        } else {
            json.writeObjectFieldStart("reason");
            json.writeStringField("key", outcome.reasonKey());
            json.writeArrayFieldStart("arguments");
            for (String argument : outcome.reasonArguments()) {
                json.writeString(argument);
            }
            json.writeEndArray();
            json.writeStringField("text", texts.reason(outcome));
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /** Line and column numbers start at 1; the engine uses 0 or null when it has none. */
    private static Integer positive(Integer number) {
        return number == null || number < 1 ? null : number;
    }
}
