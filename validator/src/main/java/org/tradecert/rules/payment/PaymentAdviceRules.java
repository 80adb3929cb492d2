package org.tradecert.rules.payment;

import org.tradecert.rules.DocumentRule;

import java.util.List;

/** The document rules of the payment advice: amounts first, then dates, accounts, parties and references. */
public final class PaymentAdviceRules {

    private PaymentAdviceRules() {
    }

    public static List<DocumentRule<?>> all() {
        return List.of(
                new PaidAmountMatchesCharges(),
                new RemittedAmountsMatchInstructed(),
                new AmountsInPaymentCurrency(),
                new ChargesMatchChargeBearer(),
                new RemittedNotAboveInvoiceAmount(),
                new ValueDateNotBeforeExecutionDate(),
                new PayerAccountIsNotPayeeAccount(),
                new AccountIbansValid(),
                new PayerIsNotPayee(),
                new EndToEndIdForm());
    }
}
