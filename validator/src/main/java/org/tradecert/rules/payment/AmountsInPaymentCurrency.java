package org.tradecert.rules.payment;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.paymentadvice.v1.PaymentAdviceType;
import org.tradecert.model.paymentadvice.v1.RemittedInvoiceType;
import org.tradecert.model.udt.v1.AmountType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.invoice.Money;

/**
 * The charges and the amounts remitted per invoice are in the payment currency, the currency
 * of the instructed amount. The paid amount is too, unless the advice states the exchange
 * from the payment currency into the currency of the paid amount. The invoice amount may be
 * in the invoice's own currency and is not checked.
 */
public final class AmountsInPaymentCurrency extends DocumentRule<PaymentAdviceType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("PAY-CURRENCY", Layer.DOCUMENT_RULES, Severity.ERROR,
            "ISO 20022 credit transfer: instructed amount, charges and settlement amount with the exchange rate between their currencies",
            "payment-advice");

    public AmountsInPaymentCurrency() {
        super(DEFINITION, PaymentAdviceType.class);
    }

    @Override
    public void check(PaymentAdviceType advice, RuleContext context) {
        String currency = PaymentCurrency.of(advice);
        if (currency == null) {
            context.notApplicable("outcome.absent", "PaidAmount");
            return;
        }

        check(advice.getChargesAmount(), "ChargesAmount", currency, context);
        if (!PaymentCurrency.convertsToPaid(advice, currency)) {
            check(advice.getPaidAmount(), "PaidAmount", currency, context);
        }
        for (RemittedInvoiceType invoice : advice.getRemittedInvoice()) {
            String number = invoice.getInvoiceReferencedDocument() == null ? "" : invoice.getInvoiceReferencedDocument().getIssuerAssignedID();
            check(invoice.getRemittedAmount(), "RemittedInvoice[" + number + "]/RemittedAmount", currency, context);
        }
    }

    private static void check(AmountType amount, String path, String currency, RuleContext context) {
        if (Money.otherCurrency(amount, currency)) {
            context.mismatch(amount, "currencyID", currency, amount.getCurrencyID(), path, Money.plain(amount.getValue()));
        }
    }
}
