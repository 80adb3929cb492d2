package org.tradecert.rules.invoice;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.commercialinvoice.v1.CommercialInvoiceType;
import org.tradecert.model.commercialinvoice.v1.InvoiceLineItemType;
import org.tradecert.model.commercialinvoice.v1.InvoiceMonetarySummationType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

import java.math.BigDecimal;

/**
 * The line total of the monetary summation is exactly the sum of the line amounts, because
 * every other total of the invoice is built on it.
 */
public final class LineTotalMatchesLines extends DocumentRule<CommercialInvoiceType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("INV-LINE-TOTAL", Layer.DOCUMENT_RULES, Severity.ERROR,
            "EN 16931-1 BR-CO-10 (sum of invoice line net amounts); UN/CEFACT Cross Industry Invoice header monetary summation",
            "commercial-invoice");

    public LineTotalMatchesLines() {
        super(DEFINITION, CommercialInvoiceType.class);
    }

    @Override
    public void check(CommercialInvoiceType invoice, RuleContext context) {
        InvoiceMonetarySummationType summation = invoice.getMonetarySummation();
        if (summation == null || !Money.present(summation.getLineTotalAmount())) {
            context.notApplicable("outcome.absent", "LineTotalAmount");
            return;
        }

        BigDecimal sum = BigDecimal.ZERO;
        for (InvoiceLineItemType line : invoice.getIncludedLineItem()) {
            sum = sum.add(Money.valueOrZero(line.getLineTotalAmount()));
        }

        BigDecimal stated = summation.getLineTotalAmount().getValue();
        if (sum.compareTo(stated) != 0) {
            String currency = summation.getLineTotalAmount().getCurrencyID();
            context.mismatch(summation, "LineTotalAmount", Money.text(sum, currency), Money.text(summation.getLineTotalAmount()),
                    invoice.getIncludedLineItem().size());
        }
    }
}
