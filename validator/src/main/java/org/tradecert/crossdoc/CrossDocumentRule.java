package org.tradecert.crossdoc;

import org.tradecert.rules.RuleDefinition;

/**
 * A check over the documents of one trade transaction (layer 8), or a risk indicator over it
 * (layer 10, warnings only). One class per rule; rules read only facts, so they are independent
 * of the syntax each document came in.
 */
public abstract class CrossDocumentRule {

    private final RuleDefinition definition;

    protected CrossDocumentRule(RuleDefinition definition) {
        this.definition = definition;
    }

    public final RuleDefinition definition() {
        return definition;
    }

    /**
     * Checks the transaction and reports through the context; says {@code notApplicable} when
     * the transaction lacks the documents or facts the rule compares.
     */
    public abstract void check(TradeTransaction transaction, CrossContext context);

    /**
     * Starts a validation run. A rule that keeps a summary across the transactions of a run,
     * such as the repeated-amount indicator, clears it here. Other rules need not override it.
     */
    public void startRun() {
    }
}
