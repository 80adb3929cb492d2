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
 * The grand total is the line total plus the charge total, minus the allowance total, plus
 * the tax total. An absent component counts as zero. The grand total is the amount the
 * buyer owes and the base of the insured value, so it must follow from its parts exactly.
 */
public final class GrandTotalMatchesComponents extends DocumentRule<CommercialInvoiceType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("INV-GRAND-TOTAL", Layer.DOCUMENT_RULES, Severity.ERROR,
            "EN 16931-1 BR-CO-13 and BR-CO-15 (invoice total = line total − allowances + charges + tax)", "commercial-invoice");

    public GrandTotalMatchesComponents() {
        super(DEFINITION, CommercialInvoiceType.class);
    }

    @Override
    public void check(CommercialInvoiceType invoice, RuleContext context) {
        InvoiceMonetarySummationType summation = invoice.getMonetarySummation();
        if (summation == null || !Money.present(summation.getGrandTotalAmount()) || !Money.present(summation.getLineTotalAmount())) {
            context.notApplicable("outcome.absent", "GrandTotalAmount");
            return;
        }

        BigDecimal lines = summation.getLineTotalAmount().getValue();
        BigDecimal charges = Money.valueOrZero(summation.getChargeTotalAmount());
        BigDecimal allowances = Money.valueOrZero(summation.getAllowanceTotalAmount());
        BigDecimal tax = Money.valueOrZero(summation.getTaxTotalAmount());
        BigDecimal expected = lines.add(charges).subtract(allowances).add(tax);

        if (expected.compareTo(summation.getGrandTotalAmount().getValue()) != 0) {
            String currency = summation.getGrandTotalAmount().getCurrencyID();
            context.mismatch(summation, "GrandTotalAmount", Money.text(expected, currency), Money.text(summation.getGrandTotalAmount()),
                    Money.plain(lines), Money.plain(charges), Money.plain(allowances), Money.plain(tax));
        }
    }
}
