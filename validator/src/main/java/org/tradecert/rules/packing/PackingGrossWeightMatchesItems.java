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
 * The total gross weight of a packing list is the sum of the gross weights of its items. Customs
 * and the carrier take the total from the packing list, so it must add up.
 */
public final class PackingGrossWeightMatchesItems extends DocumentRule<PackingListType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("PACKING-GROSS-WEIGHT-SUM", Layer.DOCUMENT_RULES, Severity.ERROR,
            "UN/CEFACT Cross Industry Export Packing List (Supply Chain_ Consignment and Consignment Item. Gross Weight. Measure); "
                    + "WCO Data Model 131 (total gross weight)",
            "packing-list");

    public PackingGrossWeightMatchesItems() {
        super(DEFINITION, PackingListType.class);
    }

    @Override
    public void check(PackingListType list, RuleContext context) {
        boolean compared = Totals.checkWeight(context, list, "GrossWeightMeasure", list.getGrossWeightMeasure(),
                list.getItem().stream().map(PackingListItemType::getGrossWeightMeasure).toList());
        if (!compared) {
            context.notApplicable(Outcomes.ABSENT, "Item/GrossWeightMeasure");
        }
    }
}
