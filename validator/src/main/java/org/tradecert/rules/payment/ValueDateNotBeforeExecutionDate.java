package org.tradecert.rules.payment;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.paymentadvice.v1.PaymentAdviceType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

/**
 * The value date, on which the payee can use the money, is not before the date on which the
 * payer asked its bank to execute the payment: a bank cannot credit a payment before it was
 * ordered.
 */
public final class ValueDateNotBeforeExecutionDate extends DocumentRule<PaymentAdviceType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("PAY-VALUE-DATE", Layer.DOCUMENT_RULES, Severity.ERROR,
            "ISO 20022 credit transfer: requested execution date (ReqdExctnDt) and settlement date; value date of the credit",
            "payment-advice");

    public ValueDateNotBeforeExecutionDate() {
        super(DEFINITION, PaymentAdviceType.class);
    }

    @Override
    public void check(PaymentAdviceType advice, RuleContext context) {
        if (advice.getRequestedExecutionDate() == null || advice.getValueDate() == null) {
            context.notApplicable("outcome.absent", "RequestedExecutionDate");
            return;
        }
        if (advice.getValueDate().isBefore(advice.getRequestedExecutionDate())) {
            context.reportAt(advice, "ValueDate", advice.getValueDate().toString(), advice.getRequestedExecutionDate().toString());
        }
    }
}
