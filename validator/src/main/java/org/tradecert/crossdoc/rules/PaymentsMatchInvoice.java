package org.tradecert.crossdoc.rules;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.rules.RuleDefinition;

/**
 * X01: the payments remitting an invoice that is not settled under a letter of credit add up
 * to the amount due, within the amount tolerance and the bank charges allowed. Over- and
 * under-payment are trade-based money laundering indicators for the bank to review.
 */
public final class PaymentsMatchInvoice extends PaymentTotalCheck {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("XDOC-X01-PAYMENT-TOTAL", Layer.CROSS_DOCUMENT, Severity.WARNING,
            "Bank practice; FATF-Egmont trade-based money laundering indicators (2021)", Transactions.INVOICE, Transactions.PAYMENT);

    public PaymentsMatchInvoice() {
        super(DEFINITION, false, "XDOC-X01-LC-PAYMENT-TOTAL");
    }
}
