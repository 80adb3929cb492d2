package org.tradecert.rules.seatransport;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.common.v1.TransportEquipmentType;
import org.tradecert.model.seatransportdocument.v1.SeaTransportDocumentType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.common.Outcomes;
import org.tradecert.rules.common.Totals;

/**
 * The cargo gross weights of the containers on a sea transport document add up to at least its
 * total gross weight, because every item is in one of them. A container may also carry goods of
 * other consignments (less than container load), so only a shortfall is reported.
 */
public final class SeaEquipmentGrossWeightMatchesTotal extends DocumentRule<SeaTransportDocumentType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("SEA-EQUIPMENT-GROSS-WEIGHT-SUM", Layer.DOCUMENT_RULES, Severity.ERROR,
            "DCSA eBL 3.0 (cargo gross weight per utilized transport equipment); "
                    + "SOLAS chapter VI regulation 2 (verified gross mass per container)",
            "sea-transport-document");

    public SeaEquipmentGrossWeightMatchesTotal() {
        super(DEFINITION, SeaTransportDocumentType.class);
    }

    @Override
    public void check(SeaTransportDocumentType document, RuleContext context) {
        boolean compared = Totals.checkWeight(Totals.Bound.NOT_BELOW, context, document, "GrossWeightMeasure", document.getGrossWeightMeasure(),
                document.getTransportEquipment().stream().map(TransportEquipmentType::getGrossWeightMeasure).toList());
        if (!compared) {
            context.notApplicable(Outcomes.ABSENT, "TransportEquipment/GrossWeightMeasure");
        }
    }
}
