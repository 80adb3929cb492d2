package org.tradecert.rules.seatransport;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.seatransportdocument.v1.SeaTransportDocumentType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.common.Outcomes;

/**
 * A shipped-on-board document states the date on which the goods were loaded on board: it is the
 * date of shipment that letters of credit and sales contracts are measured by.
 */
public final class ShippedOnBoardDateStated extends DocumentRule<SeaTransportDocumentType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("SEA-ON-BOARD-DATE-MISSING", Layer.DOCUMENT_RULES, Severity.ERROR,
            "Hague-Visby Rules article III(7) (shipped bill of lading: date of shipment); UCP 600 article 20(a)(ii) (on-board date); "
                    + "DCSA eBL 3.0 shippedOnBoardDate",
            "sea-transport-document");

    public ShippedOnBoardDateStated() {
        super(DEFINITION, SeaTransportDocumentType.class);
    }

    @Override
    public void check(SeaTransportDocumentType document, RuleContext context) {
        if (!document.isShippedOnBoardIndicator()) {
            context.notApplicable(Outcomes.CONDITION_NOT_MET, "ShippedOnBoardIndicator = true");
            return;
        }
        if (document.getShippedOnBoardDateTime() == null) {
            context.reportAt(document, "ShippedOnBoardIndicator", document.getExchangedDocument().getID());
        }
    }
}
