package org.tradecert.rules.declaration;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.common.v1.TradeDeliveryTermsType;
import org.tradecert.model.goodsdeclaration.v1.GoodsDeclarationType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

import java.util.Optional;

/**
 * The transaction mode (成交方式) is the one China customs uses for the contract's Incoterms
 * rule, as the GACC transaction mode pack maps them. CIF, CIP and the D-terms are declared as
 * 1 CIF, CFR and CPT as 2 C&F, FOB, FCA and FAS as 3 FOB, and EXW as 7 EXW. A mode that
 * disagrees with the contract changes which charges belong in the declared value.
 */
public final class TransactionModeMatchesDeliveryTerms extends DocumentRule<GoodsDeclarationType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("DECL-TRANSACTION-MODE-TERMS", Layer.DOCUMENT_RULES, Severity.ERROR,
            "GACC 成交方式 code list mapped to Incoterms 2020 (GACC transaction mode pack, attribute incoterms)", "goods-declaration");

    static final String LIST = "GACCTransactionMode";

    public TransactionModeMatchesDeliveryTerms() {
        super(DEFINITION, GoodsDeclarationType.class);
    }

    @Override
    public void check(GoodsDeclarationType declaration, RuleContext context) {
        TradeDeliveryTermsType terms = declaration.getApplicableTradeDeliveryTerms();
        if (terms == null || terms.getDeliveryTypeCode() == null) {
            context.notApplicable("outcome.absent", "ApplicableTradeDeliveryTerms");
            return;
        }

        String mode = declaration.getTransactionModeCode();
        Optional<String> expected = PackMappings.codeListing(context, LIST, "incoterms", terms.getDeliveryTypeCode());
        if (expected.isPresent() && !expected.get().equals(mode)) {
            context.mismatch(declaration, "TransactionModeCode", expected.get(), mode, terms.getDeliveryTypeCode());
        }
    }
}
