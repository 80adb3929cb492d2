package org.tradecert.cli.crosscheck;

import org.tradecert.api.Evidence;
import org.tradecert.api.Finding;
import org.tradecert.api.Layer;
import org.tradecert.api.RuleOutcome;
import org.tradecert.api.Severity;
import org.tradecert.cli.TextTable;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The crosscheck view as plain text. Each transaction gets a table of its documents in time
 * order, the findings of the documents' own validation, and a table of every cross-document
 * rule and risk indicator with its outcome. The failed checks follow with their messages, the
 * expected and actual values and the evidence from each document.
 */
final class TextTimelineWriter implements TimelineWriter {

    private static final String INDENT = "  ";
    private static final String DETAIL = "      ";

    private final PrintWriter out;
    private final TimelineTexts texts;
    private final Severity threshold;

    TextTimelineWriter(PrintWriter out, TimelineTexts texts, Severity threshold) {
        this.out = out;
        this.texts = texts;
        this.threshold = threshold;
    }

    @Override
    public void begin(String ledger) {
        out.println(texts.text("crosscheck.ledger", TimelineTexts.safe(ledger)));
    }

    @Override
    public void transaction(TransactionTimeline timeline) {
        out.println();
        out.println(texts.text("crosscheck.transaction", TimelineTexts.safe(timeline.id()),
                texts.verdict(timeline.verdict(threshold))));
        documents(timeline);
        checks(Layer.CROSS_DOCUMENT, timeline.crossDocument());
        checks(Layer.RISK, timeline.risk());
        out.flush();
    }

    @Override
    public void end(LedgerSummary summary) {
        out.println();
        if (summary.chain() != null) {
            out.println(texts.text("crosscheck.chain", texts.verdict(summary.chain().verdict(threshold))));
            for (Finding finding : summary.chain().findings()) {
                finding(INDENT, finding);
            }
        }
        out.println(texts.text("crosscheck.summary", summary.submissions(), summary.transactions(), summary.written(),
                texts.verdict(summary.verdict())));
        out.flush();
    }

    private void documents(TransactionTimeline timeline) {
        out.println(INDENT + texts.text("crosscheck.documents", timeline.documents().size()));
        TextTable table = new TextTable(texts.text("crosscheck.column.time"), texts.text("crosscheck.column.document"),
                texts.text("crosscheck.column.number"), texts.text("crosscheck.column.issuer"), texts.text("crosscheck.column.submission"));
        for (TransactionTimeline.Entry entry : timeline.documents()) {
            table.row(texts.time(entry), texts.document(entry), texts.number(entry), texts.issuer(entry.organisation(), entry.role()),
                    TimelineTexts.safe(entry.submissionId()));
        }
        printIndented(table, INDENT);

        List<TransactionTimeline.Entry> failing = timeline.documents().stream().filter(entry -> !entry.findings().isEmpty()).toList();
        if (failing.isEmpty()) {
            return;
        }
        out.println(INDENT + texts.text("crosscheck.documentFindings"));
        for (TransactionTimeline.Entry entry : failing) {
            out.println(INDENT + INDENT + texts.text("crosscheck.documentFindings.entry", texts.document(entry), texts.number(entry),
                    TimelineTexts.safe(entry.submissionId()), TimelineTexts.safe(String.valueOf(entry.ledgerTime()))));
            for (Finding finding : entry.findings()) {
                finding(DETAIL, finding);
            }
        }
    }

    private void checks(Layer layer, List<TransactionTimeline.Check> checks) {
        String heading = texts.text(layer == Layer.RISK ? "crosscheck.risk" : "crosscheck.crossDocument");
        if (checks.isEmpty()) {
            out.println(INDENT + texts.text("crosscheck.checks.none", heading));
            return;
        }
        out.println(INDENT + texts.text("crosscheck.checks", heading, counts(checks)));
        TextTable table = new TextTable(texts.text("crosscheck.column.outcome"), texts.text("crosscheck.column.rule"),
                texts.text("crosscheck.column.reason"));
        for (TransactionTimeline.Check check : checks) {
            RuleOutcome outcome = check.outcome();
            String reason = texts.reason(outcome);
            table.row(texts.outcome(outcome.status()), outcome.ruleId(), reason == null ? "" : reason);
        }
        printIndented(table, INDENT);

        List<TransactionTimeline.Check> failed = checks.stream().filter(check -> !check.findings().isEmpty()).toList();
        if (failed.isEmpty()) {
            return;
        }
        out.println(INDENT + INDENT + texts.text("crosscheck.failures"));
        for (TransactionTimeline.Check check : failed) {
            for (Finding finding : check.findings()) {
                finding(DETAIL, finding);
            }
        }
    }

    private void printIndented(TextTable table, String indent) {
        StringWriter buffer = new StringWriter();
        table.print(new PrintWriter(buffer));
        buffer.toString().lines().forEach(line -> out.println(indent + line));
    }

    /** Writes a finding: severity and message, the expected and actual values, then each piece of evidence. */
    private void finding(String indent, Finding finding) {
        out.println(indent + texts.text("crosscheck.finding", texts.severity(finding.severity()), finding.ruleId(), texts.message(finding)));
        if (finding.expected() != null || finding.actual() != null) {
            out.println(indent + INDENT + texts.text("crosscheck.expectedActual", TimelineTexts.safe(String.valueOf(finding.expected())),
                    TimelineTexts.safe(String.valueOf(finding.actual()))));
        }
        if (finding.evidence().isEmpty() && finding.location() != null) {
            out.println(indent + INDENT + TimelineTexts.safe(finding.location().toString()));
        }
        for (Evidence evidence : finding.evidence()) {
            out.println(indent + INDENT + "- " + texts.evidence(evidence));
        }
    }

    private String counts(List<TransactionTimeline.Check> checks) {
        Map<RuleOutcome.Status, Integer> counts = new EnumMap<>(RuleOutcome.Status.class);
        for (TransactionTimeline.Check check : checks) {
            counts.merge(check.outcome().status(), 1, Integer::sum);
        }
        StringBuilder text = new StringBuilder();
        for (Map.Entry<RuleOutcome.Status, Integer> count : counts.entrySet()) {
            if (text.length() > 0) {
                text.append(texts.text("crosscheck.listSeparator"));
            }
            text.append(texts.text("crosscheck.count", count.getValue(), texts.outcome(count.getKey())));
        }
        return text.toString();
    }
}
