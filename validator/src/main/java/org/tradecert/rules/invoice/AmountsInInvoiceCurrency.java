package org.tradecert.rules.invoice;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.commercialinvoice.v1.CommercialInvoiceType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

/**
 * Every amount of the invoice is in the invoice currency. The totals add the amounts of the
 * lines and the charges, which is only meaningful in one currency. A conversion belongs in
 * the currency exchange, not in a stray currency code.
 */
public final class AmountsInInvoiceCurrency extends DocumentRule<CommercialInvoiceType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("INV-CURRENCY", Layer.DOCUMENT_RULES, Severity.ERROR,
            "EN 16931-1 BT-5 (invoice currency code: all amounts of the invoice are in this currency)", "commercial-invoice");

    public AmountsInInvoiceCurrency() {
        super(DEFINITION, CommercialInvoiceType.class);
    }

    @Override
    public void check(CommercialInvoiceType invoice, RuleContext context) {
        String currency = invoice.getInvoiceCurrencyCode();
        if (currency == null || currency.isBlank()) {
            context.notApplicable("outcome.absent", "InvoiceCurrencyCode");
            return;
        }

        for (InvoiceAmounts.Named named : InvoiceAmounts.all(invoice)) {
            if (Money.otherCurrency(named.amount(), currency)) {
                context.mismatch(named.amount(), "currencyID", currency, named.amount().getCurrencyID(),
                        named.path(), Money.plain(named.amount().getValue()));
            }
        }
    }
}
