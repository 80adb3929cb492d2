package org.tradecert.rules.declaration;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.goodsdeclaration.v1.GoodsDeclarationType;
import org.tradecert.rules.RuleDefinition;

/**
 * The insurance is not declared when the GACC filling rule leaves it out: on an export
 * declaration when the transaction mode's price excludes the insurance, on an import declaration
 * when it includes it. A insurance stated there would be added to or deducted from the customs
 * value a second time.
 */
public final class InsuranceOnlyWhenRequired extends TransactionModeCharge {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("DECL-INSURANCE-UNEXPECTED", Layer.DOCUMENT_RULES, Severity.ERROR,
            "GACC declaration filling rules: 保费 and 成交方式 (transaction mode)", "goods-declaration");

    public InsuranceOnlyWhenRequired() {
        super(DEFINITION, "InsuranceChargeAmount", GoodsDeclarationType::getInsuranceChargeAmount, ChargeModes.INSURANCE_INCLUDED, ChargeModes.INSURANCE_EXCLUDED, false);
    }
}
