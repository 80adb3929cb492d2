package org.tradecert.rules.packing;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.common.v1.LogisticsPackageType;
import org.tradecert.model.packinglist.v1.PackingListType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.common.Outcomes;
import org.tradecert.rules.common.Totals;

/**
 * The total number of packages of a packing list is the sum of the packages of its items, as the
 * model defines it. The shipping marks ("C.NO.1-250") and the declaration count the same packages.
 */
public final class PackingPackagesMatchItems extends DocumentRule<PackingListType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("PACKING-PACKAGE-QUANTITY-SUM", Layer.DOCUMENT_RULES, Severity.ERROR,
            "tradecert packing-list model (PackageQuantity, the sum of the package quantities of the items); "
                    + "WCO Data Model 146 (total number of packages)",
            "packing-list");

    public PackingPackagesMatchItems() {
        super(DEFINITION, PackingListType.class);
    }

    @Override
    public void check(PackingListType list, RuleContext context) {
        boolean compared = Totals.checkCount(context, list, "PackageQuantity", list.getPackageQuantity(),
                list.getItem().stream().flatMap(item -> item.getPackage().stream()).map(LogisticsPackageType::getItemQuantity).toList());
        if (!compared) {
            context.notApplicable(Outcomes.ABSENT, "Item/Package/ItemQuantity");
        }
    }
}
