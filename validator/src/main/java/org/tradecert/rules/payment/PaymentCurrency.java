package org.tradecert.rules.payment;

import org.tradecert.model.common.v1.CurrencyExchangeType;
import org.tradecert.model.paymentadvice.v1.PaymentAdviceType;
import org.tradecert.model.udt.v1.AmountType;
import org.tradecert.rules.invoice.Money;

/**
 * The currency a payment was made in: the currency of the instructed amount, or of the paid
 * amount when the advice states no instructed amount. The paid amount may be in another
 * currency when the payee's account is kept in it and the advice states the exchange.
 */
final class PaymentCurrency {

    private PaymentCurrency() {
    }

    /** Returns the payment currency, or null when the advice states neither amount. */
    static String of(PaymentAdviceType advice) {
        if (Money.present(advice.getInstructedAmount())) {
            return advice.getInstructedAmount().getCurrencyID();
        }
        return Money.present(advice.getPaidAmount()) ? advice.getPaidAmount().getCurrencyID() : null;
    }

    /** True when the advice's currency exchange converts the payment currency into the currency of the paid amount. */
    static boolean convertsToPaid(PaymentAdviceType advice, String paymentCurrency) {
        CurrencyExchangeType exchange = advice.getCurrencyExchange();
        AmountType paid = advice.getPaidAmount();
        return exchange != null && paid != null && paymentCurrency != null && paymentCurrency.equals(exchange.getSourceCurrencyCode())
                && paid.getCurrencyID() != null && paid.getCurrencyID().equals(exchange.getTargetCurrencyCode())
                && exchange.getConversionRateNumeric() != null;
    }
}
