package org.tradecert.rules;

import org.tradecert.api.Finding;
import org.tradecert.api.RuleOutcome;
import org.tradecert.codelist.CodeListRegistry;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs the document rules of layer 7 on one bound document. A rule that throws is recorded as
 * {@code ERROR} and the other rules still run; the caller then marks the layer as failed.
 */
public final class DocumentRuleRunner {

    private final List<DocumentRule<?>> rules;
    private final CodeListRegistry codeLists;

    public DocumentRuleRunner(List<DocumentRule<?>> rules, CodeListRegistry codeLists) {
        this.rules = List.copyOf(rules);
        this.codeLists = codeLists;
    }

    /**
     * What the rules found.
     *
     * @param error the first rule failure, as {@code rule id: exception}, or null when every rule ran
     */
    public record Result(List<Finding> findings, List<RuleOutcome> outcomes, String error) {
    }

    /**
     * @param documentType the type of the document, e.g. {@code commercial-invoice}
     * @param origin       the format the document came in ({@code tradecert} or {@code cii-d16b})
     * @param uncarried    the model properties (XML names) the document's format cannot carry
     */
    public Result run(Object document, String documentType, ModelLocator locator, String origin, Set<String> uncarried) {
        List<Finding> findings = new ArrayList<>();
        List<RuleOutcome> outcomes = new ArrayList<>();
        String error = null;
        for (DocumentRule<?> rule : rules) {
            String id = rule.definition().id();
            if (!rule.documentClass().isInstance(document) || !rule.definition().appliesTo(documentType)) {
                continue;
            }
            Set<String> missing = new TreeSet<>(rule.needs());
            missing.retainAll(uncarried);
            if (!missing.isEmpty()) {
                outcomes.add(new RuleOutcome(id, RuleOutcome.Status.NOT_APPLICABLE, "outcome.not-carried", List.of(origin, String.join(", ", missing))));
                continue;
            }
            RuleContext context = new RuleContext(rule.definition(), locator, codeLists, origin);
            try {
                rule.checkObject(document, context);
            } catch (RuntimeException e) {
                outcomes.add(new RuleOutcome(id, RuleOutcome.Status.ERROR, "outcome.error", List.of(e.toString())));
                if (error == null) {
                    error = id + ": " + e;
                }
                continue;
            }
            findings.addAll(context.findings());
            if (!context.findings().isEmpty()) {
                outcomes.add(RuleOutcome.of(id, RuleOutcome.Status.FAILED));
            } else if (context.notApplicableReason() != null) {
                outcomes.add(new RuleOutcome(id, RuleOutcome.Status.NOT_APPLICABLE, context.notApplicableReason(), context.notApplicableArguments()));
            } else {
                outcomes.add(RuleOutcome.of(id, RuleOutcome.Status.PASSED));
            }
        }
        return new Result(findings, outcomes, error);
    }
}
