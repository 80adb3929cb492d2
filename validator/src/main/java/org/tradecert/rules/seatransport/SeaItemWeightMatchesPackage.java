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

import java.util.List;

/**
 * The gross weight of a consignment item equals the gross weight of its outer packages where
 * the packages state one: both weigh the same goods with the same packaging.
 */
public final class SeaItemWeightMatchesPackage extends DocumentRule<SeaTransportDocumentType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("SEA-ITEM-PACKAGE-WEIGHT", Layer.DOCUMENT_RULES, Severity.ERROR,
            "UN/CEFACT CCL: the gross weight of goods includes their packaging, as does the gross weight of their outer packages",
            "sea-transport-document");

    public SeaItemWeightMatchesPackage() {
        super(DEFINITION, SeaTransportDocumentType.class);
    }

    @Override
    public void check(SeaTransportDocumentType document, RuleContext context) {
        boolean compared = false;
        for (SeaConsignmentItemType item : document.getConsignmentItem()) {
            if (item.getPackage() == null || item.getPackage().getGrossWeightMeasure() == null) {
                continue;
            }
            compared |= Totals.checkWeight(context, item, "GrossWeightMeasure", item.getGrossWeightMeasure(),
                    List.of(item.getPackage().getGrossWeightMeasure()), item.getDescription());
        }
        if (!compared) {
            context.notApplicable(Outcomes.ABSENT, "ConsignmentItem/Package/GrossWeightMeasure");
        }
    }
}
