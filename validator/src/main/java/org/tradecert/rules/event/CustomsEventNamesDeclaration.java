package org.tradecert.rules.event;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.common.v1.ReferencedDocumentType;
import org.tradecert.model.transportevent.v1.TransportEventType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.common.Outcomes;

/**
 * A customs hold or release (HOLD, RELS) names the goods declaration it concerns: customs hold
 * and release declarations, not containers, and the carrier may only load or deliver the goods
 * of the declaration that was released.
 */
public final class CustomsEventNamesDeclaration extends DocumentRule<TransportEventType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("EVENT-CUSTOMS-DECLARATION-MISSING", Layer.DOCUMENT_RULES, Severity.ERROR,
            "DCSA Track and Trace 2.2, shipment events HOLD and RELS with document type CUS; "
                    + "tradecert transport-event model, CustomsDeclarationReferencedDocument",
            "transport-event");

    public CustomsEventNamesDeclaration() {
        super(DEFINITION, TransportEventType.class);
    }

    @Override
    public void check(TransportEventType event, RuleContext context) {
        String type = event.getEventTypeCode();
        if (!EventTypes.CUSTOMS_EVENTS.contains(type)) {
            context.notApplicable(Outcomes.CONDITION_NOT_MET, "EventTypeCode = HOLD, RELS");
            return;
        }
        ReferencedDocumentType declaration = event.getCustomsDeclarationReferencedDocument();
        if (declaration == null || declaration.getIssuerAssignedID() == null || declaration.getIssuerAssignedID().isBlank()) {
            context.reportAt(event, "EventTypeCode", type);
        }
    }
}
