package org.tradecert.rules.seatransport;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.seatransportdocument.v1.SeaTransportDocumentType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.common.Outcomes;

/**
 * A sea transport document that is not made out to order names its consignee: a straight bill
 * of lading or a sea waybill delivers to that named party, and without one no party can take delivery.
 */
public final class ConsigneeNamed extends DocumentRule<SeaTransportDocumentType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("SEA-CONSIGNEE-MISSING", Layer.DOCUMENT_RULES, Severity.ERROR,
            "DCSA eBL 3.0 (isToOrder false: non-negotiable, straight document made out to a named consignee); "
                    + "tradecert sea-transport-document model, ConsigneeTradeParty",
            "sea-transport-document");

    public ConsigneeNamed() {
        super(DEFINITION, SeaTransportDocumentType.class);
    }

    @Override
    public void check(SeaTransportDocumentType document, RuleContext context) {
        if (Boolean.TRUE.equals(document.isToOrderIndicator())) {
            context.notApplicable(Outcomes.CONDITION_NOT_MET, "ToOrderIndicator = false");
            return;
        }
        if (document.getConsigneeTradeParty() == null) {
            context.reportAt(document.getExchangedDocument(), "TypeCode", document.getExchangedDocument().getTypeCode());
        }
    }
}
