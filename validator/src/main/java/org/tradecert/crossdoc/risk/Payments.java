package org.tradecert.crossdoc.risk;

import org.tradecert.crossdoc.DocumentFacts;
import org.tradecert.crossdoc.Fact;
import org.tradecert.crossdoc.FactNames;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The invoices of a transaction and the payments made against each, for the payment indicators. */
final class Payments {

    /**
     * An invoice and what is due on it.
     *
     * @param due      the amount due for payment, else the grand total; null when the invoice states neither
     * @param dueLabel the fact name of {@code due}, for evidence
     */
    record Invoice(DocumentFacts document, String number, Fact due, String dueLabel, BigDecimal dueValue, String currency) {

        /** The amount due as evidence. */
        org.tradecert.api.Evidence evidence() {
            return document.evidence(dueLabel, due);
        }
    }

    /**
     * The amount one payment advice pays against one invoice.
     *
     * @param label  the fact name of the amount, for evidence
     * @param amount the remitted amount for the invoice, else the instructed amount, else the amount paid
     */
    record Payment(DocumentFacts document, String label, Fact amount, BigDecimal value, String currency) {

        /** The amount as evidence. */
        org.tradecert.api.Evidence evidence() {
            return document.evidence(label, amount);
        }
    }

    private Payments() {
    }

    static List<Invoice> invoices(List<DocumentFacts> documents) {
        List<Invoice> invoices = new ArrayList<>();
        for (DocumentFacts document : documents) {
            if (!document.documentType().equals("commercial-invoice")) {
                continue;
            }
            Fact number = document.first(FactNames.DOCUMENT_NUMBER);
            String dueLabel = document.has(FactNames.AMOUNT_DUE) ? FactNames.AMOUNT_DUE : FactNames.INVOICE_TOTAL;
            Fact due = document.first(dueLabel);
            String currency = due != null && due.qualifier() != null ? due.qualifier()
                    : document.has(FactNames.CURRENCY) ? document.first(FactNames.CURRENCY).value() : null;
            invoices.add(new Invoice(document, number != null ? number.value() : document.documentId(), due, dueLabel,
                    due == null ? null : Decimals.parse(due.value()), currency == null ? null : currency.strip().toUpperCase(Locale.ROOT)));
        }
        return invoices;
    }

    static List<DocumentFacts> advices(List<DocumentFacts> documents) {
        return documents.stream().filter(document -> document.documentType().equals("payment-advice")).toList();
    }

    /**
     * Finds the payments against an invoice: advices that remit it by number or name it
     * otherwise. An advice that names no invoice at all pays the only invoice of the transaction.
     */
    static List<Payment> against(Invoice invoice, List<DocumentFacts> advices, int invoiceCount) {
        List<Payment> payments = new ArrayList<>();
        for (DocumentFacts advice : advices) {
            Payment payment = remitted(invoice, advice);
            if (payment == null && (names(advice, invoice.number()) || invoiceCount == 1 && !advice.has(FactNames.REMITTED_INVOICE))) {
                payment = whole(advice);
            }
            if (payment != null) {
                payments.add(payment);
            }
        }
        return payments;
    }

    /** Reads the remittance line of an advice for the invoice, whose qualifier is the remitted amount and currency. */
    private static Payment remitted(Invoice invoice, DocumentFacts advice) {
        for (Fact fact : advice.all(FactNames.REMITTED_INVOICE)) {
            if (fact.value().strip().equalsIgnoreCase(invoice.number().strip()) && fact.qualifier() != null) {
                String[] parts = fact.qualifier().strip().split("\\s+");
                BigDecimal value = parts.length == 2 ? Decimals.parse(parts[0]) : null;
                if (value != null) {
                    return new Payment(advice, FactNames.REMITTED_INVOICE, fact, value, parts[1].toUpperCase(Locale.ROOT));
                }
            }
        }
        return null;
    }

    private static Payment whole(DocumentFacts advice) {
        for (String name : List.of(FactNames.INSTRUCTED_AMOUNT, FactNames.PAID_AMOUNT)) {
            Fact fact = advice.first(name);
            BigDecimal value = fact == null ? null : Decimals.parse(fact.value());
            if (value != null && fact.qualifier() != null) {
                return new Payment(advice, name, fact, value, fact.qualifier().strip().toUpperCase(Locale.ROOT));
            }
        }
        return null;
    }

    private static boolean names(DocumentFacts advice, String number) {
        String wanted = number.strip();
        for (Fact fact : advice.all(FactNames.INVOICE_NUMBER)) {
            if (fact.value().strip().equalsIgnoreCase(wanted)) {
                return true;
            }
        }
        for (Fact fact : advice.all(FactNames.REFERENCED_DOCUMENT)) {
            if (fact.value().strip().equalsIgnoreCase("380:" + wanted)) {
                return true;
            }
        }
        return advice.references().contains("doc:commercial-invoice:" + wanted);
    }
}
