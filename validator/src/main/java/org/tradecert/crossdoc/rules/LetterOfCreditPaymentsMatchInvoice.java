package org.tradecert.crossdoc.rules;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.rules.RuleDefinition;

/**
 * X01 under a documentary credit: the payments remitting an invoice that the invoice or the
 * payment ties to a letter of credit add up to the amount due. Under a credit the bank pays
 * against the documents, so a payment that does not match the invoice is an error, not a
 * question for review.
 */
public final class LetterOfCreditPaymentsMatchInvoice extends PaymentTotalCheck {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("XDOC-X01-LC-PAYMENT-TOTAL", Layer.CROSS_DOCUMENT, Severity.ERROR,
            "ICC UCP 600; bank practice", Transactions.INVOICE, Transactions.PAYMENT);

    public LetterOfCreditPaymentsMatchInvoice() {
        super(DEFINITION, true, "XDOC-X01-PAYMENT-TOTAL");
    }
}
