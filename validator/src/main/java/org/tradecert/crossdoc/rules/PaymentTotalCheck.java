package org.tradecert.crossdoc.rules;

import org.tradecert.api.Evidence;
import org.tradecert.crossdoc.CrossContext;
import org.tradecert.crossdoc.CrossDocumentRule;
import org.tradecert.crossdoc.DocumentFacts;
import org.tradecert.crossdoc.Fact;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.TradeTransaction;
import org.tradecert.rules.RuleDefinition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * X01 for both kinds of settlement: the payments that remit an invoice add up to the amount
 * due on it. A payment may fall short by the bank charges the profile allows (charges shared
 * or borne by the payee are deducted on the way) plus the amount tolerance; it may exceed it
 * only by the amount tolerance. A payment in another currency counts only through an exchange
 * rate stated on the payment or the invoice.
 */
abstract class PaymentTotalCheck extends CrossDocumentRule {

    private final boolean letterOfCredit;
    private final String otherRule;

    /**
     * @param letterOfCredit whether this rule checks invoices settled under a letter of credit, or the others
     * @param otherRule      the id of the rule that checks the other kind, named when this one does not apply
     */
    PaymentTotalCheck(RuleDefinition definition, boolean letterOfCredit, String otherRule) {
        super(definition);
        this.letterOfCredit = letterOfCredit;
        this.otherRule = otherRule;
    }

    @Override
    public final void check(TradeTransaction transaction, CrossContext context) {
        List<DocumentFacts> invoices = Transactions.ofTypes(transaction, Transactions.INVOICE);
        List<DocumentFacts> payments = Transactions.ofTypes(transaction, Transactions.PAYMENT);
        if (invoices.isEmpty() || payments.isEmpty()) {
            NotApplicable.missingDocument(context, invoices.isEmpty() ? Transactions.INVOICE : Transactions.PAYMENT);
            return;
        }

        boolean otherKind = false;
        boolean referenced = false;
        boolean compared = false;
        for (DocumentFacts invoice : invoices) {
            List<DocumentFacts> paying = paying(invoice, payments);
            if (paying.isEmpty()) {
                continue;
            }
            referenced = true;
            if (underCredit(invoice, paying) != letterOfCredit) {
                otherKind = true;
                continue;
            }
            compared |= compare(invoice, paying, context);
        }

        if (!referenced) {
            context.notApplicable("outcome.crossdoc.unreferenced", Transactions.PAYMENT, Transactions.labels(invoices));
        } else if (otherKind && !compared) {
            context.notApplicable(letterOfCredit ? "outcome.crossdoc.no-letter-of-credit" : "outcome.crossdoc.letter-of-credit", otherRule);
        } else if (!compared) {
            context.notApplicable("outcome.crossdoc.not-comparable", FactNames.REMITTED_INVOICE);
        }
    }

    /** Compares the payments of one invoice with its amount due; false when there was nothing comparable. */
    private boolean compare(DocumentFacts invoice, List<DocumentFacts> paying, CrossContext context) {
        String dueLabel = invoice.has(FactNames.AMOUNT_DUE) ? FactNames.AMOUNT_DUE : FactNames.INVOICE_TOTAL;
        Fact dueFact = invoice.first(dueLabel);
        Amounts.Amount due = dueFact == null ? null : Amounts.of(dueFact);
        if (due == null) {
            return false;
        }
        List<DocumentFacts> rateSources = new ArrayList<>(paying);
        rateSources.add(invoice);
        Amounts.Amount total = new Amounts.Amount(BigDecimal.ZERO, due.currency());
        List<Evidence> evidence = new ArrayList<>();
        for (DocumentFacts payment : paying) {
            for (Fact remitted : payment.all(FactNames.REMITTED_INVOICE)) {
                if (!remitted.value().equals(invoice.documentId())) {
                    continue;
                }
                Amounts.Amount converted = Amounts.convert(Amounts.ofQualifier(remitted), due.currency(), rateSources);
                if (converted == null) {
                    return false;
                }
                total = total.plus(converted);
                evidence.add(payment.evidence(FactNames.REMITTED_INVOICE, remitted));
            }
        }

        BigDecimal tolerance = Decimals.percentOf(due.value(), context.profile().amountTolerancePercent());
        BigDecimal shortfallAllowed = tolerance.add(context.profile().bankChargeAllowance());
        BigDecimal difference = total.value().subtract(due.value());
        if (difference.negate().compareTo(shortfallAllowed) > 0 || difference.compareTo(tolerance) > 0) {
            evidence.add(0, invoice.evidence(dueLabel, dueFact));
            context.mismatch(due.written(), total.value().toPlainString() + " " + total.currency(), evidence,
                    Transactions.label(invoice), Transactions.labels(paying), Decimals.percent(context.profile().amountTolerancePercent()),
                    Decimals.plain(context.profile().bankChargeAllowance()));
        }
        return true;
    }

    /** The payment advices that remit the invoice. */
    private static List<DocumentFacts> paying(DocumentFacts invoice, List<DocumentFacts> payments) {
        List<DocumentFacts> paying = new ArrayList<>();
        for (DocumentFacts payment : payments) {
            if (payment.all(FactNames.REMITTED_INVOICE).stream().anyMatch(fact -> fact.value().equals(invoice.documentId()))) {
                paying.add(payment);
            }
        }
        return paying;
    }

    /** Whether the invoice, or a payment of it, names a letter of credit. */
    private static boolean underCredit(DocumentFacts invoice, List<DocumentFacts> paying) {
        return invoice.has(FactNames.LETTER_OF_CREDIT) || paying.stream().anyMatch(payment -> payment.has(FactNames.LETTER_OF_CREDIT));
    }
}
