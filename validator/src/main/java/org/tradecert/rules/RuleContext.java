package org.tradecert.rules;

import org.tradecert.api.Finding;
import org.tradecert.codelist.CodeListRegistry;

import java.util.ArrayList;
import java.util.List;

/**
 * What a document rule sees besides the document: where things are, the code-list packs in
 * use and the format the document came in, and where it reports. One context serves one rule
 * on one document.
 */
public final class RuleContext {

    private final RuleDefinition rule;
    private final ModelLocator locator;
    private final CodeListRegistry codeLists;
    private final String origin;
    private final List<Finding> findings = new ArrayList<>();
    private String notApplicableReason;
    private List<String> notApplicableArguments = List.of();

    public RuleContext(RuleDefinition rule, ModelLocator locator, CodeListRegistry codeLists, String origin) {
        this.rule = rule;
        this.locator = locator;
        this.codeLists = codeLists;
        this.origin = origin;
    }

    /** Reports a failure at a model object; the arguments fill the rule's message from {0} on. */
    public void report(Object node, Object... arguments) {
        findings.add(rule.finding(locator.locate(node, null), arguments));
    }

    /** Reports a failure at a property of a model object, or at the object when the property is absent. */
    public void reportAt(Object owner, String property, Object... arguments) {
        findings.add(rule.finding(locator.locate(owner, property), arguments));
    }

    /**
     * Reports a value that differs from the value it should have: the message sees the expected
     * value as {0}, the actual value as {1} and the further arguments from {2} on.
     */
    public void mismatch(Object owner, String property, String expected, String actual, Object... arguments) {
        findings.add(rule.mismatch(locator.locate(owner, property), expected, actual, arguments));
    }

    /**
     * Says that the document has nothing this rule checks. The reason is a message key of the
     * bundles with its arguments, for example {@code outcome.absent} with the property name.
     */
    public void notApplicable(String reasonKey, Object... arguments) {
        this.notApplicableReason = reasonKey;
        this.notApplicableArguments = RuleDefinition.strings(arguments);
    }

    public CodeListRegistry codeLists() {
        return codeLists;
    }

    /** The format the document came in: {@code tradecert} or {@code cii-d16b}. */
    public String origin() {
        return origin;
    }

    public RuleDefinition rule() {
        return rule;
    }

    List<Finding> findings() {
        return findings;
    }

    String notApplicableReason() {
        return notApplicableReason;
    }

    List<String> notApplicableArguments() {
        return notApplicableArguments;
    }
}
