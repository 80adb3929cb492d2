package org.tradecert.rules.seatransport;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.seatransportdocument.v1.SeaConsignmentItemType;
import org.tradecert.model.seatransportdocument.v1.SeaTransportDocumentType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.common.Outcomes;
import org.tradecert.rules.common.Totals;

/**
 * The total gross weight on a bill of lading or sea waybill is the sum of the gross weights of
 * its consignment items, because the carrier declares the total to customs and the port.
 */
public final class SeaGrossWeightMatchesItems extends DocumentRule<SeaTransportDocumentType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("SEA-GROSS-WEIGHT-SUM", Layer.DOCUMENT_RULES, Severity.ERROR,
            "DCSA eBL 3.0 (cargoItems cargoGrossWeight); "
                    + "UN/CEFACT Maritime Bill of Lading (Supply Chain_ Consignment. Gross Weight. Measure); WCO Data Model 131",
            "sea-transport-document");

    public SeaGrossWeightMatchesItems() {
        super(DEFINITION, SeaTransportDocumentType.class);
    }

    @Override
    public void check(SeaTransportDocumentType document, RuleContext context) {
        boolean compared = Totals.checkWeight(context, document, "GrossWeightMeasure", document.getGrossWeightMeasure(),
                document.getConsignmentItem().stream().map(SeaConsignmentItemType::getGrossWeightMeasure).toList());
        if (!compared) {
            context.notApplicable(Outcomes.ABSENT, "ConsignmentItem/GrossWeightMeasure");
        }
    }
}
