package org.tradecert.rules.payment;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.paymentadvice.v1.PaymentAdviceType;
import org.tradecert.model.udt.v1.AmountType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.invoice.Money;

import java.math.BigDecimal;

/**
 * The amount credited to the payee is the instructed amount minus the bank charges deducted.
 * When the payee's account is kept in another currency, the difference is converted at the
 * stated exchange rate and rounded half up to the minor unit of the account currency. The
 * payee reconciles the credit against its invoice with exactly this calculation.
 */
public final class PaidAmountMatchesCharges extends DocumentRule<PaymentAdviceType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("PAY-PAID-AMOUNT", Layer.DOCUMENT_RULES, Severity.ERROR,
            "ISO 20022 credit transfer: interbank settlement amount = instructed amount − charges deducted (ChargesInformation), converted at the exchange rate",
            "payment-advice");

    public PaidAmountMatchesCharges() {
        super(DEFINITION, PaymentAdviceType.class);
    }

    @Override
    public void check(PaymentAdviceType advice, RuleContext context) {
        AmountType instructed = advice.getInstructedAmount();
        AmountType paid = advice.getPaidAmount();
        if (!Money.present(instructed) || !Money.present(paid)) {
            context.notApplicable("outcome.absent", "InstructedAmount");
            return;
        }
        String currency = instructed.getCurrencyID();
        if (Money.otherCurrency(advice.getChargesAmount(), currency)) {
            return;
        }

        BigDecimal charges = Money.valueOrZero(advice.getChargesAmount());
        BigDecimal net = instructed.getValue().subtract(charges);
        BigDecimal expected;
        if (!Money.otherCurrency(paid, currency)) {
            expected = net;
        } else if (PaymentCurrency.convertsToPaid(advice, currency)) {
            expected = Money.round(net.multiply(advice.getCurrencyExchange().getConversionRateNumeric(), Money.WORKING), paid.getCurrencyID());
        } else {
            return;
        }

        if (expected.compareTo(paid.getValue()) != 0) {
            context.mismatch(advice, "PaidAmount", Money.text(expected, paid.getCurrencyID()), Money.text(paid),
                    Money.text(instructed), Money.text(charges, currency));
        }
    }
}
