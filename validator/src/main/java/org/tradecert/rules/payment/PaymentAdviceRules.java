package org.tradecert.rules.payment;

import org.tradecert.rules.DocumentRule;

import java.util.List;

/** The document rules of the payment advice. */
public final class PaymentAdviceRules {

    private PaymentAdviceRules() {
    }

    public static List<DocumentRule<?>> all() {
        return List.of();
    }
}
