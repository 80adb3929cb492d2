package org.tradecert.rules.common;

import org.junit.jupiter.api.DynamicTest;
import org.tradecert.api.DocumentResult;
import org.tradecert.api.Finding;
import org.tradecert.i18n.Messages;
import org.tradecert.rules.RuleCatalogue;
import org.tradecert.rules.RuleDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One table row of a rule test: a valid example, the edits that break it, and what the rule must
 * report: the XPath of the finding, its message arguments and, for a rule that compares values,
 * the expected and actual value. A row without a location expects the rule to report nothing.
 */
public final class RuleCase {

    private final String name;
    private final String example;
    private final String ruleId;
    private final List<RuleHarness.Edit> edits = new ArrayList<>();
    private final Set<String> alsoReported = new TreeSet<>();
    private String xpath;
    private List<String> arguments;
    private boolean mismatch;

    private RuleCase(String name, String example, String ruleId) {
        this.name = name;
        this.example = example;
        this.ruleId = ruleId;
    }

    /** Starts a row for rule {@code ruleId} on the valid example {@code example}, such as {@code sea/booking-request.xml}. */
    public static RuleCase of(String ruleId, String name, String example) {
        return new RuleCase(name, example, ruleId);
    }

    public RuleCase edit(RuleHarness.Edit edit) {
        edits.add(edit);
        return this;
    }

    public RuleCase replace(String from, String to) {
        return edit(RuleHarness.Edit.replace(from, to));
    }

    /** Expects one finding at {@code xpath} with exactly these message arguments. */
    public RuleCase reports(String xpath, String... arguments) {
        this.xpath = xpath;
        this.arguments = List.of(arguments);
        return this;
    }

    /** Expects one finding at {@code xpath} comparing {@code expected} with {@code actual}, then the further arguments. */
    public RuleCase mismatch(String xpath, String expected, String actual, String... further) {
        List<String> all = new ArrayList<>(List.of(expected, actual));
        all.addAll(List.of(further));
        this.xpath = xpath;
        this.arguments = all;
        this.mismatch = true;
        return this;
    }

    /** Names other transport or shared rules that the same edit makes report, because the broken value is also part of their check. */
    public RuleCase alsoReported(String... ruleIds) {
        alsoReported.addAll(List.of(ruleIds));
        return this;
    }

    public DynamicTest test() {
        return DynamicTest.dynamicTest(ruleId + ": " + name, this::run);
    }

    private void run() {
        DocumentResult result = RuleHarness.validateEdited(example, edits.toArray(RuleHarness.Edit[]::new));
        List<Finding> findings = RuleHarness.findings(result, ruleId);

        if (xpath == null) {
            assertThat(findings).as("findings of " + ruleId).isEmpty();
            assertThat(RuleHarness.transportFindings(result)).as("findings of the transport rules").isEmpty();
            return;
        }
        RuleDefinition rule = RuleCatalogue.standard().find(ruleId).orElseThrow();
        assertThat(findings).as("findings of " + ruleId).hasSize(1);
        Finding finding = findings.get(0);
        assertThat(finding.location().xpath()).as("XPath").isEqualTo(xpath);
        assertThat(finding.location().line()).as("line").isNotNull();
        assertThat(finding.arguments()).as("message arguments").containsExactlyElementsOf(arguments);
        assertThat(finding.severity()).as("severity").isEqualTo(rule.severity());
        if (mismatch) {
            assertThat(finding.expected()).as("expected value").isEqualTo(arguments.get(0));
            assertThat(finding.actual()).as("actual value").isEqualTo(arguments.get(1));
        } else {
            assertThat(finding.expected()).as("expected value").isNull();
        }

        Set<String> reported = new TreeSet<>(RuleHarness.transportFindings(result).stream().map(Finding::ruleId).toList());
        Set<String> wanted = new TreeSet<>(alsoReported);
        wanted.add(ruleId);
        assertThat(reported).as("transport rules that report").containsExactlyElementsOf(wanted);

        for (Locale locale : List.of(Messages.ENGLISH, Messages.CHINESE)) {
            String message = Messages.get(locale, rule.messageKey(), finding.arguments().toArray());
            assertThat(message).as("message in " + locale).doesNotContain("{");
            assertThat(message).as("message in " + locale).contains(arguments.isEmpty() ? "" : arguments.get(arguments.size() - 1));
        }
    }
}
