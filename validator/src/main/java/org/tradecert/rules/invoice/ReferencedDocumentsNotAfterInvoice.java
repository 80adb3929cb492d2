package org.tradecert.rules.invoice;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.commercialinvoice.v1.CommercialInvoiceType;
import org.tradecert.model.common.v1.ReferencedDocumentType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

import java.time.LocalDate;

/**
 * The sales contract and the buyer's order are not dated after the invoice that bills them,
 * because goods are invoiced under an agreement that already exists. A proforma invoice
 * (325) precedes the contract and is exempt. A later date is suspicious rather than
 * impossible (a contract may be signed after the goods left), so this is a warning.
 */
public final class ReferencedDocumentsNotAfterInvoice extends DocumentRule<CommercialInvoiceType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("INV-REFERENCE-DATES", Layer.DOCUMENT_RULES, Severity.WARNING,
            "Order of trade documents: contract and purchase order precede the invoice (ICC UCP 600 article 14; customs date checks)",
            "commercial-invoice");

    private static final String PROFORMA = "325";

    public ReferencedDocumentsNotAfterInvoice() {
        super(DEFINITION, CommercialInvoiceType.class);
    }

    @Override
    public void check(CommercialInvoiceType invoice, RuleContext context) {
        if (invoice.getExchangedDocument() == null || invoice.getExchangedDocument().getIssueDateTime() == null) {
            context.notApplicable("outcome.absent", "IssueDateTime");
            return;
        }
        if (PROFORMA.equals(invoice.getExchangedDocument().getTypeCode())) {
            return;
        }

        LocalDate issued = invoice.getExchangedDocument().getIssueDateTime().toLocalDate();
        check(invoice.getContractReferencedDocument(), "ContractReferencedDocument", issued, context);
        check(invoice.getBuyerOrderReferencedDocument(), "BuyerOrderReferencedDocument", issued, context);
    }

    private static void check(ReferencedDocumentType reference, String property, LocalDate issued, RuleContext context) {
        if (reference != null && reference.getIssueDate() != null && reference.getIssueDate().isAfter(issued)) {
            context.reportAt(reference, "IssueDate", property, reference.getIssuerAssignedID(), reference.getIssueDate().toString(), issued.toString());
        }
    }
}
