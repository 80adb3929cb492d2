package org.tradecert.rules.packing;

import org.tradecert.rules.DocumentRule;

import java.util.List;

/** The document rules of the packing list. */
public final class PackingListRules {

    private PackingListRules() {
    }

    public static List<DocumentRule<?>> all() {
        return List.of(
                new PackingGrossWeightMatchesItems(),
                new PackingNetWeightMatchesItems(),
                new PackingPackagesMatchItems(),
                new ItemWeightsMatchPackages(),
                new PackingNetWeightWithinGross(),
                new EquipmentGrossWeightMatchesTotal(),
                new EquipmentPackagesMatchTotal(),
                new ItemEquipmentListed(),
                new PackingLocationsDiffer(),
                new InvoiceReferenceIsCommercialInvoice());
    }
}
