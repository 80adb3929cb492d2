package org.tradecert.rules.declaration;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.goodsdeclaration.v1.DeclarationItemType;
import org.tradecert.model.goodsdeclaration.v1.GoodsDeclarationType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

/**
 * Every declared item states its country of origin (原产国（地区）). The common model lets a
 * product leave its origin out, but the declaration form has the field for every item, and
 * customs applies duty rates, quotas and trade remedies by origin.
 */
public final class OriginCountryStated extends DocumentRule<GoodsDeclarationType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("DECL-ORIGIN-COUNTRY", Layer.DOCUMENT_RULES, Severity.ERROR,
            "GACC declaration filling rules: 原产国（地区） of every item; Customs rules of origin of the PRC", "goods-declaration");

    public OriginCountryStated() {
        super(DEFINITION, GoodsDeclarationType.class);
    }

    @Override
    public void check(GoodsDeclarationType declaration, RuleContext context) {
        for (DeclarationItemType item : declaration.getItem()) {
            if (item.getProduct() != null && item.getProduct().getOriginCountryID() == null) {
                context.reportAt(item.getProduct(), "OriginCountryID", Items.sequence(item));
            }
        }
    }
}
