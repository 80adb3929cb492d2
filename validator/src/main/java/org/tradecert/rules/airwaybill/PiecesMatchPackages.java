package org.tradecert.rules.airwaybill;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.airwaybill.v1.AirWaybillType;
import org.tradecert.model.common.v1.LogisticsPackageType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.common.Outcomes;
import org.tradecert.rules.common.Totals;

/** The number of pieces on an air waybill is the sum of its packages, where it lists them. */
public final class PiecesMatchPackages extends DocumentRule<AirWaybillType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("AWB-PIECES-SUM", Layer.DOCUMENT_RULES, Severity.ERROR,
            "IATA Resolution 600a, air waybill (number of pieces); IATA ONE Record Shipment (pieces)", "air-waybill");

    public PiecesMatchPackages() {
        super(DEFINITION, AirWaybillType.class);
    }

    @Override
    public void check(AirWaybillType waybill, RuleContext context) {
        boolean compared = Totals.checkCount(context, waybill, "PieceQuantity", waybill.getPieceQuantity(),
                waybill.getPackage().stream().map(LogisticsPackageType::getItemQuantity).toList());
        if (!compared) {
            context.notApplicable(Outcomes.ABSENT, "Package/ItemQuantity");
        }
    }
}
