package org.tradecert.rules.invoice;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.commercialinvoice.v1.CommercialInvoiceType;
import org.tradecert.model.common.v1.CurrencyExchangeType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

/**
 * A currency exchange on the invoice converts from the invoice currency into another
 * currency at a positive rate. An exchange from another currency, or into the invoice
 * currency itself, cannot convert the invoice amounts it is there for.
 */
public final class CurrencyExchangeFromInvoiceCurrency extends DocumentRule<CommercialInvoiceType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("INV-CURRENCY-EXCHANGE", Layer.DOCUMENT_RULES, Severity.ERROR,
            "UN/CEFACT Cross Industry Invoice: invoice applicable trade currency exchange (source currency = invoice currency)",
            "commercial-invoice");

    public CurrencyExchangeFromInvoiceCurrency() {
        super(DEFINITION, CommercialInvoiceType.class);
    }

    @Override
    public void check(CommercialInvoiceType invoice, RuleContext context) {
        CurrencyExchangeType exchange = invoice.getCurrencyExchange();
        if (exchange == null) {
            context.notApplicable("outcome.absent", "CurrencyExchange");
            return;
        }

        String currency = invoice.getInvoiceCurrencyCode();
        String source = exchange.getSourceCurrencyCode();
        String target = exchange.getTargetCurrencyCode();
        boolean wrongSource = currency != null && source != null && !source.equals(currency);
        boolean noConversion = source != null && source.equals(target);
        boolean badRate = exchange.getConversionRateNumeric() != null && exchange.getConversionRateNumeric().signum() <= 0;
        if (wrongSource || noConversion || badRate) {
            String property = "ConversionRateNumeric";
            if (wrongSource) {
                property = "SourceCurrencyCode";
            } else if (noConversion) {
                property = "TargetCurrencyCode";
            }
            context.reportAt(exchange, property, currency, source, target, Money.plain(exchange.getConversionRateNumeric()));
        }
    }
}
