package org.tradecert.crossdoc.risk;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.crossdoc.CrossContext;
import org.tradecert.crossdoc.CrossDocumentRule;
import org.tradecert.crossdoc.DocumentFacts;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.TradeTransaction;
import org.tradecert.crossdoc.history.Cancellations;
import org.tradecert.rules.RuleDefinition;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * P6: freight stays within a plausible share of the goods value for the mode of transport,
 * and never exceeds the goods value. Inflated freight moves value under another name and, for
 * an import valued CIF, shifts duty; freight above the value of the goods is rarely real.
 */
public final class FreightRatio extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("RISK-P06-FREIGHT-RATIO", Layer.RISK, Severity.WARNING,
            "customs valuation practice: (CIF - FOB) / FOB by mode of transport", "commercial-invoice", "goods-declaration");

    private final RiskThresholds thresholds;

    public FreightRatio(RiskThresholds thresholds) {
        super(DEFINITION);
        this.thresholds = thresholds;
    }

    @Override
    public void check(TradeTransaction transaction, CrossContext context) {
        List<DocumentFacts> live = Cancellations.live(transaction);
        Optional<Charges.Charge> goods = Charges.goodsValue(live);
        if (goods.isEmpty()) {
            context.notApplicable("outcome.crossdoc.absent", FactNames.LINE_TOTAL);
            return;
        }
        String currency = goods.get().fact().qualifier();
        Optional<Charges.Charge> freight = Charges.charge(FactNames.FREIGHT, live, currency, ExchangeRates.of(live));
        if (freight.isEmpty()) {
            context.notApplicable("outcome.crossdoc.absent", FactNames.FREIGHT);
            return;
        }

        String mode = Charges.mode(live);
        BigDecimal limit = thresholds.freightRatioPercent(mode);
        BigDecimal ratio = Decimals.percent(freight.get().value(), goods.get().value());
        if (ratio.compareTo(limit) > 0 || freight.get().value().compareTo(goods.get().value()) > 0) {
            context.report(List.of(freight.get().evidence(), goods.get().evidence()), Decimals.amount(freight.get().value()), currency,
                    Decimals.amount(goods.get().value()), Decimals.showPercent(ratio), limit.toPlainString(), Objects.toString(mode, "-"));
        }
    }
}
