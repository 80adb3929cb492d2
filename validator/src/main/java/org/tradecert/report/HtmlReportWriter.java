package org.tradecert.report;

import org.tradecert.api.DocumentResult;
import org.tradecert.api.Evidence;
import org.tradecert.api.Finding;
import org.tradecert.api.LayerResult;
import org.tradecert.api.Provenance;
import org.tradecert.api.RuleOutcome;
import org.tradecert.api.RunSummary;
import org.tradecert.api.Severity;
import org.tradecert.api.Verdict;
import org.tradecert.i18n.Messages;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The report as one self-contained HTML page: inline CSS, no script, no external resource, so
 * it opens from a CI artifact store or an e-mail attachment as it is. The summary comes first,
 * so the sections of the inputs, which arrive before the totals are known, are spooled to two
 * temporary files (the overview rows and the sections) and copied into the page at the end.
 * The markup is also well-formed XML, so both HTML and XML tools can read it. Every text from
 * a document is escaped for HTML, and its control characters are shown as visible escapes.
 */
final class HtmlReportWriter implements ReportWriter {

    private static final String CSS = stylesheet();

    private final OutputStream stream;
    private final ReportTexts texts;
    private final ReportOptions options;
    private final Map<String, Provenance.SeverityOverride> overrides = new HashMap<>();
    private Provenance provenance;
    private Path rowsFile;
    private Path sectionsFile;
    private Writer rows;
    private Writer sections;

    HtmlReportWriter(OutputStream out, ReportTexts texts, ReportOptions options) {
        this.stream = out;
        this.texts = texts;
        this.options = options;
    }

    @Override
    public void begin(Provenance run) throws IOException {
        this.provenance = run;
        for (Provenance.SeverityOverride override : run.overrides()) {
            overrides.put(override.ruleId(), override);
        }
        rowsFile = Files.createTempFile("tradecert-report-rows-", ".html.part");
        sectionsFile = Files.createTempFile("tradecert-report-sections-", ".html.part");
        rows = Files.newBufferedWriter(rowsFile, StandardCharsets.UTF_8);
        sections = Files.newBufferedWriter(sectionsFile, StandardCharsets.UTF_8);
    }

    @Override
    public void accept(DocumentResult result) throws IOException {
        Verdict verdict = result.verdict(options.failOn());
        String anchor = "input-" + result.index();
        rows.write("<tr><td class=\"number\">" + (result.index() + 1) + "</td><td><a href=\"#" + anchor + "\"><code>"
                + html(result.source()) + "</code></a></td><td>" + badge(verdict) + "</td><td>" + html(texts.documentKind(result))
                + "</td><td class=\"number\">" + result.findings().size() + "</td></tr>\n");

        Writer out = sections;
        out.write("<section class=\"input\" id=\"" + anchor + "\">\n");
        out.write("<h2>" + badge(verdict) + " <code>" + html(result.source()) + "</code></h2>\n");
        facts(out, result);
        layers(out, result);
        findings(out, result);
        rules(out, result);
        out.write("</section>\n");
    }

    @Override
    public void end(RunSummary summary) throws IOException {
        rows.close();
        sections.close();
        Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        head(out);
        summary(out, summary);
        copy(rowsFile, out);
        out.write("</tbody></table></div>\n</section>\n");
        copy(sectionsFile, out);
        provenance(out);
        out.write("</main>\n<footer>" + html(texts.text("report.html.footer", provenance.tool(), provenance.toolVersion()))
                + "</footer>\n</body>\n</html>\n");
        out.flush();
        deleteSpool();
    }

    @Override
    public void close() throws IOException {
        if (rows != null) {
            rows.close();
        }
        if (sections != null) {
            sections.close();
        }
        deleteSpool();
    }

    private void head(Writer out) throws IOException {
        String title = html(texts.text("report.title"));
        out.write("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + texts.languageTag() + "\">\n<head>\n");
        out.write("<meta charset=\"utf-8\" />\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n");
        out.write("<title>" + title + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n");
        Provenance.Component pack = provenance.rulePack();
        out.write("<header>\n<h1>" + title + "</h1>\n<p class=\"meta\">" + html(texts.text("report.html.meta", provenance.tool(),
                provenance.toolVersion(), pack.name(), pack.version(), texts.severity(options.failOn()))) + "</p>\n</header>\n<main>\n");
    }

    private void summary(Writer out, RunSummary summary) throws IOException {
        out.write("<section id=\"summary\">\n<h2>" + text("report.html.summary") + "</h2>\n");
        out.write("<p>" + text("report.html.overall") + " " + badge(summary.verdict()) + "</p>\n");
        out.write("<table class=\"totals\">\n<tr><th>" + text("report.html.inputs") + "</th><td class=\"number\">"
                + summary.inputs() + "</td></tr>\n");
        for (Verdict verdict : Verdict.values()) {
            out.write("<tr><th>" + html(texts.verdict(verdict)) + "</th><td class=\"number\">" + summary.count(verdict) + "</td></tr>\n");
        }
        out.write("</table>\n<table class=\"totals\">\n<tr><th colspan=\"2\">" + text("report.html.findings") + "</th></tr>\n");
        for (Severity severity : Severity.values()) {
            out.write("<tr><th class=\"sev-" + severity.label() + "\">" + html(texts.severity(severity))
                    + "</th><td class=\"number\">" + summary.findings(severity) + "</td></tr>\n");
        }
        out.write("</table>\n<h3>" + text("report.html.inputList") + "</h3>\n<div class=\"scroll\"><table class=\"inputs\">\n<thead><tr><th>#</th><th>"
                + text("report.html.input") + "</th><th>" + text("report.html.verdict") + "</th><th>" + text("report.html.type")
                + "</th><th>" + text("report.html.findings") + "</th></tr></thead>\n<tbody>\n");
    }

    private void facts(Writer out, DocumentResult result) throws IOException {
        out.write("<dl class=\"facts\">\n");
        fact(out, "report.html.documentType", result.documentType());
        fact(out, "report.html.documentVersion", result.version());
        fact(out, "report.html.syntax", result.syntax());
        fact(out, "report.html.origin", result.origin());
        fact(out, "report.html.submission", result.submissionId());
        out.write("</dl>\n");
    }

    private void fact(Writer out, String key, String value) throws IOException {
        if (value != null) {
            out.write("<dt>" + text(key) + "</dt><dd><code>" + html(value) + "</code></dd>\n");
        }
    }

    /** Writes one row of layer names and one of statuses, with the reason under a skipped or failed layer. */
    private void layers(Writer out, DocumentResult result) throws IOException {
        out.write("<div class=\"scroll\"><table class=\"layers\">\n<tr>");
        for (LayerResult layer : result.layers()) {
            out.write("<th>" + layer.layer().number() + " " + html(texts.layer(layer.layer())) + "</th>");
        }
        out.write("</tr>\n<tr>");
        for (LayerResult layer : result.layers()) {
            out.write("<td class=\"s-" + layer.status().label() + "\">" + html(texts.status(layer.status())));
            String detail = texts.layerDetail(layer);
            if (detail != null) {
                out.write("<br /><span class=\"note\">" + html(detail) + "</span>");
            }
            if (options.timings()) {
                out.write("<br /><span class=\"note\">" + html(texts.text("report.html.duration", milliseconds(layer.durationNanos())))
                        + "</span>");
            }
            out.write("</td>");
        }
        out.write("</tr>\n</table></div>\n");
    }

    private void findings(Writer out, DocumentResult result) throws IOException {
        if (result.findings().isEmpty()) {
            out.write("<p class=\"muted\">" + text("report.html.noFindings") + "</p>\n");
            return;
        }
        boolean values = result.findings().stream().anyMatch(finding -> finding.expected() != null || finding.actual() != null);
        out.write("<div class=\"scroll\"><table class=\"findings\">\n<thead><tr><th>" + text("report.html.severity") + "</th><th>"
                + text("report.html.rule") + "</th><th>" + text("report.html.location") + "</th><th>" + text("report.html.message") + "</th>");
        if (values) {
            out.write("<th>" + text("report.html.expected") + "</th><th>" + text("report.html.actual") + "</th>");
        }
        out.write("</tr></thead>\n<tbody>\n");
        for (Finding finding : result.findings()) {
            out.write("<tr><td class=\"sev-" + finding.severity().label() + "\">" + html(texts.severity(finding.severity())) + "</td>");
            out.write("<td><code>" + html(finding.ruleId()) + "</code><br /><span class=\"note\">"
                    + html(texts.layer(options.catalogue().layerOf(finding.ruleId()))) + "</span></td>");
            out.write("<td><code>" + html(finding.location() == null ? "" : finding.location().toString()) + "</code></td>");
            out.write("<td>" + html(texts.message(finding)));
            if (finding.overridden()) {
                Provenance.SeverityOverride override = overrides.get(finding.ruleId());
                out.write("<br /><span class=\"note\">" + html(texts.text("report.text.overridden",
                        texts.severity(finding.originalSeverity()), override == null ? "" : override.reason())) + "</span>");
            }
            evidence(out, finding.evidence());
            out.write("</td>");
            if (values) {
                out.write("<td><code>" + html(finding.expected()) + "</code></td><td><code>" + html(finding.actual()) + "</code></td>");
            }
            out.write("</tr>\n");
        }
        out.write("</tbody></table></div>\n");
    }

    private void evidence(Writer out, List<Evidence> evidence) throws IOException {
        if (evidence.isEmpty()) {
            return;
        }
        out.write("<ul class=\"compact note\">");
        for (Evidence item : evidence) {
            StringBuilder line = new StringBuilder();
            line.append(item.label() == null ? "" : Messages.fact(texts.locale(), item.label())).append(" = ").append(nullToEmpty(item.value()));
            if (item.documentType() != null || item.documentId() != null) {
                line.append(" (").append(nullToEmpty(item.documentType())).append(' ').append(nullToEmpty(item.documentId())).append(')');
            }
            if (item.location() != null) {
                line.append(' ').append(item.location());
            }
            out.write("<li>" + html(line.toString()) + "</li>");
        }
        out.write("</ul>");
    }

    /** Writes the count of rule outcomes by status, then each rule that had nothing to check or broke, with its reason. */
    private void rules(Writer out, DocumentResult result) throws IOException {
        if (result.rules().isEmpty()) {
            return;
        }
        Map<RuleOutcome.Status, Integer> counts = new EnumMap<>(RuleOutcome.Status.class);
        for (RuleOutcome outcome : result.rules()) {
            counts.merge(outcome.status(), 1, Integer::sum);
        }
        StringBuilder line = new StringBuilder();
        for (Map.Entry<RuleOutcome.Status, Integer> count : counts.entrySet()) {
            if (line.length() > 0) {
                line.append(texts.text("report.text.listSeparator"));
            }
            line.append(texts.text("report.html.outcomeCount", texts.outcome(count.getKey()), count.getValue()));
        }
        out.write("<p>" + text("report.html.rules") + " " + html(line.toString()) + "</p>\n");

        StringBuilder reasons = new StringBuilder();
        for (RuleOutcome outcome : result.rules()) {
            String reason = texts.reason(outcome);
            if (reason != null) {
                reasons.append("<li><code>").append(html(outcome.ruleId())).append("</code> ").append(html(texts.outcome(outcome.status())))
                        .append(": ").append(html(reason)).append("</li>\n");
            }
        }
        if (reasons.length() > 0) {
            out.write("<ul class=\"compact\">\n" + reasons + "</ul>\n");
        }
    }

    private void provenance(Writer out) throws IOException {
        out.write("<section id=\"provenance\">\n<h2>" + text("report.html.provenance") + "</h2>\n");
        out.write("<div class=\"scroll\"><table class=\"provenance\">\n<thead><tr><th>" + text("report.html.component") + "</th><th>"
                + text("report.html.name") + "</th><th>" + text("report.html.version") + "</th><th>" + text("report.html.digest")
                + "</th></tr></thead>\n<tbody>\n");
        component(out, "report.html.rulePack", provenance.rulePack());
        for (Provenance.Component schema : provenance.schemas()) {
            component(out, "report.html.schema", schema);
        }
        for (Provenance.Component codeList : provenance.codeLists()) {
            component(out, "report.html.codeList", codeList);
        }
        component(out, "report.html.registry", provenance.registry());
        component(out, "report.html.configuration", provenance.configuration());
        out.write("</tbody></table></div>\n");

        if (!provenance.overrides().isEmpty()) {
            out.write("<h3>" + text("report.html.overrides") + "</h3>\n<table class=\"overrides\">\n<thead><tr><th>"
                    + text("report.html.rule") + "</th><th>" + text("report.html.originalSeverity") + "</th><th>"
                    + text("report.html.severity") + "</th><th>" + text("report.html.reason") + "</th></tr></thead>\n<tbody>\n");
            for (Provenance.SeverityOverride override : provenance.overrides()) {
                out.write("<tr><td><code>" + html(override.ruleId()) + "</code></td><td>" + html(texts.severity(override.original()))
                        + "</td><td>" + html(texts.severity(override.effective())) + "</td><td>" + html(override.reason()) + "</td></tr>\n");
            }
            out.write("</tbody></table>\n");
        }
        out.write("</section>\n");
    }

    private void component(Writer out, String kindKey, Provenance.Component component) throws IOException {
        if (component == null) {
            return;
        }
        out.write("<tr><td>" + text(kindKey) + "</td><td><code>" + html(component.name()) + "</code></td><td>"
                + html(component.version()) + "</td><td><code>" + html(component.digest()) + "</code></td></tr>\n");
    }

    private String badge(Verdict verdict) {
        return "<span class=\"badge v-" + verdict.label() + "\">" + html(texts.verdict(verdict)) + "</span>";
    }

    private String text(String key) {
        return html(texts.text(key));
    }

    private static String milliseconds(long nanos) {
        return BigDecimal.valueOf(nanos, 6).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    private static void copy(Path spool, Writer out) throws IOException {
        try (Reader in = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
            in.transferTo(out);
        }
    }

    private void deleteSpool() throws IOException {
        if (rowsFile != null) {
            Files.deleteIfExists(rowsFile);
            rowsFile = null;
        }
        if (sectionsFile != null) {
            Files.deleteIfExists(sectionsFile);
            sectionsFile = null;
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Escapes text for HTML content and quoted attributes, after making its control characters visible. */
    static String html(String text) {
        if (text == null) {
            return "";
        }
        String visible = ControlCharacters.escape(text);
        StringBuilder escaped = new StringBuilder(visible.length() + 16);
        for (int i = 0; i < visible.length(); i++) {
            char c = visible.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String stylesheet() {
        try (InputStream in = HtmlReportWriter.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("the resource org/tradecert/report/report.css is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
