package org.tradecert.rules.seatransport;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.seatransportdocument.v1.SeaTransportDocumentType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.common.Outcomes;
import org.tradecert.rules.common.Times;

import java.time.OffsetDateTime;

/**
 * The shipped-on-board date and the issue date of a sea transport document are in the order the
 * carriage makes them. A shipped-on-board document is issued once the goods are on board, so its
 * on-board date is not after its issue. The on-board notation of a received-for-shipment document
 * is added after the document was issued, so it is not before the issue. Both are compared as instants.
 */
public final class OnBoardDateOrder extends DocumentRule<SeaTransportDocumentType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("SEA-ON-BOARD-DATE-ORDER", Layer.DOCUMENT_RULES, Severity.ERROR,
            "Hague-Visby Rules article III(3) and III(7); "
                    + "UCP 600 article 20(a)(ii) (date of issuance deemed the date of shipment unless an on-board notation gives it)",
            "sea-transport-document");

    public OnBoardDateOrder() {
        super(DEFINITION, SeaTransportDocumentType.class);
    }

    @Override
    public void check(SeaTransportDocumentType document, RuleContext context) {
        OffsetDateTime onBoard = document.getShippedOnBoardDateTime();
        OffsetDateTime issued = document.getExchangedDocument().getIssueDateTime();
        if (onBoard == null || issued == null) {
            context.notApplicable(Outcomes.ABSENT, "ShippedOnBoardDateTime");
            return;
        }
        boolean wrongOrder = document.isShippedOnBoardIndicator() ? onBoard.isAfter(issued) : onBoard.isBefore(issued);
        if (wrongOrder) {
            context.reportAt(document, "ShippedOnBoardDateTime", Times.show(onBoard), Times.show(issued),
                    String.valueOf(document.isShippedOnBoardIndicator()));
        }
    }
}
