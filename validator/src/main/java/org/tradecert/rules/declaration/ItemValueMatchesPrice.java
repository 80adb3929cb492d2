package org.tradecert.rules.declaration;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.goodsdeclaration.v1.DeclarationItemType;
import org.tradecert.model.goodsdeclaration.v1.GoodsDeclarationType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.invoice.Money;

import java.math.BigDecimal;

/**
 * The value of each declared item is its transaction quantity times its unit price. On the
 * China declaration form the total price (总价) is primary, and the unit price (单价) is
 * derived from it and rounded. The check therefore allows the error that rounding the unit
 * price can cause. That is half a unit of the unit price's last decimal place for each unit of
 * quantity, plus half a minor unit of the currency for rounding the value itself.
 */
public final class ItemValueMatchesPrice extends DocumentRule<GoodsDeclarationType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("DECL-ITEM-VALUE", Layer.DOCUMENT_RULES, Severity.ERROR,
            "GACC declaration filling rules: 单价 (unit price), 总价 (total price) and 成交数量 (transaction quantity) of an item",
            "goods-declaration");

    private static final BigDecimal HALF = new BigDecimal("0.5");

    public ItemValueMatchesPrice() {
        super(DEFINITION, GoodsDeclarationType.class);
    }

    @Override
    public void check(GoodsDeclarationType declaration, RuleContext context) {
        for (DeclarationItemType item : declaration.getItem()) {
            if (item.getTransactionQuantity() == null || item.getTransactionQuantity().getValue() == null
                    || !Money.present(item.getUnitPriceAmount()) || !Money.present(item.getDeclaredValueAmount())) {
                continue;
            }

            BigDecimal quantity = item.getTransactionQuantity().getValue();
            BigDecimal price = item.getUnitPriceAmount().getValue();
            String currency = item.getDeclaredValueAmount().getCurrencyID();
            BigDecimal product = quantity.multiply(price);
            BigDecimal priceRounding = quantity.abs().multiply(HALF.movePointLeft(Math.max(0, price.scale())));
            BigDecimal valueRounding = HALF.movePointLeft(Money.minorUnit(currency));
            BigDecimal tolerance = priceRounding.add(valueRounding);

            BigDecimal actual = item.getDeclaredValueAmount().getValue();
            if (actual.subtract(product).abs().compareTo(tolerance) > 0) {
                context.mismatch(item, "DeclaredValueAmount", Money.text(Money.round(product, currency), currency),
                        Money.text(item.getDeclaredValueAmount()), Items.sequence(item), Money.plain(quantity),
                        Money.text(item.getUnitPriceAmount()), Money.plain(tolerance.stripTrailingZeros()));
            }
        }
    }
}
