package org.tradecert.rules.seatransport;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.seatransportdocument.v1.SeaTransportDocumentType;
import org.tradecert.model.udt.v1.QuantityType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.common.Outcomes;
import org.tradecert.rules.common.TypeCodes;

import java.math.BigDecimal;
import java.util.Set;

/**
 * A paper bill of lading states how many originals were issued, at least one: the holder of the
 * full set controls the goods, so every holder must be able to see how many originals exist.
 */
public final class OriginalsStated extends DocumentRule<SeaTransportDocumentType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("SEA-ORIGINALS-STATED", Layer.DOCUMENT_RULES, Severity.ERROR,
            "UCP 600 article 20(a)(iv) (sole original or full set as indicated on the bill of lading); DCSA eBL 3.0 numberOfOriginals",
            "sea-transport-document");

    /** UNTDID 1001 codes of bills of lading: 705 bill of lading, 706 original, 714 house bill of lading. */
    private static final Set<String> BILL_OF_LADING_TYPES = Set.of("705", "706", "714");

    public OriginalsStated() {
        super(DEFINITION, SeaTransportDocumentType.class);
    }

    @Override
    public void check(SeaTransportDocumentType document, RuleContext context) {
        if (!TypeCodes.require(document.getExchangedDocument(), BILL_OF_LADING_TYPES, context)) {
            return;
        }
        if (Boolean.TRUE.equals(document.isElectronicIndicator())) {
            context.notApplicable(Outcomes.CONDITION_NOT_MET, "ElectronicIndicator = false");
            return;
        }
        QuantityType originals = document.getOriginalIssuedQuantity();
        if (originals == null || originals.getValue() == null) {
            context.reportAt(document.getExchangedDocument(), "TypeCode", document.getExchangedDocument().getTypeCode(), "—");
        } else if (originals.getValue().compareTo(BigDecimal.ONE) < 0) {
            context.reportAt(document, "OriginalIssuedQuantity", document.getExchangedDocument().getTypeCode(), originals.getValue().toPlainString());
        }
    }
}
