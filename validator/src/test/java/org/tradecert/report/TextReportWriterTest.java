package org.tradecert.report;

import org.junit.jupiter.api.Test;
import org.tradecert.api.DocumentResult;
import org.tradecert.api.Finding;
import org.tradecert.api.RunSummary;
import org.tradecert.api.Severity;
import org.tradecert.api.Verdict;
import org.tradecert.i18n.Messages;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The text report of a real run over the example documents. */
class TextReportWriterTest {

    private static final Pattern SGR = Pattern.compile("\u001B\\[[0-9;]*m");

    private final ExampleRun run = ExampleRun.examples();

    @Test
    void headerLinePerInputInOrder() {
        List<String> lines = lines(Messages.ENGLISH, ReportOptions.defaults());

        int previous = -1;
        for (DocumentResult result : run.results()) {
            int header = headerIndex(lines, result);
            assertThat(header).as("header line of %s", result.source()).isGreaterThan(previous);
            previous = header;
        }
    }

    @Test
    void findingsFollowTheirInputHeader() {
        List<String> lines = lines(Messages.ENGLISH, ReportOptions.defaults());
        List<DocumentResult> invalid = run.under(ExampleRun.INVALID);
        assertThat(invalid).as("invalid examples").hasSizeGreaterThanOrEqualTo(2 * 8);

        for (DocumentResult result : invalid) {
            int header = headerIndex(lines, result);
            int next = nextHeader(lines, header);
            List<String> block = lines.subList(header + 1, next);
            for (Finding finding : result.findings()) {
                assertThat(block).as("lines under %s", result.source())
                        .anySatisfy(line -> assertThat(line).contains(finding.ruleId()).contains(finding.location().toString()));
            }
            assertThat(block).as("layer line of %s", result.source()).anySatisfy(line -> assertThat(line).startsWith("  layers: "));
        }
    }

    @Test
    void validExamplesHaveOnlyTheirHeaderLine() {
        List<String> lines = lines(Messages.ENGLISH, ReportOptions.defaults());
        List<DocumentResult> valid = run.under(ExampleRun.VALID);
        assertThat(valid).as("valid examples").hasSizeGreaterThanOrEqualTo(2 * 8);

        for (DocumentResult result : valid) {
            int header = headerIndex(lines, result);
            assertThat(lines.get(header)).contains(": conformant (" + result.documentType() + " ");
            assertThat(nextHeader(lines, header)).as("lines under %s", result.source()).isEqualTo(header + 1);
        }
    }

    @Test
    void missingInputIsAnInputError() {
        List<String> lines = lines(Messages.ENGLISH, ReportOptions.defaults());
        DocumentResult missing = run.bySource(ExampleRun.MISSING);

        int header = headerIndex(lines, missing);

        assertThat(lines.get(header)).isEqualTo(missing.source() + ": input error (document type not determined)");
        assertThat(lines.get(header + 2)).startsWith("  FATAL INPUT-NOT-FOUND " + missing.source());
    }

    @Test
    void reportEndsWithTheSummaryLine() {
        List<String> lines = lines(Messages.ENGLISH, ReportOptions.defaults());
        RunSummary summary = summary(Severity.ERROR);

        String last = lines.get(lines.size() - 1);

        assertThat(last).isEqualTo("Inputs: " + run.results().size() + ", conformant: " + summary.count(Verdict.CONFORMANT)
                + ", non-conformant: " + summary.count(Verdict.NON_CONFORMANT) + ", incomplete: 0, input errors: 1. Findings: fatal "
                + summary.findings(Severity.FATAL) + ", error " + summary.findings(Severity.ERROR) + ", warning 0, info 0.");
        assertThat(summary.count(Verdict.CONFORMANT)).as("conformant inputs").isEqualTo(run.under(ExampleRun.VALID).size());
        assertThat(summary.count(Verdict.NON_CONFORMANT)).as("non-conformant inputs").isEqualTo(run.under(ExampleRun.INVALID).size());
    }

    @Test
    void reportStartsWithRulePack() {
        List<String> lines = lines(Messages.ENGLISH, ReportOptions.defaults());

        assertThat(lines.get(0)).isEqualTo("tradecert " + run.provenance().toolVersion() + ", rule pack "
                + run.provenance().rulePack().name() + " " + run.provenance().rulePack().version() + " " + run.provenance().rulePack().digest());
        assertThat(lines.get(1)).startsWith("Schemas: ").contains("commercial-invoice 1.0.0");
        assertThat(lines.get(2)).startsWith("Code lists: ").contains("unlocode");
    }

    @Test
    void chineseReportUsesChineseWords() {
        List<String> lines = lines(Messages.CHINESE, ReportOptions.defaults());
        DocumentResult invalid = run.under(ExampleRun.INVALID).get(0);

        int header = headerIndex(lines, invalid);

        assertThat(lines.get(header)).isEqualTo(invalid.source() + "：不符合（" + invalid.documentType() + " " + invalid.version() + "、"
                + invalid.syntax() + "）");
        assertThat(lines.get(header + 1)).startsWith("  各层：模式无效；");
        assertThat(lines.get(header + 2)).startsWith("  错误 ");
        assertThat(lines.get(lines.size() - 1)).startsWith("输入 " + run.results().size() + " 个：符合 ");
    }

    @Test
    void noEscapeSequenceWithoutColour() {
        String text = run.renderText(ReportFormat.Kind.TEXT, Messages.ENGLISH, ReportOptions.defaults());

        assertThat(text).doesNotContain("\u001B");
    }

    @Test
    void colourUsesOnlySelectGraphicRendition() {
        String text = run.renderText(ReportFormat.Kind.TEXT, Messages.ENGLISH, ReportOptions.defaults().withColour(true));

        assertThat(text).contains("\u001B[1;31mnon-conformant\u001B[0m").contains("\u001B[32mconformant\u001B[0m");
        assertThat(SGR.matcher(text).replaceAll("")).doesNotContain("\u001B");
    }

    @Test
    void failOnFatalLeavesSchemaErrorsIncomplete() {
        List<String> lines = lines(Messages.ENGLISH, ReportOptions.defaults().withFailOn(Severity.FATAL));
        DocumentResult invalid = run.under(ExampleRun.INVALID).get(0);

        // Below the threshold the schema errors no longer fail the input, but the layers after the schema stay skipped.
        assertThat(lines.get(headerIndex(lines, invalid))).contains(": incomplete (");
        assertThat(lines.get(lines.size() - 1)).contains("non-conformant: 0,");
    }

    private List<String> lines(Locale locale, ReportOptions options) {
        return run.renderText(ReportFormat.Kind.TEXT, locale, options).lines().toList();
    }

    private RunSummary summary(Severity threshold) {
        RunSummary summary = new RunSummary(threshold);
        run.results().forEach(summary::add);
        return summary;
    }

    /** Finds the input's header line: the line that starts with its source and a colon. */
    private static int headerIndex(List<String> lines, DocumentResult result) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith(result.source() + ": ") || line.startsWith(result.source() + "：")) {
                return i;
            }
        }
        throw new AssertionError("no header line for " + result.source());
    }

    /** Finds the next input header, or the blank line that ends the input's block. */
    private static int nextHeader(List<String> lines, int header) {
        int i = header + 1;
        while (i < lines.size() && lines.get(i).startsWith("  ")) {
            i++;
        }
        return i;
    }
}
