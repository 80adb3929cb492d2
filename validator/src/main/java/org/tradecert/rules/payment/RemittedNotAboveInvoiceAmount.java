package org.tradecert.rules.payment;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.paymentadvice.v1.PaymentAdviceType;
import org.tradecert.model.paymentadvice.v1.RemittedInvoiceType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.invoice.Money;

/**
 * The amount remitted for an invoice is not more than the invoice amount, when both are in
 * the same currency. Paying more than invoiced is a known indicator of trade-based money
 * laundering and also a common error, so it is a warning for the bank to review.
 */
public final class RemittedNotAboveInvoiceAmount extends DocumentRule<PaymentAdviceType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("PAY-OVERPAYMENT", Layer.DOCUMENT_RULES, Severity.WARNING,
            "FATF–Egmont trade-based money laundering risk indicators (over-payment of invoices)", "payment-advice");

    public RemittedNotAboveInvoiceAmount() {
        super(DEFINITION, PaymentAdviceType.class);
    }

    @Override
    public void check(PaymentAdviceType advice, RuleContext context) {
        boolean compared = false;
        for (RemittedInvoiceType invoice : advice.getRemittedInvoice()) {
            if (!Money.present(invoice.getInvoiceAmount()) || !Money.present(invoice.getRemittedAmount())
                    || Money.otherCurrency(invoice.getRemittedAmount(), invoice.getInvoiceAmount().getCurrencyID())) {
                continue;
            }
            compared = true;
            if (invoice.getRemittedAmount().getValue().compareTo(invoice.getInvoiceAmount().getValue()) > 0) {
                String number = invoice.getInvoiceReferencedDocument() == null ? "" : invoice.getInvoiceReferencedDocument().getIssuerAssignedID();
                context.reportAt(invoice, "RemittedAmount", number, Money.text(invoice.getRemittedAmount()), Money.text(invoice.getInvoiceAmount()));
            }
        }
        if (!compared) {
            context.notApplicable("outcome.absent", "InvoiceAmount");
        }
    }
}
