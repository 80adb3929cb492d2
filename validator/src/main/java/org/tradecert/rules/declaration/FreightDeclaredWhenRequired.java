package org.tradecert.rules.declaration;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.goodsdeclaration.v1.GoodsDeclarationType;
import org.tradecert.rules.RuleDefinition;

/**
 * The freight is declared when the GACC filling rule requires it: on an export declaration
 * when the transaction mode's price includes the freight, on an import declaration when it
 * excludes it. Customs builds the customs value from the price and this charge.
 */
public final class FreightDeclaredWhenRequired extends TransactionModeCharge {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("DECL-FREIGHT-MISSING", Layer.DOCUMENT_RULES, Severity.ERROR,
            "GACC declaration filling rules: 运费 and 成交方式 (transaction mode)", "goods-declaration");

    public FreightDeclaredWhenRequired() {
        super(DEFINITION, "FreightChargeAmount", GoodsDeclarationType::getFreightChargeAmount, ChargeModes.FREIGHT_INCLUDED, ChargeModes.FREIGHT_EXCLUDED, true);
    }
}
