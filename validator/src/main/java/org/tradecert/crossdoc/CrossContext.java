package org.tradecert.crossdoc;

import org.tradecert.api.Evidence;
import org.tradecert.api.Finding;
import org.tradecert.api.Location;
import org.tradecert.codelist.CodeListRegistry;
import org.tradecert.rules.RuleDefinition;

import java.util.ArrayList;
import java.util.List;

/**
 * What a cross-document rule sees besides the transaction: the tolerances of the network
 * profile and the code lists, and where it reports. Every finding carries its evidence: the
 * compared values from each document with their submission and location.
 */
public final class CrossContext {

    private final RuleDefinition rule;
    private final CrossDocumentProfile profile;
    private final CodeListRegistry codeLists;
    private final String transactionSource;
    private final List<Finding> findings = new ArrayList<>();
    private String notApplicableKey;
    private List<String> notApplicableArguments = List.of();

    public CrossContext(RuleDefinition rule, CrossDocumentProfile profile, CodeListRegistry codeLists, String transactionSource) {
        this.rule = rule;
        this.profile = profile;
        this.codeLists = codeLists;
        this.transactionSource = transactionSource;
    }

    public CrossDocumentProfile profile() {
        return profile;
    }

    public CodeListRegistry codeLists() {
        return codeLists;
    }

    /**
     * Reports a failure located at the first piece of evidence (the value found wrong), with
     * every piece of evidence attached; the arguments fill the rule's message from {0} on.
     */
    public void report(List<Evidence> evidence, Object... arguments) {
        Finding finding = rule.finding(where(evidence), arguments);
        findings.add(withEvidence(finding, evidence));
    }

    /** Reports a value that differs from what the other documents give: expected is argument {0}, actual {1}. */
    public void mismatch(String expected, String actual, List<Evidence> evidence, Object... arguments) {
        Finding finding = rule.mismatch(where(evidence), expected, actual, arguments);
        findings.add(withEvidence(finding, evidence));
    }

    /** Says the transaction has nothing this rule compares; the reason is a message key of the bundles with its arguments. */
    public void notApplicable(String reasonKey, Object... arguments) {
        this.notApplicableKey = reasonKey;
        List<String> text = new ArrayList<>();
        for (Object argument : arguments) {
            text.add(String.valueOf(argument));
        }
        this.notApplicableArguments = text;
    }

    private Location where(List<Evidence> evidence) {
        return evidence.isEmpty() || evidence.get(0).location() == null ? Location.ofFile(transactionSource) : evidence.get(0).location();
    }

    private static Finding withEvidence(Finding finding, List<Evidence> evidence) {
        return new Finding(finding.ruleId(), finding.severity(), finding.originalSeverity(), finding.location(), finding.arguments(),
                finding.expected(), finding.actual(), evidence);
    }

    List<Finding> findings() {
        return findings;
    }

    String notApplicableKey() {
        return notApplicableKey;
    }

    List<String> notApplicableArguments() {
        return notApplicableArguments;
    }
}
