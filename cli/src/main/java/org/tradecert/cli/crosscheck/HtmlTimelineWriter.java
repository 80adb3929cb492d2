package org.tradecert.cli.crosscheck;

import org.tradecert.api.Evidence;
import org.tradecert.api.Finding;
import org.tradecert.api.Layer;
import org.tradecert.api.RuleOutcome;
import org.tradecert.api.Severity;
import org.tradecert.api.Verdict;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The crosscheck view as one self-contained HTML page: the report's inline style sheet, no
 * script and no external resource. Each transaction is a section with its documents as a
 * timeline table and its checks as a table whose failed rows carry the findings and the
 * evidence. The markup is well-formed XML, and every text is escaped.
 */
final class HtmlTimelineWriter implements TimelineWriter {

    /** The style sheet of the HTML report, so both pages look alike. */
    private static final String REPORT_CSS = "/org/tradecert/report/report.css";
    private static final String TIMELINE_CSS = """
            table.timeline td.time, table.checks td.outcome { white-space: nowrap; }
            tr.superseded td { color: var(--muted); text-decoration: line-through; }
            tr.o-failed td.outcome, tr.o-error td.outcome { color: var(--fail); font-weight: 600; }
            tr.o-passed td.outcome { color: var(--ok); }
            tr.o-not-applicable td.outcome { color: var(--muted); }
            ul.evidence { margin: 4px 0; padding-left: 20px; }
            """;

    private final Writer out;
    private final TimelineTexts texts;
    private final Severity threshold;
    private int sections;

    HtmlTimelineWriter(Writer out, TimelineTexts texts, Severity threshold) {
        this.out = out;
        this.texts = texts;
        this.threshold = threshold;
    }

    @Override
    public void begin(String ledger) throws IOException {
        String title = texts.text("crosscheck.html.title", ledger);
        out.write("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + texts.languageTag() + "\">\n<head>\n");
        out.write("<meta charset=\"utf-8\" />\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n");
        out.write("<title>" + html(title) + "</title>\n<style>\n" + stylesheet() + TIMELINE_CSS + "</style>\n</head>\n<body>\n");
        out.write("<header>\n<h1>" + html(title) + "</h1>\n<p class=\"meta\">" + html(texts.text("crosscheck.html.meta", texts.severity(threshold)))
                + "</p>\n</header>\n<main>\n");
    }

    @Override
    public void transaction(TransactionTimeline timeline) throws IOException {
        sections++;
        out.write("<section class=\"input\" id=\"transaction-" + sections + "\">\n");
        out.write("<h2>" + badge(timeline.verdict(threshold)) + " " + html(texts.text("crosscheck.html.transaction", timeline.id())) + "</h2>\n");
        documents(timeline);
        checks(Layer.CROSS_DOCUMENT, timeline.crossDocument());
        checks(Layer.RISK, timeline.risk());
        out.write("</section>\n");
        out.flush();
    }

    @Override
    public void end(LedgerSummary summary) throws IOException {
        out.write("<section id=\"summary\">\n<h2>" + html(texts.text("crosscheck.html.summary")) + "</h2>\n");
        if (summary.chain() != null) {
            out.write("<p>" + html(texts.text("crosscheck.html.chain")) + " " + badge(summary.chain().verdict(threshold)) + "</p>\n");
            findingList(summary.chain().findings());
        }
        out.write("<p>" + html(texts.text("crosscheck.summary", summary.submissions(), summary.transactions(), summary.written(),
                texts.verdict(summary.verdict()))) + "</p>\n</section>\n");
        out.write("</main>\n<footer>" + html(texts.text("crosscheck.html.footer")) + "</footer>\n</body>\n</html>\n");
        out.flush();
    }

    private void documents(TransactionTimeline timeline) throws IOException {
        out.write("<h3>" + html(texts.text("crosscheck.documents", timeline.documents().size())) + "</h3>\n");
        out.write("<div class=\"scroll\"><table class=\"timeline\">\n<thead><tr>" + header("crosscheck.column.time")
                + header("crosscheck.column.document") + header("crosscheck.column.number") + header("crosscheck.column.issuer")
                + header("crosscheck.column.submission") + "</tr></thead>\n<tbody>\n");
        for (TransactionTimeline.Entry entry : timeline.documents()) {
            out.write("<tr" + (entry.superseded() ? " class=\"superseded\"" : "") + "><td class=\"time\"><code>" + html(texts.time(entry))
                    + "</code></td><td>" + html(texts.document(entry)) + "</td><td><code>" + html(texts.number(entry)) + "</code></td><td>"
                    + html(texts.issuer(entry.organisation(), entry.role())) + "</td><td><code>" + html(entry.submissionId()) + "</code>");
            if (entry.ledgerTime() != null) {
                out.write("<br /><span class=\"note\">" + html(texts.text("crosscheck.html.anchored", entry.ledgerTime())) + "</span>");
            }
            if (!entry.findings().isEmpty()) {
                findingList(entry.findings());
            }
            out.write("</td></tr>\n");
        }
        out.write("</tbody></table></div>\n");
    }

    private void checks(Layer layer, List<TransactionTimeline.Check> checks) throws IOException {
        String heading = texts.text(layer == Layer.RISK ? "crosscheck.risk" : "crosscheck.crossDocument");
        if (checks.isEmpty()) {
            out.write("<h3>" + html(heading) + "</h3>\n<p class=\"muted\">" + html(texts.text("crosscheck.html.noChecks")) + "</p>\n");
            return;
        }
        out.write("<h3>" + html(heading) + "</h3>\n");
        out.write("<div class=\"scroll\"><table class=\"checks\">\n<thead><tr>" + header("crosscheck.column.outcome")
                + header("crosscheck.column.rule") + header("crosscheck.column.reason") + "</tr></thead>\n<tbody>\n");
        for (TransactionTimeline.Check check : checks) {
            RuleOutcome outcome = check.outcome();
            out.write("<tr class=\"o-" + outcome.status().label() + "\"><td class=\"outcome\">" + html(texts.outcome(outcome.status()))
                    + "</td><td><code>" + html(outcome.ruleId()) + "</code>");
            String description = texts.description(outcome.ruleId());
            if (description != null) {
                out.write("<br /><span class=\"note\">" + html(description) + "</span>");
            }
            out.write("</td><td>");
            String reason = texts.reason(outcome);
            if (reason != null) {
                out.write(html(reason));
            }
            if (!check.findings().isEmpty()) {
                findingList(check.findings());
            }
            out.write("</td></tr>\n");
        }
        out.write("</tbody></table></div>\n");
    }

    /** Writes findings as a list: severity, rule and message, the expected and actual values, and the evidence. */
    private void findingList(List<Finding> findings) throws IOException {
        if (findings.isEmpty()) {
            return;
        }
        out.write("<ul class=\"compact\">");
        for (Finding finding : findings) {
            out.write("<li><span class=\"sev-" + finding.severity().label() + "\">" + html(texts.severity(finding.severity()))
                    + "</span> <code>" + html(finding.ruleId()) + "</code> " + html(texts.message(finding)));
            if (finding.expected() != null || finding.actual() != null) {
                out.write("<br /><span class=\"note\">" + html(texts.text("crosscheck.expectedActual",
                        TimelineTexts.safe(String.valueOf(finding.expected())), TimelineTexts.safe(String.valueOf(finding.actual()))))
                        + "</span>");
            }
            if (finding.evidence().isEmpty() && finding.location() != null) {
                out.write("<br /><code>" + html(TimelineTexts.safe(finding.location().toString())) + "</code>");
            }
            if (!finding.evidence().isEmpty()) {
                out.write("<ul class=\"evidence note\">");
                for (Evidence evidence : finding.evidence()) {
                    out.write("<li>" + html(texts.evidence(evidence)) + "</li>");
                }
                out.write("</ul>");
            }
            out.write("</li>");
        }
        out.write("</ul>");
    }

    private String header(String key) {
        return "<th>" + html(texts.text(key)) + "</th>";
    }

    private String badge(Verdict verdict) {
        return "<span class=\"badge v-" + verdict.label() + "\">" + html(texts.verdict(verdict)) + "</span>";
    }

    /** Escapes text for HTML content and quoted attributes, after making its control characters visible. */
    static String html(String text) {
        if (text == null) {
            return "";
        }
        String visible = TimelineTexts.safe(text);
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
        try (InputStream in = HtmlTimelineWriter.class.getResourceAsStream(REPORT_CSS)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + REPORT_CSS + " is missing from the validator jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
