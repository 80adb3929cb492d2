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
 * The cargo gross weights of the containers listed on a packing list add up to at least its total
 * gross weight, because every package is in one of them. A container may also carry goods of other
 * consignments (less than container load), so only a shortfall is reported.
 */
public final class EquipmentGrossWeightMatchesTotal extends DocumentRule<PackingListType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("PACKING-EQUIPMENT-GROSS-WEIGHT-SUM", Layer.DOCUMENT_RULES,
            Severity.ERROR, "UN/CEFACT Cross Industry Export Packing List (Utilized_ Logistics Transport Equipment); "
                    + "SOLAS chapter VI regulation 2, method 2 (cargo weights per container)",
            "packing-list");

    public EquipmentGrossWeightMatchesTotal() {
        super(DEFINITION, PackingListType.class);
    }

    @Override
    public void check(PackingListType list, RuleContext context) {
        boolean compared = Totals.checkWeight(Totals.Bound.NOT_BELOW, context, list, "GrossWeightMeasure", list.getGrossWeightMeasure(),
                list.getTransportEquipment().stream().map(TransportEquipmentType::getGrossWeightMeasure).toList());
        if (!compared) {
            context.notApplicable(Outcomes.ABSENT, "TransportEquipment/GrossWeightMeasure");
        }
    }
}
