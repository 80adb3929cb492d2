package org.tradecert.rules.packing;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.common.v1.ReferencedDocumentType;
import org.tradecert.model.packinglist.v1.PackingListType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.common.Outcomes;

/**
 * The invoices a packing list references are commercial invoices (UNTDID 1001 code 380): a
 * packing list describes how invoiced goods are packed, and the cross-document checks match its
 * weights and quantities against that invoice.
 */
public final class InvoiceReferenceIsCommercialInvoice extends DocumentRule<PackingListType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("PACKING-INVOICE-REFERENCE-TYPE", Layer.DOCUMENT_RULES, Severity.ERROR,
            "tradecert packing-list model (InvoiceReferencedDocument, type code 380); UNTDID 1001", "packing-list");

    static final String COMMERCIAL_INVOICE = "380";

    public InvoiceReferenceIsCommercialInvoice() {
        super(DEFINITION, PackingListType.class);
    }

    @Override
    public void check(PackingListType list, RuleContext context) {
        boolean typed = false;
        for (ReferencedDocumentType invoice : list.getInvoiceReferencedDocument()) {
            if (invoice.getTypeCode() == null) {
                continue;
            }
            typed = true;
            if (!COMMERCIAL_INVOICE.equals(invoice.getTypeCode())) {
                context.mismatch(invoice, "TypeCode", COMMERCIAL_INVOICE, invoice.getTypeCode(), invoice.getIssuerAssignedID());
            }
        }
        if (!typed) {
            context.notApplicable(Outcomes.ABSENT, "InvoiceReferencedDocument/TypeCode");
        }
    }
}
