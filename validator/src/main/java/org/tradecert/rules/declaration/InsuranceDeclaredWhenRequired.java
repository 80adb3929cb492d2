package org.tradecert.rules.declaration;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.goodsdeclaration.v1.GoodsDeclarationType;
import org.tradecert.rules.RuleDefinition;

/**
 * The insurance is declared when the GACC filling rule requires it: on an export declaration
 * when the transaction mode's price includes the insurance, on an import declaration when it
 * excludes it. Customs builds the customs value from the price and this charge.
 */
public final class InsuranceDeclaredWhenRequired extends TransactionModeCharge {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("DECL-INSURANCE-MISSING", Layer.DOCUMENT_RULES, Severity.ERROR,
            "GACC declaration filling rules: 保费 and 成交方式 (transaction mode)", "goods-declaration");

    public InsuranceDeclaredWhenRequired() {
        super(DEFINITION, "InsuranceChargeAmount", GoodsDeclarationType::getInsuranceChargeAmount, ChargeModes.INSURANCE_INCLUDED, ChargeModes.INSURANCE_EXCLUDED, true);
    }
}
