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

/** The total net weight of a packing list is the sum of the net weights of its items. */
public final class PackingNetWeightMatchesItems extends DocumentRule<PackingListType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("PACKING-NET-WEIGHT-SUM", Layer.DOCUMENT_RULES, Severity.ERROR,
            "UN/CEFACT Cross Industry Export Packing List (Supply Chain_ Consignment and Consignment Item. Net Weight. Measure)",
            "packing-list");

    public PackingNetWeightMatchesItems() {
        super(DEFINITION, PackingListType.class);
    }

    @Override
    public void check(PackingListType list, RuleContext context) {
        boolean compared = Totals.checkWeight(context, list, "NetWeightMeasure", list.getNetWeightMeasure(),
                list.getItem().stream().map(PackingListItemType::getNetWeightMeasure).toList());
        if (!compared) {
            context.notApplicable(Outcomes.ABSENT, "Item/NetWeightMeasure");
        }
    }
}
