package org.tradecert.rules.packing;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.common.v1.TransportEquipmentType;
import org.tradecert.model.packinglist.v1.PackingListType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.common.Outcomes;
import org.tradecert.rules.common.Totals;

/**
 * The numbers of packages loaded in the containers of a packing list add up to at least its total
 * number of packages. A container may also carry packages of other consignments, so only a
 * shortfall is reported.
 */
public final class EquipmentPackagesMatchTotal extends DocumentRule<PackingListType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("PACKING-EQUIPMENT-PACKAGE-SUM", Layer.DOCUMENT_RULES, Severity.ERROR,
            "UN/CEFACT Cross Industry Export Packing List (Utilized_ Logistics Transport Equipment); WCO Data Model 146 (total number of packages)",
            "packing-list");

    public EquipmentPackagesMatchTotal() {
        super(DEFINITION, PackingListType.class);
    }

    @Override
    public void check(PackingListType list, RuleContext context) {
        boolean compared = Totals.checkCount(Totals.Bound.NOT_BELOW, context, list, "PackageQuantity", list.getPackageQuantity(),
                list.getTransportEquipment().stream().map(TransportEquipmentType::getPackageQuantity).toList());
        if (!compared) {
            context.notApplicable(Outcomes.ABSENT, "TransportEquipment/PackageQuantity");
        }
    }
}
