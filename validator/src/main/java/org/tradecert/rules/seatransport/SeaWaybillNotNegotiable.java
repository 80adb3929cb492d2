package org.tradecert.rules.seatransport;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.seatransportdocument.v1.SeaTransportDocumentType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.common.TypeCodes;

import java.util.Set;

/**
 * A sea waybill (UNTDID 1001 code 710) is not a document of title: it is not made out to order
 * and has no originals. A to-order indicator or a number of originals on it means the issuer
 * meant a bill of lading.
 */
public final class SeaWaybillNotNegotiable extends DocumentRule<SeaTransportDocumentType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("SEA-WAYBILL-NEGOTIABLE", Layer.DOCUMENT_RULES, Severity.ERROR,
            "DCSA eBL 3.0 (isToOrder must be false for a sea waybill; numbers of originals apply to bills of lading only); "
                    + "CMI Uniform Rules for Sea Waybills (1990)",
            "sea-transport-document");

    /** UNTDID 1001 code of the sea waybill. */
    private static final String SEA_WAYBILL = "710";

    public SeaWaybillNotNegotiable() {
        super(DEFINITION, SeaTransportDocumentType.class);
    }

    @Override
    public void check(SeaTransportDocumentType document, RuleContext context) {
        if (!TypeCodes.require(document.getExchangedDocument(), Set.of(SEA_WAYBILL), context)) {
            return;
        }
        if (Boolean.TRUE.equals(document.isToOrderIndicator())) {
            context.reportAt(document, "ToOrderIndicator", "ToOrderIndicator");
        }
        if (document.getOriginalIssuedQuantity() != null) {
            context.reportAt(document, "OriginalIssuedQuantity", "OriginalIssuedQuantity");
        }
    }
}
