package org.tradecert.rules.invoice;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.commercialinvoice.v1.CommercialInvoiceType;
import org.tradecert.model.commercialinvoice.v1.InvoicePaymentTermsType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

import java.time.LocalDate;

/**
 * The payment due date is not before the invoice issue date, taken in the time zone the
 * invoice states. An earlier due date makes the amount overdue on the day it is invoiced,
 * which is usually a typing error in one of the two dates. An invoice issued late for a
 * payment that was due earlier is possible, so this is a warning.
 */
public final class DueDateNotBeforeIssueDate extends DocumentRule<CommercialInvoiceType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("INV-DUE-DATE", Layer.DOCUMENT_RULES, Severity.WARNING,
            "UN/CEFACT Cross Industry Invoice: trade payment terms due date; EN 16931-1 BT-9 payment due date and BT-2 invoice issue date",
            "commercial-invoice");

    public DueDateNotBeforeIssueDate() {
        super(DEFINITION, CommercialInvoiceType.class);
    }

    @Override
    public void check(CommercialInvoiceType invoice, RuleContext context) {
        InvoicePaymentTermsType terms = invoice.getPaymentTerms();
        if (terms == null || terms.getDueDate() == null) {
            context.notApplicable("outcome.absent", "DueDate");
            return;
        }
        if (invoice.getExchangedDocument() == null || invoice.getExchangedDocument().getIssueDateTime() == null) {
            context.notApplicable("outcome.absent", "IssueDateTime");
            return;
        }

        LocalDate issued = invoice.getExchangedDocument().getIssueDateTime().toLocalDate();
        if (terms.getDueDate().isBefore(issued)) {
            context.reportAt(terms, "DueDate", terms.getDueDate().toString(), issued.toString());
        }
    }
}
