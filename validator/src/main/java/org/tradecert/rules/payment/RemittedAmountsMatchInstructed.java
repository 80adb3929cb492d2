package org.tradecert.rules.payment;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.paymentadvice.v1.PaymentAdviceType;
import org.tradecert.model.paymentadvice.v1.RemittedInvoiceType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.invoice.Money;

import java.math.BigDecimal;

/**
 * The amounts the payer assigned to the remitted invoices add up to the instructed amount,
 * both before bank charges. Without an instructed amount they add up to the paid amount
 * plus the charges deducted. An invoice-by-invoice split that does not add up leaves part of
 * the payment unassigned or assigns money that was not paid.
 */
public final class RemittedAmountsMatchInstructed extends DocumentRule<PaymentAdviceType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("PAY-REMITTED-TOTAL", Layer.DOCUMENT_RULES, Severity.ERROR,
            "ISO 20022 structured remittance information (referred document amounts) and UN/CEFACT Cross Industry Remittance Advice",
            "payment-advice");

    public RemittedAmountsMatchInstructed() {
        super(DEFINITION, PaymentAdviceType.class);
    }

    @Override
    public void check(PaymentAdviceType advice, RuleContext context) {
        String currency = PaymentCurrency.of(advice);
        if (currency == null || advice.getRemittedInvoice().isEmpty()) {
            context.notApplicable("outcome.absent", "RemittedInvoice");
            return;
        }

        BigDecimal total;
        String property;
        if (Money.present(advice.getInstructedAmount())) {
            total = advice.getInstructedAmount().getValue();
            property = "InstructedAmount";
        } else {
            total = advice.getPaidAmount().getValue().add(Money.valueOrZero(advice.getChargesAmount()));
            property = "PaidAmount";
        }

        BigDecimal sum = BigDecimal.ZERO;
        for (RemittedInvoiceType invoice : advice.getRemittedInvoice()) {
            if (Money.otherCurrency(invoice.getRemittedAmount(), currency)) {
                return;
            }
            sum = sum.add(Money.valueOrZero(invoice.getRemittedAmount()));
        }

        // The stated total is reported as the value that differs, with the sum of the invoices as the value it should have.
        if (sum.compareTo(total) != 0) {
            context.mismatch(advice, property, Money.text(sum, currency), Money.text(total, currency), advice.getRemittedInvoice().size());
        }
    }
}
