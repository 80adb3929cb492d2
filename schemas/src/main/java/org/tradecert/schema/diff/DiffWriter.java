package org.tradecert.schema.diff;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tradecert.schema.generate.JsonText;
import org.tradecert.schema.governance.Texts;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Writes a diff verdict as text, JSON, SARIF 2.1.0, Markdown release notes or an allow-list skeleton. */
public final class DiffWriter {

    /** The output formats of schema diff. */
    public enum Format { TEXT, JSON, SARIF, MARKDOWN, ALLOWLIST }

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Locale locale;

    public DiffWriter(Locale locale) {
        this.locale = Texts.supported(locale);
    }

    public String write(DiffGate.Verdict verdict, Format format) {
        return switch (format) {
            case TEXT -> text(verdict);
            case JSON -> JsonText.write(json(verdict));
            case SARIF -> JsonText.write(sarif(verdict));
            case MARKDOWN -> markdown(verdict);
            case ALLOWLIST -> allowList(verdict);
        };
    }

    private String t(String key, Object... arguments) {
        return Texts.get(locale, key, arguments);
    }

    private String classLabel(DiffFinding finding) {
        String label = finding.changeClass().name();
        if (finding.kind().contextual()) {
            label = "CTX\u2192" + label;
        }
        return finding.decided() ? label : label + " (" + t("class.undecided") + ")";
    }

    private String text(DiffGate.Verdict verdict) {
        StringBuilder out = new StringBuilder();
        int[] counts = new int[4];
        for (DiffGate.Comparison comparison : verdict.comparisons()) {
            DiffResult result = comparison.result();
            out.append(t("diff.heading", result.oldLabel(), result.newLabel(), t("mode." + verdict.mode().name()),
                    verdict.transitive() ? t("diff.transitive") : "")).append('\n');
            if (comparison.findings().isEmpty()) {
                out.append("  ").append(t("diff.noChanges")).append('\n');
            }
            for (DiffGate.Judged judged : comparison.findings()) {
                DiffFinding f = judged.finding();
                counts[judged.counts() ? judged.severity().ordinal() : 3]++;
                out.append("  ").append(t("severity." + judged.severity().name()).toUpperCase(Locale.ROOT)).append(' ')
                        .append(f.kind().name()).append(' ').append(f.kind().id()).append("  ").append(f.path())
                        .append("  ").append(classLabel(f)).append("  ").append(t("bump." + judged.required().name())).append('\n');
                out.append("      ").append(t(f.kind().titleKey()));
                if (f.detail() != null || f.oldValue() != null || f.newValue() != null) {
                    out.append(": ").append(f.detail() == null ? "" : f.detail() + " ")
                            .append(t("diff.values", nullDash(f.oldValue()), nullDash(f.newValue())));
                }
                out.append('\n');
                out.append("      ").append(t("diff.producers")).append(' ')
                        .append(f.effectiveClass().producersSafe() ? t("diff.safe") : t("diff.atRisk")).append(", ")
                        .append(t("diff.consumers")).append(' ')
                        .append(f.effectiveClass().consumersSafe() ? t("diff.safe") : t("diff.atRisk")).append('\n');
                location(out, t("diff.xsd"), f.xsd());
                location(out, t("diff.json"), f.json());
                if (judged.allowedBy() != null) {
                    out.append("      ").append(t("diff.allowed", judged.allowedBy().reason())).append('\n');
                }
            }
            out.append("  ").append(t("diff.required", t("bump." + comparison.required().name()), t("bump." + comparison.declared().name())))
                    .append(' ').append(comparison.versionSufficient() ? t("diff.versionOk")
                            : t("diff.versionTooSmall", t("bump." + comparison.required().name()), t("bump." + comparison.declared().name())))
                    .append('\n');
        }
        verdict.expiredEntries().forEach(e -> out.append(t("diff.expiredEntry", e)).append('\n'));
        verdict.unusedEntries().forEach(e -> out.append(t("diff.unusedEntry", e)).append('\n'));
        int total = counts[0] + counts[1] + counts[2] + counts[3];
        out.append(t("diff.summary", total, counts[2], counts[1], counts[0], counts[3])).append('\n');
        return out.toString();
    }

    private void location(StringBuilder out, String label, Location location) {
        out.append("      ").append(label).append(": ");
        if (location == null) {
            out.append(t("diff.noCounterpart")).append('\n');
            return;
        }
        out.append(location.file()).append(':').append(location.line()).append("  ").append(location.declaration());
        if (!location.documentPaths().isEmpty()) {
            out.append("  ").append(String.join(", ", location.documentPaths()));
            if (location.documentPathCount() > location.documentPaths().size()) {
                out.append(' ').append(t("diff.morePaths", location.documentPathCount() - location.documentPaths().size()));
            }
        }
        out.append('\n');
    }

    private static String nullDash(String value) {
        return value == null ? "-" : value;
    }

    private ObjectNode json(DiffGate.Verdict verdict) {
        ObjectNode root = JSON.objectNode();
        root.put("format", "tradecert-schema-diff/1");
        root.put("mode", verdict.mode().name().toLowerCase(Locale.ROOT));
        root.put("transitive", verdict.transitive());
        root.put("requiredBump", verdict.required().name());
        ArrayNode comparisons = root.putArray("comparisons");
        for (DiffGate.Comparison comparison : verdict.comparisons()) {
            ObjectNode node = comparisons.addObject();
            node.put("type", comparison.result().module());
            node.put("old", comparison.result().oldLabel());
            node.put("new", comparison.result().newLabel());
            node.put("declaredBump", comparison.declared().name());
            node.put("requiredBump", comparison.required().name());
            node.put("versionSufficient", comparison.versionSufficient());
            ArrayNode findings = node.putArray("findings");
            for (DiffGate.Judged judged : comparison.findings()) {
                DiffFinding f = judged.finding();
                ObjectNode item = findings.addObject();
                item.put("kind", f.kind().name());
                item.put("id", f.kind().id());
                item.put("title", t(f.kind().titleKey()));
                item.put("class", f.changeClass().name());
                item.put("contextual", f.kind().contextual());
                item.put("decided", f.decided());
                item.put("producersSafe", f.effectiveClass().producersSafe());
                item.put("consumersSafe", f.effectiveClass().consumersSafe());
                item.put("severity", judged.severity().name().toLowerCase(Locale.ROOT));
                item.put("requiredBump", judged.required().name());
                item.put("path", f.path());
                putNullable(item, "detail", f.detail());
                putNullable(item, "old", f.oldValue());
                putNullable(item, "new", f.newValue());
                ArrayNode modifiers = item.putArray("modifiers");
                f.modifiers().stream().sorted().forEach(m -> modifiers.add(m.name().toLowerCase(Locale.ROOT)));
                item.put("fingerprint", f.fingerprint());
                locationJson(item, "xsd", f.xsd());
                locationJson(item, "json", f.json());
                if (judged.allowedBy() != null) {
                    ObjectNode allowed = item.putObject("allowed");
                    allowed.put("entry", judged.allowedBy().index());
                    allowed.put("reason", judged.allowedBy().reason());
                    putNullable(allowed, "approvedBy", judged.allowedBy().approvedBy());
                    putNullable(allowed, "expires", judged.allowedBy().expires() == null ? null : judged.allowedBy().expires().toString());
                }
            }
        }
        ArrayNode expired = root.putArray("expiredAllowListEntries");
        verdict.expiredEntries().forEach(expired::add);
        ArrayNode unused = root.putArray("unusedAllowListEntries");
        verdict.unusedEntries().forEach(unused::add);
        return root;
    }

    private static void locationJson(ObjectNode item, String name, Location location) {
        if (location == null) {
            item.putNull(name);
            return;
        }
        ObjectNode node = item.putObject(name);
        node.put("file", location.file());
        node.put("line", location.line());
        node.put("declaration", location.declaration());
        ArrayNode paths = node.putArray("documentPaths");
        location.documentPaths().forEach(paths::add);
        node.put("documentPathCount", location.documentPathCount());
    }

    private static void putNullable(ObjectNode node, String name, String value) {
        if (value == null) {
            node.putNull(name);
        } else {
            node.put(name, value);
        }
    }

    private ObjectNode sarif(DiffGate.Verdict verdict) {
        ObjectNode root = JSON.objectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "tradecert schema diff");
        driver.put("informationUri", "https://schemas.tradecert.org/");
        ArrayNode rules = driver.putArray("rules");
        Set<ChangeKind> used = EnumSet.noneOf(ChangeKind.class);
        verdict.comparisons().forEach(c -> c.findings().forEach(j -> used.add(j.finding().kind())));
        List<ChangeKind> kinds = used.stream().sorted().toList();
        for (ChangeKind kind : kinds) {
            ObjectNode rule = rules.addObject();
            rule.put("id", kind.name());
            rule.put("name", kind.id());
            rule.putObject("shortDescription").put("text", t(kind.titleKey()));
            rule.putObject("fullDescription").put("text", t(kind.descriptionKey()));
        }
        ArrayNode results = run.putArray("results");
        for (DiffGate.Comparison comparison : verdict.comparisons()) {
            for (DiffGate.Judged judged : comparison.findings()) {
                DiffFinding f = judged.finding();
                ObjectNode result = results.addObject();
                result.put("ruleId", f.kind().name());
                result.put("ruleIndex", kinds.indexOf(f.kind()));
                result.put("level", switch (judged.severity()) {
                    case ERROR -> "error";
                    case WARNING -> "warning";
                    case INFO -> "note";
                });
                if (judged.allowedBy() != null) {
                    ObjectNode suppression = result.putArray("suppressions").addObject();
                    suppression.put("kind", "external");
                    suppression.put("justification", judged.allowedBy().reason());
                }
                result.putObject("message").put("text", t(f.kind().titleKey()) + ": " + f.path() + " ("
                        + comparison.result().oldLabel() + " \u2192 " + comparison.result().newLabel() + ", " + classLabel(f) + ", "
                        + t("bump." + judged.required().name()) + ")");
                ArrayNode locations = result.putArray("locations");
                for (Location location : new Location[]{f.xsd(), f.json()}) {
                    if (location == null) {
                        continue;
                    }
                    ObjectNode entry = locations.addObject();
                    ObjectNode physical = entry.putObject("physicalLocation");
                    physical.putObject("artifactLocation").put("uri", location.file());
                    if (location.line() > 0) {
                        physical.putObject("region").put("startLine", location.line());
                    }
                    ObjectNode logical = entry.putArray("logicalLocations").addObject();
                    logical.put("fullyQualifiedName", location.declaration());
                    logical.put("kind", location.syntax() == Syntax.XSD ? "element" : "member");
                }
                ObjectNode properties = result.putObject("properties");
                properties.put("class", f.changeClass().name());
                properties.put("decided", f.decided());
                properties.put("requiredBump", judged.required().name());
                properties.put("path", f.path());
                properties.put("fingerprint", f.fingerprint());
                result.putObject("partialFingerprints").put("tradecertChange/v1", f.fingerprint());
            }
        }
        return root;
    }

    private String markdown(DiffGate.Verdict verdict) {
        StringBuilder out = new StringBuilder();
        for (DiffGate.Comparison comparison : verdict.comparisons()) {
            DiffResult result = comparison.result();
            out.append("# ").append(t("notes.title", result.module(), result.newVersion())).append("\n\n");
            out.append(t("notes.compared", result.oldLabel(), t("bump." + comparison.required().name()),
                    t("bump." + comparison.declared().name()))).append(' ')
                    .append(comparison.versionSufficient() ? t("diff.versionOk")
                            : t("diff.versionTooSmall", t("bump." + comparison.required().name()), t("bump." + comparison.declared().name())))
                    .append("\n\n");
            section(out, t("notes.breaking"), comparison, j -> j.counts() && !j.finding().effectiveClass().producersSafe());
            section(out, t("notes.tolerate"), comparison, j -> j.counts() && j.finding().effectiveClass() == ChangeClass.WIDEN);
            section(out, t("notes.other"), comparison, j -> j.counts() && j.finding().effectiveClass() == ChangeClass.EQ);
            section(out, t("notes.allowed"), comparison, j -> !j.counts());
        }
        return out.toString();
    }

    private void section(StringBuilder out, String title, DiffGate.Comparison comparison, java.util.function.Predicate<DiffGate.Judged> filter) {
        out.append("## ").append(title).append("\n\n");
        List<DiffGate.Judged> selected = comparison.findings().stream().filter(filter).toList();
        if (selected.isEmpty()) {
            out.append(t("notes.none")).append("\n\n");
            return;
        }
        for (DiffGate.Judged judged : selected) {
            DiffFinding f = judged.finding();
            out.append("- **").append(f.kind().name()).append("** ").append(t(f.kind().titleKey())).append(": `").append(f.path()).append('`');
            if (f.oldValue() != null || f.newValue() != null) {
                out.append(" (").append(markdownEscape(nullDash(f.oldValue()))).append(" \u2192 ").append(markdownEscape(nullDash(f.newValue()))).append(')');
            }
            if (judged.allowedBy() != null) {
                out.append(" \u2014 ").append(markdownEscape(judged.allowedBy().reason()));
            }
            out.append('\n');
        }
        out.append('\n');
    }

    private static String markdownEscape(String text) {
        return text.replace("|", "\\|").replace("*", "\\*").replace("_", "\\_");
    }

    private String allowList(DiffGate.Verdict verdict) {
        StringBuilder out = new StringBuilder();
        out.append("format: ").append(AllowList.FORMAT).append('\n').append("entries:\n");
        for (DiffGate.Comparison comparison : verdict.comparisons()) {
            for (DiffGate.Judged judged : comparison.findings()) {
                if (judged.severity() != DiffGate.Severity.ERROR || !judged.counts()) {
                    continue;
                }
                DiffFinding f = judged.finding();
                out.append("  - kind: ").append(f.kind().name()).append('\n');
                out.append("    path: \"").append(f.path().replace("\"", "\\\"")).append("\"\n");
                out.append("    type: ").append(comparison.result().module()).append('\n');
                out.append("    fingerprint: \"").append(f.fingerprint()).append("\"\n");
                out.append("    reason: \"\"\n");
                out.append("    approvedBy: \"\"\n");
                out.append("    expires: \"\"\n");
            }
        }
        return out.toString();
    }
}
