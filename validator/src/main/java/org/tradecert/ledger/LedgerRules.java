package org.tradecert.ledger;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.rules.RuleDefinition;

import java.util.List;

/** The checks of the ledger record itself (layer 9): blocks, hash chain, Merkle roots, operator signatures and anchors. */
public final class LedgerRules {

    public static final RuleDefinition MALFORMED = RuleDefinition.of("LEDGER-MALFORMED", Layer.LEDGER, Severity.FATAL, "tradecert-ledger/1");
    public static final RuleDefinition NETWORK = RuleDefinition.of("LEDGER-NETWORK", Layer.LEDGER, Severity.FATAL, "tradecert-ledger/1");
    public static final RuleDefinition HEIGHT = RuleDefinition.of("LEDGER-HEIGHT", Layer.LEDGER, Severity.FATAL, "tradecert-ledger/1");
    public static final RuleDefinition PREVIOUS_HASH = RuleDefinition.of("LEDGER-PREVIOUS-HASH", Layer.LEDGER, Severity.FATAL, "tradecert-ledger/1 hash chain");
    public static final RuleDefinition BLOCK_HASH = RuleDefinition.of("LEDGER-BLOCK-HASH", Layer.LEDGER, Severity.FATAL, "tradecert-ledger/1 hash chain");
    public static final RuleDefinition MERKLE_ROOT = RuleDefinition.of("LEDGER-MERKLE-ROOT", Layer.LEDGER, Severity.FATAL, "RFC 9162 section 2.1");
    public static final RuleDefinition OPERATOR_SIGNATURE = RuleDefinition.of("LEDGER-OPERATOR-SIGNATURE", Layer.LEDGER, Severity.FATAL, "tradecert-ledger/1");
    public static final RuleDefinition TIME_ORDER = RuleDefinition.of("LEDGER-TIME-ORDER", Layer.LEDGER, Severity.ERROR, "tradecert-ledger/1");
    public static final RuleDefinition INCLUSION = RuleDefinition.of("LEDGER-INCLUSION", Layer.LEDGER, Severity.FATAL, "RFC 9162 section 2.1.3");
    public static final RuleDefinition ANCHOR = RuleDefinition.of("LEDGER-ANCHOR", Layer.LEDGER, Severity.FATAL, "tradecert-ledger/1");

    private LedgerRules() {
    }

    public static List<RuleDefinition> all() {
        return List.of(MALFORMED, NETWORK, HEIGHT, PREVIOUS_HASH, BLOCK_HASH, MERKLE_ROOT, OPERATOR_SIGNATURE, TIME_ORDER, INCLUSION, ANCHOR);
    }
}
