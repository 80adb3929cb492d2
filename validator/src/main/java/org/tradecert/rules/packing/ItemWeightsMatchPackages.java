package org.tradecert.rules.packing;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.common.v1.LogisticsPackageType;
import org.tradecert.model.packinglist.v1.PackingListItemType;
import org.tradecert.model.packinglist.v1.PackingListType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.common.Outcomes;
import org.tradecert.rules.common.Totals;

import java.util.List;

/**
 * The gross and net weights of a packing list item are the sums of the gross and net weights of
 * its packages, where every package of the item states them.
 */
public final class ItemWeightsMatchPackages extends DocumentRule<PackingListType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("PACKING-ITEM-PACKAGE-WEIGHT", Layer.DOCUMENT_RULES, Severity.ERROR,
            "UN/CEFACT Cross Industry Export Packing List (Logistics_ Package. Gross Weight / Net Weight. Measure within the consignment item)",
            "packing-list");

    public ItemWeightsMatchPackages() {
        super(DEFINITION, PackingListType.class);
    }

    @Override
    public void check(PackingListType list, RuleContext context) {
        boolean compared = false;
        for (PackingListItemType item : list.getItem()) {
            List<LogisticsPackageType> packages = item.getPackage();
            compared |= Totals.checkWeight(context, item, "GrossWeightMeasure", item.getGrossWeightMeasure(),
                    packages.stream().map(LogisticsPackageType::getGrossWeightMeasure).toList(), item.getLineID(), "GrossWeightMeasure");
            compared |= Totals.checkWeight(context, item, "NetWeightMeasure", item.getNetWeightMeasure(),
                    packages.stream().map(LogisticsPackageType::getNetWeightMeasure).toList(), item.getLineID(), "NetWeightMeasure");
        }
        if (!compared) {
            context.notApplicable(Outcomes.ABSENT, "Item/Package/GrossWeightMeasure");
        }
    }
}
