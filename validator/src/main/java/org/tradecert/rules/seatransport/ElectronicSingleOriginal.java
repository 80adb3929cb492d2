package org.tradecert.rules.seatransport;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.seatransportdocument.v1.SeaTransportDocumentType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.common.Outcomes;

import java.math.BigDecimal;

/**
 * An electronic bill of lading has one original at most: control passes with the single
 * electronic record, and several originals would let several holders claim the goods.
 */
public final class ElectronicSingleOriginal extends DocumentRule<SeaTransportDocumentType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("SEA-ELECTRONIC-ORIGINALS", Layer.DOCUMENT_RULES, Severity.ERROR,
            "DCSA eBL 3.0 (an electronic bill of lading has at most one original: numberOfOriginals with and without charges together at most 1)",
            "sea-transport-document");

    public ElectronicSingleOriginal() {
        super(DEFINITION, SeaTransportDocumentType.class);
    }

    @Override
    public void check(SeaTransportDocumentType document, RuleContext context) {
        if (!Boolean.TRUE.equals(document.isElectronicIndicator()) || document.getOriginalIssuedQuantity() == null
                || document.getOriginalIssuedQuantity().getValue() == null) {
            context.notApplicable(Outcomes.ABSENT, "OriginalIssuedQuantity");
            return;
        }
        BigDecimal originals = document.getOriginalIssuedQuantity().getValue();
        if (originals.compareTo(BigDecimal.ONE) > 0) {
            context.reportAt(document, "OriginalIssuedQuantity", originals.toPlainString());
        }
    }
}
