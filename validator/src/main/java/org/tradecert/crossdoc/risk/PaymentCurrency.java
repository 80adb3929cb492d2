package org.tradecert.crossdoc.risk;

import org.tradecert.api.Evidence;
import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.crossdoc.CrossContext;
import org.tradecert.crossdoc.CrossDocumentRule;
import org.tradecert.crossdoc.DocumentFacts;
import org.tradecert.crossdoc.Fact;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.TradeTransaction;
import org.tradecert.crossdoc.history.Cancellations;
import org.tradecert.rules.RuleDefinition;

import java.util.ArrayList;
import java.util.List;

/**
 * P5: a payment is made in the currency of the invoice it pays. A payment in another currency
 * is not wrong in itself, but it moves the price through an exchange rate the parties choose,
 * which can hide over- and under-payment. The finding shows the rates the documents state.
 */
public final class PaymentCurrency extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("RISK-P05-PAYMENT-CURRENCY", Layer.RISK, Severity.WARNING,
            "FATF-Egmont trade-based money laundering risk indicators (2021): payment in a currency other than the invoice's",
            "commercial-invoice", "payment-advice");

    public PaymentCurrency() {
        super(DEFINITION);
    }

    @Override
    public void check(TradeTransaction transaction, CrossContext context) {
        List<DocumentFacts> live = Cancellations.live(transaction);
        List<Payments.Invoice> invoices = Payments.invoices(live);
        List<DocumentFacts> advices = Payments.advices(live);
        if (invoices.isEmpty() || advices.isEmpty()) {
            context.notApplicable("outcome.crossdoc.missing-document", invoices.isEmpty() ? "commercial-invoice" : "payment-advice");
            return;
        }

        int compared = 0;
        for (Payments.Invoice invoice : invoices) {
            if (invoice.currency() == null) {
                continue;
            }
            for (Payments.Payment payment : Payments.against(invoice, advices, invoices.size())) {
                compared++;
                if (payment.currency().equals(invoice.currency())) {
                    continue;
                }
                List<Evidence> evidence = new ArrayList<>();
                evidence.add(payment.evidence());
                evidence.add(invoice.evidence());
                for (DocumentFacts document : live) {
                    for (Fact rate : document.all(FactNames.EXCHANGE_RATE)) {
                        evidence.add(document.evidence(FactNames.EXCHANGE_RATE, rate));
                    }
                }
                context.report(evidence, payment.document().documentId(), payment.currency(), invoice.number(), invoice.currency());
            }
        }

        if (compared == 0) {
            context.notApplicable("outcome.no-payment-for-invoice");
        }
    }
}
