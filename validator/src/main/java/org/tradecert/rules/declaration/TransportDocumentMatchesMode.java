package org.tradecert.rules.declaration;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.common.v1.ReferencedDocumentType;
import org.tradecert.model.goodsdeclaration.v1.GoodsDeclarationType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.invoice.TransportDocuments;

import java.util.Set;

/**
 * The transport document (提运单) fits the transport mode: goods declared as waterway
 * transport (2) travel under a bill of lading or sea waybill (705, 706, 710, 714), goods
 * declared as air transport (5) under an air waybill (740, 741, 703). Customs matches the
 * declaration against the carrier's manifest of that mode by this number.
 */
public final class TransportDocumentMatchesMode extends DocumentRule<GoodsDeclarationType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("DECL-TRANSPORT-DOCUMENT", Layer.DOCUMENT_RULES, Severity.ERROR,
            "GACC declaration filling rules: 提运单号 by transport mode; UNTDID 1001 transport document codes", "goods-declaration");

    private static final String WATERWAY = "2";
    private static final String AIR = "5";

    public TransportDocumentMatchesMode() {
        super(DEFINITION, GoodsDeclarationType.class);
    }

    @Override
    public void check(GoodsDeclarationType declaration, RuleContext context) {
        ReferencedDocumentType document = declaration.getTransportContractReferencedDocument();
        if (document == null || document.getTypeCode() == null) {
            context.notApplicable("outcome.absent", "TransportContractReferencedDocument");
            return;
        }

        Set<String> expected = switch (String.valueOf(declaration.getTransportModeCode())) {
            case WATERWAY -> TransportDocuments.SEA;
            case AIR -> TransportDocuments.AIR;
            default -> null;
        };
        if (expected != null && !expected.contains(document.getTypeCode())) {
            context.mismatch(document, "TypeCode", String.join(", ", expected.stream().sorted().toList()), document.getTypeCode(),
                    document.getIssuerAssignedID(), declaration.getTransportModeCode());
        }
    }
}
