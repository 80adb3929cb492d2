package org.tradecert.report;

import com.fasterxml.jackson.core.JsonGenerator;
import org.tradecert.api.DocumentResult;
import org.tradecert.api.Evidence;
import org.tradecert.api.Finding;
import org.tradecert.api.LayerResult;
import org.tradecert.api.LayerStatus;
import org.tradecert.api.Location;
import org.tradecert.api.Provenance;
import org.tradecert.api.RunSummary;
import org.tradecert.api.Severity;
import org.tradecert.api.Verdict;
import org.tradecert.rules.RuleDefinition;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The report for code-scanning services, in SARIF 2.1.0 (OASIS). The log has one run, whose tool
 * driver lists the whole rule catalogue with descriptions and default levels. Each finding is one
 * result with its rule, level, message, physical location (file, line, column) and logical
 * location (XPath or JSON Pointer). The tradecert severities and the expected and actual values
 * go into the result's property bag. Results stream, and the invocation, written last, lists the
 * severity overrides and the layers that could not run.
 */
final class SarifReportWriter implements ReportWriter {

    /** The location of the SARIF 2.1.0 schema as published by OASIS (errata 01). */
    static final String SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    /** Maximum number of layer failures listed as notifications; past it, one notification gives the count of the rest. */
    static final int MAX_NOTIFICATIONS = 1000;

    private static final Pattern SEMANTIC_VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");

    private final JsonGenerator json;
    private final ReportTexts texts;
    private final ReportOptions options;
    private final Map<String, Integer> ruleIndex = new HashMap<>();
    private final Map<String, Provenance.SeverityOverride> overrides = new HashMap<>();
    private final List<Notification> notifications = new ArrayList<>();
    private long omittedNotifications;

    /** A layer that could not run on one input. */
    private record Notification(String file, String layer, String message) {
    }

    SarifReportWriter(OutputStream out, ReportTexts texts, ReportOptions options) throws IOException {
        this.json = JsonOutput.generator(out);
        this.texts = texts;
        this.options = options;
    }

    @Override
    public void begin(Provenance provenance) throws IOException {
        for (Provenance.SeverityOverride override : provenance.overrides()) {
            overrides.put(override.ruleId(), override);
        }

        json.writeStartObject();
        json.writeStringField("$schema", SCHEMA_URI);
        json.writeStringField("version", "2.1.0");
        json.writeArrayFieldStart("runs");
        json.writeStartObject();

        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", provenance.tool());
        json.writeStringField("version", provenance.toolVersion());
        if (SEMANTIC_VERSION.matcher(provenance.toolVersion()).matches()) {
            json.writeStringField("semanticVersion", provenance.toolVersion());
        }
        json.writeStringField("language", texts.languageTag());
        json.writeArrayFieldStart("rules");
        List<RuleDefinition> rules = options.catalogue().rules();
        for (int i = 0; i < rules.size(); i++) {
            ruleIndex.put(rules.get(i).id(), i);
            rule(rules.get(i));
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();

        json.writeStringField("language", texts.languageTag());
        json.writeStringField("columnKind", "utf16CodeUnits");
        json.writeObjectFieldStart("properties");
        json.writeStringField("failOn", options.failOn().label());
        json.writeFieldName("provenance");
        ProvenanceJson.write(json, provenance);
        json.writeEndObject();
        json.writeArrayFieldStart("results");
    }

    @Override
    public void accept(DocumentResult result) throws IOException {
        for (Finding finding : result.findings()) {
            result(result, finding);
        }
        for (LayerResult layer : result.layers()) {
            if (layer.status() == LayerStatus.ERROR) {
                notify(result, layer);
            }
        }
    }

    @Override
    public void end(RunSummary summary) throws IOException {
        json.writeEndArray();
        json.writeArrayFieldStart("invocations");
        json.writeStartObject();
        json.writeBooleanField("executionSuccessful", notifications.isEmpty());
        overrides();
        notifications();
        json.writeObjectFieldStart("properties");
        json.writeNumberField("inputs", summary.inputs());
        json.writeStringField("verdict", summary.verdict().label());
        json.writeNumberField("conformant", summary.count(Verdict.CONFORMANT));
        json.writeNumberField("nonConformant", summary.count(Verdict.NON_CONFORMANT));
        json.writeNumberField("incomplete", summary.count(Verdict.INCOMPLETE));
        json.writeNumberField("inputErrors", summary.count(Verdict.INPUT_ERROR));
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();

        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }

    @Override
    public void close() throws IOException {
        json.close();
    }

    private void rule(RuleDefinition rule) throws IOException {
        String description = texts.description(rule);
        json.writeStartObject();
        json.writeStringField("id", rule.id());
        json.writeStringField("name", ruleName(rule.id()));
        json.writeObjectFieldStart("shortDescription");
        json.writeStringField("text", firstSentence(description));
        json.writeEndObject();
        json.writeObjectFieldStart("fullDescription");
        json.writeStringField("text", description);
        json.writeEndObject();
        json.writeObjectFieldStart("defaultConfiguration");
        json.writeStringField("level", level(rule.severity()));
        json.writeEndObject();
        json.writeObjectFieldStart("help");
        json.writeStringField("text", help(rule, description));
        json.writeEndObject();

        json.writeObjectFieldStart("properties");
        json.writeArrayFieldStart("tags");
        json.writeString(rule.layer().key());
        json.writeEndArray();
        json.writeStringField("layer", rule.layer().key());
        json.writeNumberField("layerNumber", rule.layer().number());
        json.writeStringField("severity", rule.severity().label());
        json.writeArrayFieldStart("documentTypes");
        for (String type : rule.documentTypes()) {
            json.writeString(type);
        }
        json.writeEndArray();
        json.writeStringField("source", rule.source());
        json.writeEndObject();
        json.writeEndObject();
    }

    private String help(RuleDefinition rule, String description) {
        String types = rule.documentTypes().isEmpty() ? texts.text("report.rule.allTypes") : String.join(", ", rule.documentTypes());
        return description + "\n" + texts.text("report.rule.source", rule.source()) + "\n"
                + texts.text("report.rule.documentTypes", types) + "\n"
                + texts.text("report.rule.layerAndSeverity", texts.numberedLayer(rule.layer()), texts.severity(rule.severity()));
    }

    private void result(DocumentResult input, Finding finding) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", finding.ruleId());
        Integer index = ruleIndex.get(finding.ruleId());
        if (index != null) {
            json.writeNumberField("ruleIndex", index);
        }
        json.writeStringField("level", level(finding.severity()));
        json.writeObjectFieldStart("message");
        json.writeStringField("text", texts.message(finding));
        json.writeEndObject();

        json.writeArrayFieldStart("locations");
        location(finding.location(), input.source());
        json.writeEndArray();

        json.writeObjectFieldStart("properties");
        json.writeStringField("severity", finding.severity().label());
        json.writeStringField("originalSeverity", finding.originalSeverity().label());
        Provenance.SeverityOverride override = finding.overridden() ? overrides.get(finding.ruleId()) : null;
        if (override != null) {
            json.writeStringField("severityChangeReason", override.reason());
        }
        json.writeStringField("layer", options.catalogue().layerOf(finding.ruleId()).key());
        json.writeArrayFieldStart("arguments");
        for (String argument : finding.arguments()) {
            json.writeString(argument);
        }
        json.writeEndArray();
        optional("expected", finding.expected());
        optional("actual", finding.actual());
        json.writeNumberField("inputIndex", input.index());
        optional("submissionId", input.submissionId());
        optional("documentType", input.documentType());
        optional("documentVersion", input.version());
        if (!finding.evidence().isEmpty()) {
            evidence(finding.evidence());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private void location(Location location, String source) throws IOException {
        String file = location == null || location.file() == null ? source : location.file();
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", ArtifactUris.of(file));
        json.writeEndObject();
        if (location != null && location.line() != null && location.line() > 0) {
            json.writeObjectFieldStart("region");
            json.writeNumberField("startLine", location.line());
            if (location.column() != null && location.column() > 0) {
                json.writeNumberField("startColumn", location.column());
            }
            json.writeEndObject();
        }
        json.writeEndObject();

        String logical = location == null ? null : location.xpath() != null ? location.xpath() : location.jsonPointer();
        if (logical != null) {
            json.writeArrayFieldStart("logicalLocations");
            json.writeStartObject();
            json.writeStringField("fullyQualifiedName", logical.isEmpty() ? "/" : logical);
            json.writeStringField("kind", logicalKind(location));
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private void evidence(List<Evidence> evidence) throws IOException {
        json.writeArrayFieldStart("evidence");
        for (Evidence item : evidence) {
            json.writeStartObject();
            optional("label", item.label());
            optional("value", item.value());
            optional("documentType", item.documentType());
            optional("documentId", item.documentId());
            if (item.location() != null) {
                json.writeStringField("location", item.location().toString());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void notify(DocumentResult input, LayerResult layer) {
        if (notifications.size() >= MAX_NOTIFICATIONS) {
            omittedNotifications++;
            return;
        }
        String detail = texts.layerDetail(layer);
        String message = texts.text("report.layer.error", texts.numberedLayer(layer.layer()), detail == null ? "" : detail);
        notifications.add(new Notification(input.source(), layer.layer().key(), message));
    }

    private void overrides() throws IOException {
        if (overrides.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("ruleConfigurationOverrides");
        for (Provenance.SeverityOverride override : overrides.values().stream()
                .sorted(Comparator.comparing(Provenance.SeverityOverride::ruleId)).toList()) {
            json.writeStartObject();
            json.writeObjectFieldStart("descriptor");
            json.writeStringField("id", override.ruleId());
            Integer index = ruleIndex.get(override.ruleId());
            if (index != null) {
                json.writeNumberField("index", index);
            }
            json.writeEndObject();
            json.writeObjectFieldStart("configuration");
            json.writeStringField("level", level(override.effective()));
            json.writeEndObject();
            json.writeObjectFieldStart("properties");
            json.writeStringField("originalSeverity", override.original().label());
            json.writeStringField("severity", override.effective().label());
            json.writeStringField("reason", override.reason());
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void notifications() throws IOException {
        if (notifications.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("toolExecutionNotifications");
        for (Notification notification : notifications) {
            json.writeStartObject();
            json.writeStringField("level", "error");
            json.writeObjectFieldStart("message");
            json.writeStringField("text", notification.message());
            json.writeEndObject();
            json.writeArrayFieldStart("locations");
            json.writeStartObject();
            json.writeObjectFieldStart("physicalLocation");
            json.writeObjectFieldStart("artifactLocation");
            json.writeStringField("uri", ArtifactUris.of(notification.file()));
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndArray();
            json.writeObjectFieldStart("properties");
            json.writeStringField("layer", notification.layer());
            json.writeEndObject();
            json.writeEndObject();
        }
        if (omittedNotifications > 0) {
            json.writeStartObject();
            json.writeStringField("level", "error");
            json.writeObjectFieldStart("message");
            json.writeStringField("text", texts.text("report.sarif.moreLayerErrors", omittedNotifications));
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void optional(String name, String value) throws IOException {
        if (value != null) {
            json.writeStringField(name, value);
        }
    }

    /** Maps a severity to one of SARIF's three levels: fatal and error are error, warning is warning, info is note. */
    static String level(Severity severity) {
        return switch (severity) {
            case FATAL, ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** Returns the kind of a logical location: an element or attribute for an XPath, a value for a JSON Pointer. */
    private static String logicalKind(Location location) {
        if (location.xpath() == null) {
            return "value";
        }
        int lastStep = location.xpath().lastIndexOf('/');
        return location.xpath().startsWith("@", lastStep + 1) ? "attribute" : "element";
    }

    /** Derives a readable rule name from its id, as SARIF suggests: {@code SCHEMA-CODE-VALUE} becomes {@code SchemaCodeValue}. */
    static String ruleName(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return name.toString();
    }

    /** Returns the first sentence of a description for the one-line short description. "e.g." and "i.e." do not end a sentence. */
    static String firstSentence(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '。') {
                return text.substring(0, i + 1);
            }
            boolean endsWord = i + 1 == text.length() || text.charAt(i + 1) == ' ';
            if (c == '.' && endsWord && !text.startsWith("e.g", i - 3) && !text.startsWith("i.e", i - 3)) {
                return text.substring(0, i + 1);
            }
        }
        return text;
    }
}
