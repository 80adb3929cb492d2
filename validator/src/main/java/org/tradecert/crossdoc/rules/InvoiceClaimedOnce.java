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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * X25 (multiple claims): when several declarations claim the same invoice, together they
 * declare no more than the invoice is worth. Each declaration that names only this invoice
 * counts with its customs value, converted through a stated exchange rate when the
 * currencies differ; the sum may exceed the invoice total by the declared-value tolerance. A
 * shipment split over several declarations stays within the invoice; the same invoice
 * declared twice in full is multiple invoicing.
 *
 * <p>NOTE: a declaration that names several invoices cannot be split between them, so it is
 * left out of the sums.
 */
public final class InvoiceClaimedOnce extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("XDOC-X25-INVOICE-CLAIMED", Layer.CROSS_DOCUMENT, Severity.ERROR,
            "FATF-Egmont trade-based money laundering indicators (2021), multiple invoicing", Transactions.INVOICE, Transactions.DECLARATION);

    public InvoiceClaimedOnce() {
        super(DEFINITION);
    }

    @Override
    public void check(TradeTransaction transaction, CrossContext context) {
        List<DocumentFacts> invoices = Transactions.ofTypes(transaction, Transactions.INVOICE);
        List<DocumentFacts> declarations = Transactions.ofTypes(transaction, Transactions.DECLARATION);
        boolean compared = false;
        for (DocumentFacts invoice : invoices) {
            List<DocumentFacts> claiming = declarations.stream()
                    .filter(declaration -> declaration.all(FactNames.INVOICE_NUMBER).size() == 1
                            && declaration.first(FactNames.INVOICE_NUMBER).value().equals(invoice.documentId()))
                    .toList();
            Fact totalFact = invoice.has(FactNames.INVOICE_TOTAL) ? invoice.first(FactNames.INVOICE_TOTAL) : invoice.first(FactNames.AMOUNT_DUE);
            Amounts.Amount total = totalFact == null ? null : Amounts.of(totalFact);
            if (claiming.size() < 2 || total == null) {
                continue;
            }
            Amounts.Amount claimed = new Amounts.Amount(BigDecimal.ZERO, total.currency());
            List<Evidence> evidence = new ArrayList<>();
            evidence.add(invoice.evidence(FactNames.INVOICE_TOTAL, totalFact));
            boolean convertible = true;
            for (DocumentFacts declaration : claiming) {
                Fact value = declaration.first(FactNames.CUSTOMS_VALUE);
                Amounts.Amount converted = value == null ? null : Amounts.convert(Amounts.of(value), total.currency(), List.of(declaration, invoice));
                if (converted == null) {
                    convertible = false;
                    break;
                }
                claimed = claimed.plus(converted);
                evidence.add(declaration.evidence(FactNames.CUSTOMS_VALUE, value));
            }
            if (!convertible) {
                continue;
            }
            compared = true;
            BigDecimal allowed = total.value().add(Decimals.percentOf(total.value(), context.profile().declaredValueTolerancePercent()));
            if (claimed.value().compareTo(allowed) > 0) {
                context.mismatch(Transactions.written(totalFact), Decimals.plain(claimed.value()) + " " + claimed.currency(), evidence,
                        Transactions.label(invoice), Transactions.labels(claiming), Decimals.percent(context.profile().declaredValueTolerancePercent()));
            }
        }
        if (!compared) {
            context.notApplicable("outcome.crossdoc.single-claim", Transactions.INVOICE, Transactions.DECLARATION);
        }
    }
}
