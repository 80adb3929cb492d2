package org.tradecert.rules.declaration;

import org.tradecert.model.goodsdeclaration.v1.DeclarationItemType;
import org.tradecert.model.goodsdeclaration.v1.GoodsDeclarationType;
import org.tradecert.model.udt.v1.AmountType;
import org.tradecert.rules.invoice.Money;

import java.util.ArrayList;
import java.util.List;

/** Every amount of a goods declaration with the element that contains it, in document order. */
final class DeclarationAmounts {

    /**
     * One amount of the declaration.
     *
     * @param owner    the model object holding the amount, for the location of findings
     * @param property the XML name of the amount
     * @param path     the amount's place in the model, language-neutral for messages: {@code Item[1]/DeclaredValueAmount}
     */
    record Named(Object owner, String property, AmountType amount, String path) {
    }

    private DeclarationAmounts() {
    }

    static List<Named> all(GoodsDeclarationType declaration) {
        List<Named> amounts = new ArrayList<>();
        add(amounts, declaration, "FreightChargeAmount", declaration.getFreightChargeAmount(), "");
        add(amounts, declaration, "InsuranceChargeAmount", declaration.getInsuranceChargeAmount(), "");
        add(amounts, declaration, "OtherChargeAmount", declaration.getOtherChargeAmount(), "");
        add(amounts, declaration, "DeclaredValueForCustomsAmount", declaration.getDeclaredValueForCustomsAmount(), "");
        for (DeclarationItemType item : declaration.getItem()) {
            String prefix = "Item[" + Items.sequence(item) + "]/";
            add(amounts, item, "UnitPriceAmount", item.getUnitPriceAmount(), prefix);
            add(amounts, item, "DeclaredValueAmount", item.getDeclaredValueAmount(), prefix);
        }
        return amounts;
    }

    private static void add(List<Named> amounts, Object owner, String property, AmountType amount, String prefix) {
        if (Money.present(amount)) {
            amounts.add(new Named(owner, property, amount, prefix + property));
        }
    }
}
