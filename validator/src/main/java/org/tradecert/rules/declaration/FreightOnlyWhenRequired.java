package org.tradecert.rules.declaration;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.goodsdeclaration.v1.GoodsDeclarationType;
import org.tradecert.rules.RuleDefinition;

/**
 * The freight is not declared when the GACC filling rule leaves it out: on an export
 * declaration when the transaction mode's price excludes the freight, on an import declaration
 * when it includes it. A freight stated there would be added to or deducted from the customs
 * value a second time.
 */
public final class FreightOnlyWhenRequired extends TransactionModeCharge {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("DECL-FREIGHT-UNEXPECTED", Layer.DOCUMENT_RULES, Severity.ERROR,
            "GACC declaration filling rules: 运费 and 成交方式 (transaction mode)", "goods-declaration");

    public FreightOnlyWhenRequired() {
        super(DEFINITION, "FreightChargeAmount", GoodsDeclarationType::getFreightChargeAmount, ChargeModes.FREIGHT_INCLUDED, ChargeModes.FREIGHT_EXCLUDED, false);
    }
}
