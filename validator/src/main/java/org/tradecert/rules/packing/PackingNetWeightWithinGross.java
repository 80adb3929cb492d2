package org.tradecert.rules.packing;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.packinglist.v1.PackingListItemType;
import org.tradecert.model.packinglist.v1.PackingListType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.common.Outcomes;
import org.tradecert.rules.common.Totals;

/**
 * On a packing list the net weight is not above the gross weight, for every item and for the
 * consignment. The shared rule COMMON-PACKAGE-NET-ABOVE-GROSS checks the packages themselves.
 */
public final class PackingNetWeightWithinGross extends DocumentRule<PackingListType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("PACKING-NET-ABOVE-GROSS", Layer.DOCUMENT_RULES, Severity.ERROR,
            "UN/CEFACT CCL gross weight (packaging included) and net weight (packaging excluded); "
                    + "China customs declaration form logic (net weight not above gross weight)",
            "packing-list");

    public PackingNetWeightWithinGross() {
        super(DEFINITION, PackingListType.class);
    }

    @Override
    public void check(PackingListType list, RuleContext context) {
        boolean compared = false;
        for (PackingListItemType item : list.getItem()) {
            compared |= Totals.checkNetWithinGross(context, item, item.getNetWeightMeasure(), item.getGrossWeightMeasure());
        }
        compared |= Totals.checkNetWithinGross(context, list, list.getNetWeightMeasure(), list.getGrossWeightMeasure());
        if (!compared) {
            context.notApplicable(Outcomes.ABSENT, "NetWeightMeasure");
        }
    }
}
