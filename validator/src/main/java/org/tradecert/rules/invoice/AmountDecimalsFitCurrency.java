package org.tradecert.rules.invoice;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.commercialinvoice.v1.CommercialInvoiceType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

import java.math.BigDecimal;

/**
 * No amount of the invoice has more decimal places than the minor unit of its currency
 * (ISO 4217), apart from the net price, which may be finer than the smallest coin. An amount
 * such as 102600.005 USD cannot be paid, and the totals built on it cannot be checked.
 */
public final class AmountDecimalsFitCurrency extends DocumentRule<CommercialInvoiceType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("INV-AMOUNT-DECIMALS", Layer.DOCUMENT_RULES, Severity.ERROR,
            "ISO 4217 minor units of the currency; EN 16931-1 decimal rules for amounts (BR-DEC)", "commercial-invoice");

    public AmountDecimalsFitCurrency() {
        super(DEFINITION, CommercialInvoiceType.class);
    }

    @Override
    public void check(CommercialInvoiceType invoice, RuleContext context) {
        for (InvoiceAmounts.Named named : InvoiceAmounts.all(invoice)) {
            if (named.property().equals("NetPriceAmount")) {
                continue;
            }

            String currency = named.amount().getCurrencyID();
            int allowed = Money.minorUnit(currency);
            BigDecimal value = named.amount().getValue();
            // Trailing zeros carry no precision: 100.10 USD has two decimal places in writing but only one in value.
            int used = Math.max(0, value.stripTrailingZeros().scale());
            if (used > allowed) {
                context.reportAt(named.owner(), named.property(), named.path(), Money.text(named.amount()), used, allowed, currency);
            }
        }
    }
}
