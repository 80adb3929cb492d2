package org.tradecert.rules.payment;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.paymentadvice.v1.PaymentAdviceType;
import org.tradecert.model.udt.v1.SchemedIDType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.invoice.PartyIdentifiers;

import java.util.Optional;

/**
 * Payer and payee are different parties: they share no registered identifier. A trade
 * payment moves money from the buyer to the seller. A party paying itself is either a copy
 * error or a transfer that settles no invoice.
 */
public final class PayerIsNotPayee extends DocumentRule<PaymentAdviceType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("PAY-PARTIES", Layer.DOCUMENT_RULES, Severity.ERROR,
            "ISO 20022 credit transfer: debtor and creditor; FATF trade-based money laundering indicators", "payment-advice");

    public PayerIsNotPayee() {
        super(DEFINITION, PaymentAdviceType.class);
    }

    @Override
    public void check(PaymentAdviceType advice, RuleContext context) {
        Optional<SchemedIDType> shared = PartyIdentifiers.shared(advice.getPayerTradeParty(), advice.getPayeeTradeParty());
        if (shared.isPresent()) {
            context.report(shared.get(), shared.get().getSchemeID(), shared.get().getValue());
        }
    }
}
