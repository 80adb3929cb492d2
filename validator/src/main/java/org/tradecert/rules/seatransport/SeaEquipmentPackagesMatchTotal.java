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
 * The numbers of packages loaded in the containers of a sea transport document add up to at least
 * its total number of packages. A container may also carry packages of other consignments, so
 * only a shortfall is reported.
 */
public final class SeaEquipmentPackagesMatchTotal extends DocumentRule<SeaTransportDocumentType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("SEA-EQUIPMENT-PACKAGE-SUM", Layer.DOCUMENT_RULES, Severity.ERROR,
            "DCSA eBL 3.0 (utilized transport equipment); WCO Data Model 146 (total number of packages)", "sea-transport-document");

    public SeaEquipmentPackagesMatchTotal() {
        super(DEFINITION, SeaTransportDocumentType.class);
    }

    @Override
    public void check(SeaTransportDocumentType document, RuleContext context) {
        boolean compared = Totals.checkCount(Totals.Bound.NOT_BELOW, context, document, "PackageQuantity", document.getPackageQuantity(),
                document.getTransportEquipment().stream().map(TransportEquipmentType::getPackageQuantity).toList());
        if (!compared) {
            context.notApplicable(Outcomes.ABSENT, "TransportEquipment/PackageQuantity");
        }
    }
}
