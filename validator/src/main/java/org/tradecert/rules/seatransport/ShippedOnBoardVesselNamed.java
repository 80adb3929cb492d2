package org.tradecert.rules.seatransport;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.common.v1.TransportMeansType;
import org.tradecert.model.common.v1.TransportMovementType;
import org.tradecert.model.seatransportdocument.v1.SeaTransportDocumentType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.common.Outcomes;

/**
 * A shipped-on-board document names the vessel the goods were loaded on, by name or IMO number:
 * goods are shipped on board a named vessel, not on board in general.
 */
public final class ShippedOnBoardVesselNamed extends DocumentRule<SeaTransportDocumentType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("SEA-ON-BOARD-VESSEL-MISSING", Layer.DOCUMENT_RULES, Severity.ERROR,
            "Hague-Visby Rules article III(7) (shipped bill of lading: name of the ship); "
                    + "UCP 600 article 20(a)(ii) (shipped on board a named vessel)",
            "sea-transport-document");

    public ShippedOnBoardVesselNamed() {
        super(DEFINITION, SeaTransportDocumentType.class);
    }

    @Override
    public void check(SeaTransportDocumentType document, RuleContext context) {
        if (!document.isShippedOnBoardIndicator()) {
            context.notApplicable(Outcomes.CONDITION_NOT_MET, "ShippedOnBoardIndicator = true");
            return;
        }
        TransportMovementType carriage = document.getMainCarriageTransportMovement();
        TransportMeansType vessel = carriage == null ? null : carriage.getUsedTransportMeans();
        boolean named = vessel != null && (vessel.getName() != null || (vessel.getID() != null && vessel.getID().getValue() != null));
        if (!named) {
            context.reportAt(carriage == null ? document : carriage, "UsedTransportMeans", document.getExchangedDocument().getID());
        }
    }
}
