package org.tradecert.rules.declaration;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.goodsdeclaration.v1.DeclarationItemType;
import org.tradecert.model.goodsdeclaration.v1.GoodsDeclarationType;
import org.tradecert.model.udt.v1.AmountType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.invoice.Money;

import java.math.BigDecimal;

/**
 * The declared value of the consignment is the sum of the item values plus the stated
 * charges that the transaction mode includes in the price: freight under 1 CIF and 2 C&F,
 * insurance under 1 CIF and 4 C&I. A charge the mode includes but the declaration does not
 * state is taken to be in the item prices, as on an import priced CIF. Other charges (杂费)
 * adjust the customs value but belong to no price term, so they are not added.
 */
public final class DeclaredValueMatchesItems extends DocumentRule<GoodsDeclarationType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("DECL-TOTAL-VALUE", Layer.DOCUMENT_RULES, Severity.ERROR,
            "GACC declaration filling rules: 总价, 成交方式, 运费 and 保费; tradecert goods declaration model, declared value for customs",
            "goods-declaration");

    public DeclaredValueMatchesItems() {
        super(DEFINITION, GoodsDeclarationType.class);
    }

    @Override
    public void check(GoodsDeclarationType declaration, RuleContext context) {
        AmountType total = declaration.getDeclaredValueForCustomsAmount();
        if (!Money.present(total)) {
            context.notApplicable("outcome.absent", "DeclaredValueForCustomsAmount");
            return;
        }
        String mode = String.valueOf(declaration.getTransactionModeCode());
        boolean addFreight = ChargeModes.FREIGHT_INCLUDED.contains(mode) && Money.present(declaration.getFreightChargeAmount());
        boolean addInsurance = ChargeModes.INSURANCE_INCLUDED.contains(mode) && Money.present(declaration.getInsuranceChargeAmount());

        BigDecimal items = BigDecimal.ZERO;
        for (DeclarationItemType item : declaration.getItem()) {
            items = items.add(Money.valueOrZero(item.getDeclaredValueAmount()));
        }
        BigDecimal freight = addFreight ? declaration.getFreightChargeAmount().getValue() : BigDecimal.ZERO;
        BigDecimal insurance = addInsurance ? declaration.getInsuranceChargeAmount().getValue() : BigDecimal.ZERO;
        BigDecimal expected = items.add(freight).add(insurance);

        if (expected.compareTo(total.getValue()) != 0) {
            context.mismatch(declaration, "DeclaredValueForCustomsAmount", Money.text(expected, total.getCurrencyID()), Money.text(total),
                    mode, Money.plain(items), Money.plain(freight), Money.plain(insurance));
        }
    }
}
