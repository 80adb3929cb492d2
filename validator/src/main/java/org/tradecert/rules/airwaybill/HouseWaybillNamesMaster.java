package org.tradecert.rules.airwaybill;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.airwaybill.v1.AirWaybillType;
import org.tradecert.model.common.v1.ReferencedDocumentType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.common.TypeCodes;

import java.util.Set;

/**
 * A house waybill (UNTDID 1001 code 703) names the master air waybill it travels under: the
 * airline identifies the consignment only by the master number, and customs links the house to the
 * flight through it.
 */
public final class HouseWaybillNamesMaster extends DocumentRule<AirWaybillType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("AWB-HOUSE-WITHOUT-MASTER", Layer.DOCUMENT_RULES, Severity.ERROR,
            "IATA ONE Record Waybill#waybillType (House) and #masterWaybill; "
                    + "tradecert air-waybill model, MasterAirWaybillReferencedDocument",
            "air-waybill");

    /** UNTDID 1001 code of the house waybill. */
    private static final String HOUSE_WAYBILL = "703";

    public HouseWaybillNamesMaster() {
        super(DEFINITION, AirWaybillType.class);
    }

    @Override
    public void check(AirWaybillType waybill, RuleContext context) {
        if (!TypeCodes.require(waybill.getExchangedDocument(), Set.of(HOUSE_WAYBILL), context)) {
            return;
        }
        ReferencedDocumentType master = waybill.getMasterAirWaybillReferencedDocument();
        if (master == null || master.getIssuerAssignedID() == null || master.getIssuerAssignedID().isBlank()) {
            context.reportAt(waybill.getExchangedDocument(), "TypeCode", waybill.getExchangedDocument().getID());
        }
    }
}
