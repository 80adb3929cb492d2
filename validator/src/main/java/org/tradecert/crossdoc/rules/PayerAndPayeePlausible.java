package org.tradecert.crossdoc.rules;

import org.tradecert.api.Evidence;
import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.crossdoc.CrossContext;
import org.tradecert.crossdoc.CrossDocumentRule;
import org.tradecert.crossdoc.DocumentFacts;
import org.tradecert.crossdoc.Fact;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.TradeTransaction;
import org.tradecert.rules.RuleDefinition;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * X20: a payment goes from the buyer to the seller of the invoices it remits: the payee
 * shares an identifier with the seller and is paid into the account the invoice names, and
 * the payer shares an identifier with the buyer, except under a letter of credit, where the
 * issuing bank pays. A payment by or to a third party is a trade-based money laundering
 * indicator and needs review under China's foreign exchange rules, so this is a warning.
 *
 * <p>NOTE: the model has no field for a declared factor or assignee of the receivable, so a
 * payment to one is flagged too.
 */
public final class PayerAndPayeePlausible extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("XDOC-X20-PAYER-PAYEE", Layer.CROSS_DOCUMENT, Severity.WARNING,
            "FATF-Egmont trade-based money laundering indicators (2021), third-party payments", Transactions.INVOICE, Transactions.PAYMENT);

    public PayerAndPayeePlausible() {
        super(DEFINITION);
    }

    @Override
    public void check(TradeTransaction transaction, CrossContext context) {
        List<DocumentFacts> payments = Transactions.ofTypes(transaction, Transactions.PAYMENT);
        List<DocumentFacts> allInvoices = Transactions.ofTypes(transaction, Transactions.INVOICE);
        if (payments.isEmpty() || allInvoices.isEmpty()) {
            NotApplicable.missingDocument(context, payments.isEmpty() ? Transactions.PAYMENT : Transactions.INVOICE);
            return;
        }
        boolean compared = false;
        for (DocumentFacts payment : payments) {
            List<String> remitted = payment.all(FactNames.REMITTED_INVOICE).stream().map(Fact::value).toList();
            List<DocumentFacts> invoices = remitted.isEmpty() ? allInvoices
                    : allInvoices.stream().filter(invoice -> remitted.contains(invoice.documentId())).toList();
            for (DocumentFacts invoice : invoices) {
                compared |= compare(context, payment, FactNames.PAYEE_ID, invoice, FactNames.SELLER_ID);
                compared |= compareAccount(context, payment, invoice);
                boolean underCredit = payment.has(FactNames.LETTER_OF_CREDIT) || invoice.has(FactNames.LETTER_OF_CREDIT);
                if (!underCredit) {
                    compared |= compare(context, payment, FactNames.PAYER_ID, invoice, FactNames.BUYER_ID);
                }
            }
        }
        if (!compared) {
            context.notApplicable("outcome.crossdoc.absent", FactNames.PAYER_ID);
        }
    }

    /** Reports a payment party that shares no identifier with the invoice party; false when either is absent. */
    private static boolean compare(CrossContext context, DocumentFacts payment, String paymentSide, DocumentFacts invoice, String invoiceSide) {
        Set<String> paid = values(payment, paymentSide);
        Set<String> invoiced = values(invoice, invoiceSide);
        if (paid.isEmpty() || invoiced.isEmpty()) {
            return false;
        }
        if (paid.stream().noneMatch(invoiced::contains)) {
            List<Evidence> evidence = new ArrayList<>();
            payment.all(paymentSide).forEach(fact -> evidence.add(payment.evidence(paymentSide, fact)));
            invoice.all(invoiceSide).forEach(fact -> evidence.add(invoice.evidence(invoiceSide, fact)));
            context.mismatch(String.join(", ", invoiced), String.join(", ", paid), evidence, Transactions.label(payment),
                    Transactions.label(invoice), paymentSide);
        }
        return true;
    }

    /** Reports a payee account other than the one the invoice asks to be paid into; false when either is absent. */
    private static boolean compareAccount(CrossContext context, DocumentFacts payment, DocumentFacts invoice) {
        Fact paid = payment.first(FactNames.PAYEE_ACCOUNT);
        Fact invoiced = invoice.first(FactNames.PAYEE_ACCOUNT);
        if (paid == null || invoiced == null) {
            return false;
        }
        if (!account(paid).equals(account(invoiced))) {
            context.mismatch(invoiced.value(), paid.value(), List.of(payment.evidence(FactNames.PAYEE_ACCOUNT, paid),
                    invoice.evidence(FactNames.PAYEE_ACCOUNT, invoiced)), Transactions.label(payment), Transactions.label(invoice),
                    FactNames.PAYEE_ACCOUNT);
        }
        return true;
    }

    private static Set<String> values(DocumentFacts document, String name) {
        Set<String> values = new LinkedHashSet<>();
        document.all(name).forEach(fact -> values.add(fact.value().strip()));
        return values;
    }

    private static String account(Fact fact) {
        return fact.value().replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
