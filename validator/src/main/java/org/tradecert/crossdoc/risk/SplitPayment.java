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

import java.util.ArrayList;
import java.util.List;

/**
 * P5: an invoice is settled in no more payments than the threshold allows (two by default:
 * a deposit and a balance). Splitting one invoice into many payments keeps each under the
 * amounts banks report and hides who really pays.
 */
public final class SplitPayment extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("RISK-P05-SPLIT-PAYMENT", Layer.RISK, Severity.WARNING,
            "FATF-Egmont trade-based money laundering risk indicators (2021): split payments", "commercial-invoice", "payment-advice");

    private final RiskThresholds thresholds;

    public SplitPayment(RiskThresholds thresholds) {
        super(DEFINITION);
        this.thresholds = thresholds;
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
            List<Payments.Payment> payments = Payments.against(invoice, advices, invoices.size());
            if (payments.isEmpty()) {
                continue;
            }
            compared++;
            if (payments.size() > thresholds.maxPaymentsPerInvoice()) {
                List<Evidence> evidence = new ArrayList<>();
                for (Payments.Payment payment : payments) {
                    evidence.add(payment.evidence());
                }
                evidence.add(invoice.evidence());
                context.report(evidence, invoice.number(), payments.size(), thresholds.maxPaymentsPerInvoice());
            }
        }

        if (compared == 0) {
            context.notApplicable("outcome.no-payment-for-invoice");
        }
    }
}
