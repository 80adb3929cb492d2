package org.tradecert.rules.declaration;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.goodsdeclaration.v1.GoodsDeclarationType;
import org.tradecert.model.udt.v1.QuantityType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.invoice.Money;

/**
 * The number of packages (件数) is a whole number of at least one. The filling rules forbid
 * zero, and a fraction of a package cannot be counted at the border.
 */
public final class PackageCountPositive extends DocumentRule<GoodsDeclarationType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("DECL-PACKAGE-COUNT", Layer.DOCUMENT_RULES, Severity.ERROR,
            "GACC declaration filling rules: 件数 may not be zero", "goods-declaration");

    public PackageCountPositive() {
        super(DEFINITION, GoodsDeclarationType.class);
    }

    @Override
    public void check(GoodsDeclarationType declaration, RuleContext context) {
        QuantityType packages = declaration.getPackageQuantity();
        if (packages == null || packages.getValue() == null) {
            context.notApplicable("outcome.absent", "PackageQuantity");
            return;
        }

        boolean whole = packages.getValue().stripTrailingZeros().scale() <= 0;
        if (!whole || packages.getValue().signum() <= 0) {
            context.reportAt(declaration, "PackageQuantity", Money.plain(packages.getValue()));
        }
    }
}
