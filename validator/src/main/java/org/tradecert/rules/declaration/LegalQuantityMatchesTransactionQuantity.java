package org.tradecert.rules.declaration;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.goodsdeclaration.v1.DeclarationItemType;
import org.tradecert.model.goodsdeclaration.v1.GoodsDeclarationType;
import org.tradecert.model.udt.v1.QuantityType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.invoice.Money;

/**
 * A legal quantity in the same unit as the transaction quantity equals it: both count the
 * same goods in the same unit. Customs levies duties and keeps statistics on the legal
 * quantity, so a difference changes the duty or the trade statistics.
 */
public final class LegalQuantityMatchesTransactionQuantity extends DocumentRule<GoodsDeclarationType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("DECL-LEGAL-QUANTITY", Layer.DOCUMENT_RULES, Severity.ERROR,
            "GACC declaration filling rules: 成交数量及单位 and 法定第一、第二数量及单位 of an item", "goods-declaration");

    public LegalQuantityMatchesTransactionQuantity() {
        super(DEFINITION, GoodsDeclarationType.class);
    }

    @Override
    public void check(GoodsDeclarationType declaration, RuleContext context) {
        for (DeclarationItemType item : declaration.getItem()) {
            QuantityType transaction = item.getTransactionQuantity();
            if (transaction == null || transaction.getValue() == null || transaction.getUnitCode() == null) {
                continue;
            }
            compare(item, "LegalQuantity", item.getLegalQuantity(), transaction, context);
            compare(item, "SecondLegalQuantity", item.getSecondLegalQuantity(), transaction, context);
        }
    }

    private static void compare(DeclarationItemType item, String property, QuantityType legal, QuantityType transaction, RuleContext context) {
        if (legal == null || legal.getValue() == null || !transaction.getUnitCode().equals(legal.getUnitCode())) {
            return;
        }
        if (legal.getValue().compareTo(transaction.getValue()) != 0) {
            context.mismatch(item, property, Money.plain(transaction.getValue()) + " " + transaction.getUnitCode(),
                    Money.plain(legal.getValue()) + " " + legal.getUnitCode(), "Item[" + Items.sequence(item) + "]/" + property);
        }
    }
}
