package org.tradecert.rules.declaration;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.goodsdeclaration.v1.GoodsDeclarationType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

/**
 * An import declaration answers the customs valuation questions: whether buyer and seller
 * are related (特殊关系确认) and whether royalties are paid (支付特许权使用费确认), and,
 * when they are related, whether the relationship influenced the price (价格影响确认). A
 * price influence confirmed for unrelated parties contradicts the first confirmation. Customs
 * accepts the transaction value as the customs value only with these confirmations.
 */
public final class ValuationConfirmationsForImports extends DocumentRule<GoodsDeclarationType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("DECL-VALUATION-CONFIRMATIONS", Layer.DOCUMENT_RULES, Severity.ERROR,
            "GACC declaration filling rules: 特殊关系确认, 价格影响确认 and 支付特许权使用费确认 for imports; WTO Customs Valuation Agreement articles 1.2 and 8.1(c)",
            "goods-declaration");

    public ValuationConfirmationsForImports() {
        super(DEFINITION, GoodsDeclarationType.class);
    }

    @Override
    public void check(GoodsDeclarationType declaration, RuleContext context) {
        if (Direction.of(declaration) != Direction.IMPORT) {
            return;
        }

        Boolean related = declaration.isRelatedPartyIndicator();
        Boolean influence = declaration.isPriceInfluenceIndicator();
        Boolean royalty = declaration.isRoyaltyPaymentIndicator();
        String property = null;
        if (related == null) {
            property = "RelatedPartyIndicator";
        } else if (royalty == null) {
            property = "RoyaltyPaymentIndicator";
        } else if (related && influence == null) {
            property = "PriceInfluenceIndicator";
        } else if (!related && Boolean.TRUE.equals(influence)) {
            property = "PriceInfluenceIndicator";
        }
        if (property != null) {
            context.reportAt(declaration, property, property, text(related), text(influence), text(royalty));
        }
    }

    /** Formats an indicator for messages: true, false, or - when it is absent. */
    private static String text(Boolean indicator) {
        return indicator == null ? "-" : indicator.toString();
    }
}
