package org.tradecert.rules.packing;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.packinglist.v1.PackingListType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.common.Outcomes;

/** The port or airport of loading of a packing list is not also its port or airport of discharge. */
public final class PackingLocationsDiffer extends DocumentRule<PackingListType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("PACKING-SAME-PLACE", Layer.DOCUMENT_RULES, Severity.ERROR,
            "UN/CEFACT Cross Industry Export Packing List (Loading_ and Unloading_ Baseport. Logistics_ Location); WCO Data Model 070 and 080",
            "packing-list");

    public PackingLocationsDiffer() {
        super(DEFINITION, PackingListType.class);
    }

    @Override
    public void check(PackingListType list, RuleContext context) {
        if (list.getLoadingLocation() == null || list.getUnloadingLocation() == null
                || list.getLoadingLocation().getID() == null || list.getUnloadingLocation().getID() == null) {
            context.notApplicable(Outcomes.ABSENT, "UnloadingLocation");
            return;
        }
        String loading = list.getLoadingLocation().getID();
        if (loading.equals(list.getUnloadingLocation().getID())) {
            context.reportAt(list.getUnloadingLocation(), "ID", loading);
        }
    }
}
