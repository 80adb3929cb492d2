package org.tradecert.rules.invoice;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.commercialinvoice.v1.CommercialInvoiceType;
import org.tradecert.model.commercialinvoice.v1.InvoiceMonetarySummationType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

import java.math.BigDecimal;

/**
 * The amount due for payment is the grand total minus the amount prepaid. Banks match
 * payments against this amount, so a due amount that does not follow from the totals makes a
 * correct payment look wrong.
 */
public final class DuePayableMatchesGrandTotal extends DocumentRule<CommercialInvoiceType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("INV-DUE-PAYABLE", Layer.DOCUMENT_RULES, Severity.ERROR,
            "EN 16931-1 BR-CO-16 (amount due for payment = invoice total − paid amount + rounding amount)", "commercial-invoice");

    public DuePayableMatchesGrandTotal() {
        super(DEFINITION, CommercialInvoiceType.class);
    }

    @Override
    public void check(CommercialInvoiceType invoice, RuleContext context) {
        InvoiceMonetarySummationType summation = invoice.getMonetarySummation();
        if (summation == null || !Money.present(summation.getDuePayableAmount()) || !Money.present(summation.getGrandTotalAmount())) {
            context.notApplicable("outcome.absent", "DuePayableAmount");
            return;
        }

        BigDecimal prepaid = Money.valueOrZero(summation.getPrepaidAmount());
        BigDecimal expected = summation.getGrandTotalAmount().getValue().subtract(prepaid);

        if (expected.compareTo(summation.getDuePayableAmount().getValue()) != 0) {
            String currency = summation.getDuePayableAmount().getCurrencyID();
            context.mismatch(summation, "DuePayableAmount", Money.text(expected, currency), Money.text(summation.getDuePayableAmount()),
                    Money.plain(summation.getGrandTotalAmount().getValue()), Money.plain(prepaid));
        }
    }
}
