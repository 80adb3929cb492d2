package org.tradecert.rules.seatransport;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.seatransportdocument.v1.SeaTransportDocumentType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.common.Outcomes;
import org.tradecert.rules.common.Totals;

/** The total number of packages on a sea transport document is the sum of the outer packages of its consignment items. */
public final class SeaPackagesMatchItems extends DocumentRule<SeaTransportDocumentType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("SEA-PACKAGE-QUANTITY-SUM", Layer.DOCUMENT_RULES, Severity.ERROR,
            "DCSA eBL 3.0 (outerPackaging numberOfPackages); WCO Data Model 146 (total number of packages)", "sea-transport-document");

    public SeaPackagesMatchItems() {
        super(DEFINITION, SeaTransportDocumentType.class);
    }

    @Override
    public void check(SeaTransportDocumentType document, RuleContext context) {
        boolean compared = Totals.checkCount(context, document, "PackageQuantity", document.getPackageQuantity(),
                document.getConsignmentItem().stream()
                        .map(item -> item.getPackage() == null ? null : item.getPackage().getItemQuantity())
                        .toList());
        if (!compared) {
            context.notApplicable(Outcomes.ABSENT, "ConsignmentItem/Package/ItemQuantity");
        }
    }
}
