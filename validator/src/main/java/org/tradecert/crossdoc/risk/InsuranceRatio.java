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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * P6: the insurance premium stays within a plausible share of the value it covers, the goods
 * plus freight. Cargo premiums are a fraction of a percent; a premium of several percent
 * moves value under the name of insurance.
 */
public final class InsuranceRatio extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("RISK-P06-INSURANCE-RATIO", Layer.RISK, Severity.WARNING,
            "customs valuation practice: insurance premium against the CIF value", "commercial-invoice", "goods-declaration");

    private final RiskThresholds thresholds;

    public InsuranceRatio(RiskThresholds thresholds) {
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
        ExchangeRates rates = ExchangeRates.of(live);
        Optional<Charges.Charge> insurance = Charges.charge(FactNames.INSURANCE, live, currency, rates);
        if (insurance.isEmpty()) {
            context.notApplicable("outcome.crossdoc.absent", FactNames.INSURANCE);
            return;
        }

        Optional<Charges.Charge> freight = Charges.charge(FactNames.FREIGHT, live, currency, rates);
        BigDecimal covered = goods.get().value().add(freight.map(Charges.Charge::value).orElse(BigDecimal.ZERO));
        BigDecimal ratio = Decimals.percent(insurance.get().value(), covered);
        if (ratio.compareTo(thresholds.insuranceRatioPercent()) > 0) {
            List<org.tradecert.api.Evidence> evidence = new ArrayList<>(List.of(insurance.get().evidence(), goods.get().evidence()));
            freight.ifPresent(charge -> evidence.add(charge.evidence()));
            context.report(evidence, Decimals.amount(insurance.get().value()), currency, Decimals.amount(covered), Decimals.showPercent(ratio),
                    thresholds.insuranceRatioPercent().toPlainString());
        }
    }
}
