package org.tradecert.rules.declaration;

import org.tradecert.model.goodsdeclaration.v1.GoodsDeclarationType;
import org.tradecert.model.udt.v1.AmountType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.invoice.Money;

import java.util.Set;
import java.util.function.Function;

/**
 * The GACC filling rule for freight (运费) and insurance (保费): an export declaration states
 * a charge when its price includes it, an import declaration when its price excludes it, and
 * neither states it otherwise. The subclasses are the four rules that follow from it, one
 * for each charge and each way of breaking it. Transaction modes 5 (market price) and 6
 * (bunkering price) name no price term, so they are not checked.
 */
abstract class TransactionModeCharge extends DocumentRule<GoodsDeclarationType> {

    private final String property;
    private final Function<GoodsDeclarationType, AmountType> charge;
    private final Set<String> included;
    private final Set<String> excluded;
    private final boolean reportMissing;

    /**
     * @param property      the XML name of the charge
     * @param included      the transaction modes whose price includes the charge, which exports state
     * @param excluded      the transaction modes whose price excludes the charge, which imports state
     * @param reportMissing true to report a missing charge, false to report a charge that should not be there
     */
    TransactionModeCharge(RuleDefinition definition, String property, Function<GoodsDeclarationType, AmountType> charge,
                          Set<String> included, Set<String> excluded, boolean reportMissing) {
        super(definition, GoodsDeclarationType.class);
        this.property = property;
        this.charge = charge;
        this.included = included;
        this.excluded = excluded;
        this.reportMissing = reportMissing;
    }

    @Override
    public final void check(GoodsDeclarationType declaration, RuleContext context) {
        Direction direction = Direction.of(declaration);
        String mode = String.valueOf(declaration.getTransactionModeCode());
        if (direction == Direction.UNKNOWN || !(included.contains(mode) || excluded.contains(mode))) {
            return;
        }

        boolean required = (direction == Direction.EXPORT ? included : excluded).contains(mode);
        AmountType amount = charge.apply(declaration);
        if (reportMissing && required && !Money.present(amount)) {
            context.reportAt(declaration, "TransactionModeCode", mode, Direction.typeCode(declaration));
        } else if (!reportMissing && !required && Money.present(amount)) {
            context.reportAt(declaration, property, mode, Direction.typeCode(declaration), Money.text(amount));
        }
    }
}
