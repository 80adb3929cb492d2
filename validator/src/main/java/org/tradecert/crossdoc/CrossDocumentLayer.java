package org.tradecert.crossdoc;

import org.tradecert.api.Finding;
import org.tradecert.api.Layer;
import org.tradecert.api.RuleOutcome;
import org.tradecert.codelist.CodeListRegistry;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the cross-document rules and risk indicators over one trade transaction. A rule that
 * throws is recorded as {@code ERROR} and the others still run.
 */
public final class CrossDocumentLayer {

    private final List<CrossDocumentRule> rules;
    private final CrossDocumentProfile profile;
    private final CodeListRegistry codeLists;
    private final int maxDocuments;

    public CrossDocumentLayer(List<CrossDocumentRule> rules, CrossDocumentProfile profile, CodeListRegistry codeLists) {
        this(rules, profile, codeLists, TransactionIndex.MAX_DOCUMENTS);
    }

    /** @param maxDocuments the transaction size limit the index applied, quoted when a transaction exceeds it */
    public CrossDocumentLayer(List<CrossDocumentRule> rules, CrossDocumentProfile profile, CodeListRegistry codeLists, int maxDocuments) {
        this.rules = List.copyOf(rules);
        this.profile = profile;
        this.codeLists = codeLists;
        this.maxDocuments = maxDocuments;
    }

    /**
     * What the rules of one layer found.
     *
     * @param error the first rule failure, as {@code rule id: exception}, or null
     */
    public record Result(List<Finding> findings, List<RuleOutcome> outcomes, String error) {
    }

    /**
     * Starts a validation run, so that rules keeping a summary across transactions begin
     * afresh. Call it before the first transaction of a run, on the thread that then checks
     * the transactions of that run.
     */
    public void startRun() {
        for (CrossDocumentRule rule : rules) {
            rule.startRun();
        }
    }

    /** Runs the rules of {@code layer} (cross-document or risk) over the transaction. */
    public Result run(TradeTransaction transaction, String source, Layer layer) {
        List<Finding> findings = new ArrayList<>();
        List<RuleOutcome> outcomes = new ArrayList<>();
        String error = null;
        if (transaction.tooLarge() > 0) {
            return tooLarge(transaction, source, layer);
        }
        for (CrossDocumentRule rule : rules) {
            if (rule.definition().layer() != layer) {
                continue;
            }
            String id = rule.definition().id();
            CrossContext context = new CrossContext(rule.definition(), profile, codeLists, source);
            try {
                rule.check(transaction, context);
            } catch (RuntimeException e) {
                outcomes.add(new RuleOutcome(id, RuleOutcome.Status.ERROR, "outcome.error", List.of(e.toString())));
                error = error == null ? id + ": " + e : error;
                continue;
            }
            findings.addAll(context.findings());
            if (!context.findings().isEmpty()) {
                outcomes.add(RuleOutcome.of(id, RuleOutcome.Status.FAILED));
            } else if (context.notApplicableKey() != null) {
                outcomes.add(new RuleOutcome(id, RuleOutcome.Status.NOT_APPLICABLE, context.notApplicableKey(), context.notApplicableArguments()));
            } else {
                outcomes.add(RuleOutcome.of(id, RuleOutcome.Status.PASSED));
            }
        }
        return new Result(findings, outcomes, error);
    }

    /** Reports a transaction too large to check. Its size is the finding, and no other rule runs on it. */
    private Result tooLarge(TradeTransaction transaction, String source, Layer layer) {
        List<Finding> findings = new ArrayList<>();
        List<RuleOutcome> outcomes = new ArrayList<>();
        if (layer == TransactionTooLarge.DEFINITION.layer()) {
            CrossContext context = new CrossContext(TransactionTooLarge.DEFINITION, profile, codeLists, source);
            context.report(List.of(), transaction.id(), Integer.toString(transaction.tooLarge()), Integer.toString(maxDocuments));
            findings.addAll(context.findings());
            outcomes.add(RuleOutcome.of(TransactionTooLarge.DEFINITION.id(), RuleOutcome.Status.FAILED));
        }
        for (CrossDocumentRule rule : rules) {
            if (rule.definition().layer() == layer && rule != TransactionTooLarge.INSTANCE) {
                outcomes.add(new RuleOutcome(rule.definition().id(), RuleOutcome.Status.NOT_APPLICABLE, "outcome.crossdoc.too-large",
                        List.of(Integer.toString(transaction.tooLarge()))));
            }
        }
        return new Result(findings, outcomes, null);
    }
}
