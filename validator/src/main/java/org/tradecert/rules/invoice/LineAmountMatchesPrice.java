package org.tradecert.rules.invoice;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.cii.CiiInvoices;
import org.tradecert.model.commercialinvoice.v1.CommercialInvoiceType;
import org.tradecert.model.commercialinvoice.v1.InvoiceLineItemType;
import org.tradecert.model.udt.v1.QuantityType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

import java.math.BigDecimal;

/**
 * The amount of each invoice line is its billed quantity times its net price, divided by the
 * price basis quantity, rounded half up to the minor unit of the line currency. Customs
 * values goods line by line, so a line amount that does not follow from quantity and price
 * hides a price the parties did not agree.
 */
public final class LineAmountMatchesPrice extends DocumentRule<CommercialInvoiceType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("INV-LINE-AMOUNT", Layer.DOCUMENT_RULES, Severity.ERROR,
            "UN/CEFACT Cross Industry Invoice: line total amount = billed quantity × net price ÷ price basis quantity; ISO 4217 minor units",
            "commercial-invoice");

    /** The reason given for CII invoices, whose line net amount also carries line allowances and charges. */
    static final String CII_REASON = "outcome.cii-line-net-amount";

    public LineAmountMatchesPrice() {
        super(DEFINITION, CommercialInvoiceType.class);
    }

    @Override
    public void check(CommercialInvoiceType invoice, RuleContext context) {
        if (CiiInvoices.ORIGIN.equals(context.origin())) {
            context.notApplicable(CII_REASON);
            return;
        }

        for (InvoiceLineItemType line : invoice.getIncludedLineItem()) {
            QuantityType billed = line.getBilledQuantity();
            QuantityType basis = line.getPriceBasisQuantity();
            if (billed == null || billed.getValue() == null || !Money.present(line.getNetPriceAmount()) || !Money.present(line.getLineTotalAmount())) {
                continue;
            }

            // A basis in another unit than the billed quantity cannot be divided out without a conversion the document does not give.
            if (basis != null && basis.getUnitCode() != null && billed.getUnitCode() != null && !basis.getUnitCode().equals(billed.getUnitCode())) {
                continue;
            }
            BigDecimal basisQuantity = basis == null || basis.getValue() == null || basis.getValue().signum() == 0 ? BigDecimal.ONE : basis.getValue();

            String currency = line.getLineTotalAmount().getCurrencyID();
            BigDecimal price = line.getNetPriceAmount().getValue();
            BigDecimal expected = Money.round(billed.getValue().multiply(price, Money.WORKING).divide(basisQuantity, Money.WORKING), currency);
            BigDecimal actual = line.getLineTotalAmount().getValue();
            if (expected.compareTo(actual) != 0) {
                context.mismatch(line, "LineTotalAmount", Money.text(expected, currency), Money.text(line.getLineTotalAmount()),
                        line.getLineID(), Money.plain(billed.getValue()), Money.text(line.getNetPriceAmount()), Money.plain(basisQuantity));
            }
        }
    }
}
