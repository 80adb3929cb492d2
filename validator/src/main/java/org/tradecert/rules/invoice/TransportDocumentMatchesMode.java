package org.tradecert.rules.invoice;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.commercialinvoice.v1.CommercialInvoiceType;
import org.tradecert.model.commercialinvoice.v1.InvoiceConsignmentType;
import org.tradecert.model.common.v1.ReferencedDocumentType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

/**
 * The transport document of the consignment fits its main carriage mode: a bill of lading or
 * sea waybill (705, 706, 710, 714) goes with maritime transport (Recommendation 19 code 1),
 * an air waybill (740, 741, 703) with air transport (4). Customs and banks look for the
 * document of the mode the invoice states.
 */
public final class TransportDocumentMatchesMode extends DocumentRule<CommercialInvoiceType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("INV-TRANSPORT-DOCUMENT", Layer.DOCUMENT_RULES, Severity.ERROR,
            "UNTDID 1001 transport document codes and UNECE Recommendation 19 modes of transport", "commercial-invoice");

    private static final String MARITIME = "1";
    private static final String AIR = "4";

    public TransportDocumentMatchesMode() {
        super(DEFINITION, CommercialInvoiceType.class);
    }

    @Override
    public void check(CommercialInvoiceType invoice, RuleContext context) {
        InvoiceConsignmentType consignment = invoice.getRelatedConsignment();
        ReferencedDocumentType document = consignment == null ? null : consignment.getTransportContractReferencedDocument();
        if (document == null || document.getTypeCode() == null || consignment.getModeCode() == null) {
            context.notApplicable("outcome.absent", "TransportContractReferencedDocument");
            return;
        }

        String type = document.getTypeCode();
        String mode = consignment.getModeCode();
        boolean seaDocumentOtherMode = TransportDocuments.SEA.contains(type) && !mode.equals(MARITIME);
        boolean airDocumentOtherMode = TransportDocuments.AIR.contains(type) && !mode.equals(AIR);
        if (seaDocumentOtherMode || airDocumentOtherMode) {
            context.reportAt(document, "TypeCode", type, document.getIssuerAssignedID(), mode);
        }
    }
}
