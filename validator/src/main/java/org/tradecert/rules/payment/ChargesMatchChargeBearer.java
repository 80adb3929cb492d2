package org.tradecert.rules.payment;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.paymentadvice.v1.PaymentAdviceType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.invoice.Money;

/**
 * Under charge bearer OUR the payer bears all charges, so nothing is deducted from the
 * amount credited to the payee: the charges amount of the advice is absent or zero. Under
 * SHA and BEN the payee's side bears charges and deductions are expected.
 */
public final class ChargesMatchChargeBearer extends DocumentRule<PaymentAdviceType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("PAY-CHARGE-BEARER", Layer.DOCUMENT_RULES, Severity.ERROR,
            "SWIFT MT 103 field 71A details of charges (OUR, SHA, BEN); ISO 20022 ChargeBearer DEBT, SHAR, CRED", "payment-advice");

    static final String PAYER_BEARS_ALL = "OUR";

    public ChargesMatchChargeBearer() {
        super(DEFINITION, PaymentAdviceType.class);
    }

    @Override
    public void check(PaymentAdviceType advice, RuleContext context) {
        if (advice.getChargeBearerCode() == null) {
            context.notApplicable("outcome.absent", "ChargeBearerCode");
            return;
        }
        if (PAYER_BEARS_ALL.equals(advice.getChargeBearerCode()) && Money.valueOrZero(advice.getChargesAmount()).signum() != 0) {
            context.reportAt(advice, "ChargesAmount", Money.text(advice.getChargesAmount()), advice.getChargeBearerCode());
        }
    }
}
