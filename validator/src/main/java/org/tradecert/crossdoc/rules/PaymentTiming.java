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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * X24: payment follows the agreed terms. When the invoice's payment terms say {@code N days
 * after} the bill of lading, air waybill, shipment or invoice date, its due date is that date
 * plus N days; a payment's value date is no later than the due date plus the profile's
 * grace for late payment; and a payment before shipment comes no earlier than the profile's
 * number of days before it. Very early prepayments and very late payments are trade-based
 * money laundering indicators for the bank to review, so this is a warning.
 *
 * <p>NOTE: the 21-day presentation period and the expiry of a documentary credit need the
 * presentation date and the credit's terms, which are not documents of the standard.
 */
public final class PaymentTiming extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("XDOC-X24-PAYMENT-TIMING", Layer.CROSS_DOCUMENT, Severity.WARNING,
            "ICC UCP 600; FATF-Egmont trade-based money laundering indicators (2021)", Transactions.INVOICE, Transactions.PAYMENT,
            Transactions.SEA_TRANSPORT_DOCUMENT, Transactions.AIR_WAYBILL);

    /** Payment terms that count days from a document's date, such as "T/T 30 days after bill of lading date". */
    private static final Pattern DAYS_AFTER = Pattern.compile(
            "(\\d{1,3})\\s*days?\\s+after\\s+(?:the\\s+)?(bill of lading|b/l|air waybill|awb|shipment|invoice)(?:\\s+date)?");

    public PaymentTiming() {
        super(DEFINITION);
    }

    @Override
    public void check(TradeTransaction transaction, CrossContext context) {
        List<DocumentFacts> invoices = Transactions.ofTypes(transaction, Transactions.INVOICE);
        List<DocumentFacts> payments = Transactions.ofTypes(transaction, Transactions.PAYMENT);
        Shipment.Dated shipment = Shipment.date(transaction);
        boolean compared = false;
        for (DocumentFacts invoice : invoices) {
            Due due = dueDate(transaction, invoice, context);
            compared |= due != null;
            for (DocumentFacts payment : payments) {
                if (payment.all(FactNames.REMITTED_INVOICE).stream().noneMatch(fact -> fact.value().equals(invoice.documentId()))) {
                    continue;
                }
                Fact valueDate = payment.first(FactNames.VALUE_DATE);
                Times.When paid = Times.of(valueDate);
                if (paid == null) {
                    continue;
                }
                if (due != null) {
                    compared = true;
                    LocalDate latest = due.date().plusDays(context.profile().latePaymentDays());
                    if (paid.day().isAfter(latest)) {
                        List<Evidence> evidence = new ArrayList<>();
                        evidence.add(payment.evidence(FactNames.VALUE_DATE, valueDate));
                        evidence.addAll(due.evidence());
                        context.mismatch("≤ " + latest, valueDate.value(), evidence, Transactions.label(payment), Transactions.label(invoice),
                                FactNames.VALUE_DATE);
                    }
                }
                if (shipment != null) {
                    compared = true;
                    LocalDate earliest = shipment.when().day().minusDays(context.profile().earlyPaymentDays());
                    if (paid.day().isBefore(earliest)) {
                        context.mismatch("≥ " + earliest, valueDate.value(), List.of(payment.evidence(FactNames.VALUE_DATE, valueDate),
                                shipment.evidence()), Transactions.label(payment), Transactions.label(shipment.document()), FactNames.VALUE_DATE);
                    }
                }
            }
        }
        if (!compared) {
            context.notApplicable("outcome.crossdoc.absent", FactNames.DUE_DATE);
        }
    }

    /** The date an invoice is due, with the facts it rests on. */
    private record Due(LocalDate date, List<Evidence> evidence) {
    }

    /**
     * The due date of an invoice: computed from its payment terms and the document date they
     * count from, when they say so and the date is known, and then compared with the due date
     * the invoice states; else the stated due date.
     */
    private static Due dueDate(TradeTransaction transaction, DocumentFacts invoice, CrossContext context) {
        Fact stated = invoice.first(FactNames.DUE_DATE);
        Times.When statedWhen = Times.of(stated);
        Fact terms = invoice.first(FactNames.PAYMENT_TERMS);
        Matcher matcher = terms == null ? null : DAYS_AFTER.matcher(terms.value().toLowerCase(Locale.ROOT));
        if (matcher == null || !matcher.find()) {
            return statedWhen == null ? null : new Due(statedWhen.day(), List.of(invoice.evidence(FactNames.DUE_DATE, stated)));
        }
        int days = Integer.parseInt(matcher.group(1));
        Based base = base(transaction, invoice, matcher.group(2));
        if (base == null) {
            return statedWhen == null ? null : new Due(statedWhen.day(), List.of(invoice.evidence(FactNames.DUE_DATE, stated)));
        }
        LocalDate computed = base.when().day().plusDays(days);
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(invoice.evidence(FactNames.PAYMENT_TERMS, terms));
        evidence.add(base.document().evidence(base.name(), base.fact()));
        if (statedWhen != null && !statedWhen.day().equals(computed)) {
            List<Evidence> all = new ArrayList<>();
            all.add(invoice.evidence(FactNames.DUE_DATE, stated));
            all.addAll(evidence);
            context.mismatch(computed.toString(), stated.value(), all, Transactions.label(invoice), Transactions.label(base.document()),
                    FactNames.DUE_DATE);
        }
        return new Due(computed, evidence);
    }

    /** The dated fact payment terms count from. */
    private record Based(DocumentFacts document, String name, Fact fact, Times.When when) {
    }

    private static Based base(TradeTransaction transaction, DocumentFacts invoice, String from) {
        switch (from) {
            case "invoice" -> {
                Fact issued = invoice.first(FactNames.ISSUE_TIME);
                return Times.of(issued) == null ? null : new Based(invoice, FactNames.ISSUE_TIME, issued, Times.of(issued));
            }
            case "shipment" -> {
                Shipment.Dated shipment = Shipment.date(transaction);
                return shipment == null ? null : new Based(shipment.document(), shipment.name(), shipment.fact(), shipment.when());
            }
            default -> {
                String type = from.startsWith("b") ? Transactions.SEA_TRANSPORT_DOCUMENT : Transactions.AIR_WAYBILL;
                for (DocumentFacts document : Transactions.ofTypes(transaction, type)) {
                    Fact issued = document.first(FactNames.ISSUE_TIME);
                    if (Times.of(issued) != null) {
                        return new Based(document, FactNames.ISSUE_TIME, issued, Times.of(issued));
                    }
                }
                return null;
            }
        }
    }
}
