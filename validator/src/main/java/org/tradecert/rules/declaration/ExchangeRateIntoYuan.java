package org.tradecert.rules.declaration;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.common.v1.CurrencyExchangeType;
import org.tradecert.model.goodsdeclaration.v1.GoodsDeclarationType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.invoice.Money;

/**
 * The exchange rate of a declaration converts the declared currency into Chinese yuan (CNY)
 * at a positive rate, because customs assesses duties and keeps statistics in yuan. A rate
 * from another currency or into another currency cannot serve that conversion.
 */
public final class ExchangeRateIntoYuan extends DocumentRule<GoodsDeclarationType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("DECL-EXCHANGE-RATE", Layer.DOCUMENT_RULES, Severity.ERROR,
            "Customs Law of the PRC and GACC valuation rules: the customs value is assessed in renminbi (CNY)", "goods-declaration");

    static final String YUAN = "CNY";

    public ExchangeRateIntoYuan() {
        super(DEFINITION, GoodsDeclarationType.class);
    }

    @Override
    public void check(GoodsDeclarationType declaration, RuleContext context) {
        CurrencyExchangeType exchange = declaration.getCurrencyExchange();
        if (exchange == null) {
            context.notApplicable("outcome.absent", "CurrencyExchange");
            return;
        }

        String currency = declaration.getDeclaredValueForCustomsAmount() == null ? null
                : declaration.getDeclaredValueForCustomsAmount().getCurrencyID();
        boolean wrongSource = currency != null && !currency.equals(exchange.getSourceCurrencyCode());
        boolean wrongTarget = !YUAN.equals(exchange.getTargetCurrencyCode());
        boolean badRate = exchange.getConversionRateNumeric() != null && exchange.getConversionRateNumeric().signum() <= 0;
        if (wrongSource || wrongTarget || badRate) {
            String property = "ConversionRateNumeric";
            if (wrongSource) {
                property = "SourceCurrencyCode";
            } else if (wrongTarget) {
                property = "TargetCurrencyCode";
            }
            context.reportAt(exchange, property, currency == null ? "" : currency, exchange.getSourceCurrencyCode(),
                    exchange.getTargetCurrencyCode(), Money.plain(exchange.getConversionRateNumeric()));
        }
    }
}
