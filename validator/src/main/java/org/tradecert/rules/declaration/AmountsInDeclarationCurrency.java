package org.tradecert.rules.declaration;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.goodsdeclaration.v1.GoodsDeclarationType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.invoice.Money;

/**
 * Every amount of the declaration is in the currency (币制) of the declared value: the item
 * prices and values, freight, insurance and other charges. The declared value adds them, and
 * customs converts one currency into yuan at the rate of the declaration.
 */
public final class AmountsInDeclarationCurrency extends DocumentRule<GoodsDeclarationType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("DECL-CURRENCY", Layer.DOCUMENT_RULES, Severity.ERROR,
            "GACC declaration filling rules: 币制 of the price; tradecert goods declaration model, declared value as the sum of the amounts",
            "goods-declaration");

    public AmountsInDeclarationCurrency() {
        super(DEFINITION, GoodsDeclarationType.class);
    }

    @Override
    public void check(GoodsDeclarationType declaration, RuleContext context) {
        if (!Money.present(declaration.getDeclaredValueForCustomsAmount())) {
            context.notApplicable("outcome.absent", "DeclaredValueForCustomsAmount");
            return;
        }

        String currency = declaration.getDeclaredValueForCustomsAmount().getCurrencyID();
        for (DeclarationAmounts.Named named : DeclarationAmounts.all(declaration)) {
            if (Money.otherCurrency(named.amount(), currency)) {
                context.mismatch(named.amount(), "currencyID", currency, named.amount().getCurrencyID(), named.path(),
                        Money.plain(named.amount().getValue()));
            }
        }
    }
}
