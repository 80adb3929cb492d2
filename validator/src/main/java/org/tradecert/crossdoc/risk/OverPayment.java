package org.tradecert.crossdoc.risk;

import org.tradecert.api.Evidence;
import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.crossdoc.CrossContext;
import org.tradecert.crossdoc.CrossDocumentRule;
import org.tradecert.crossdoc.DocumentFacts;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.TradeTransaction;
import org.tradecert.crossdoc.history.Cancellations;
import org.tradecert.rules.RuleDefinition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * P5: the payments against an invoice do not exceed what is due on it by more than the
 * network's amount tolerance. Paying more than the goods cost moves value to the seller
 * beyond the trade; the excess is a classic channel of trade-based money laundering.
 * Payments in another currency count only through an exchange rate the documents state.
 */
public final class OverPayment extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("RISK-P05-OVERPAYMENT", Layer.RISK, Severity.WARNING,
            "FATF-Egmont trade-based money laundering risk indicators (2021): over-payment", "commercial-invoice", "payment-advice");

    public OverPayment() {
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

        ExchangeRates rates = ExchangeRates.of(live);
        int compared = 0;
        for (Payments.Invoice invoice : invoices) {
            List<Payments.Payment> payments = Payments.against(invoice, advices, invoices.size());
            if (invoice.dueValue() == null || payments.isEmpty()) {
                continue;
            }
            compared++;

            BigDecimal paid = BigDecimal.ZERO;
            int counted = 0;
            List<Evidence> evidence = new ArrayList<>();
            for (Payments.Payment payment : payments) {
                Optional<BigDecimal> converted = rates.convert(payment.value(), payment.currency(), invoice.currency());
                if (converted.isPresent()) {
                    paid = paid.add(converted.get());
                    counted++;
                    evidence.add(payment.evidence());
                }
            }
            BigDecimal limit = invoice.dueValue().multiply(BigDecimal.ONE.add(context.profile().amountTolerancePercent().divide(Decimals.HUNDRED)));
            if (paid.compareTo(limit) > 0) {
                evidence.add(invoice.evidence());
                BigDecimal excess = Decimals.percent(paid.subtract(invoice.dueValue()), invoice.dueValue());
                context.report(evidence, invoice.number(), Decimals.amount(paid), invoice.currency(), Decimals.amount(invoice.dueValue()),
                        counted, Decimals.showPercent(excess));
            }
        }

        if (compared == 0) {
            context.notApplicable("outcome.no-payment-for-invoice");
        }
    }
}
