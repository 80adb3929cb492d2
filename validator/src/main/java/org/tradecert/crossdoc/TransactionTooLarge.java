package org.tradecert.crossdoc;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.rules.RuleDefinition;

/**
 * A trade transaction of more submissions than the engine checks
 * ({@link TransactionIndex#MAX_DOCUMENTS}). Submissions join one transaction when they share a
 * number, so thousands of them in one group mean that unrelated shipments reuse a booking,
 * transport document or invoice number. The transaction's other checks do not run, so this is
 * an error: nothing about it has been confirmed.
 */
public final class TransactionTooLarge extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("XDOC-TRANSACTION-SIZE", Layer.CROSS_DOCUMENT, Severity.ERROR,
            "tradecert-ledger/1 trade transactions");

    static final TransactionTooLarge INSTANCE = new TransactionTooLarge();

    private TransactionTooLarge() {
        super(DEFINITION);
    }

    /** Passes every transaction it sees, because the layer itself reports an oversized transaction before any rule runs. */
    @Override
    public void check(TradeTransaction transaction, CrossContext context) {
    }
}
