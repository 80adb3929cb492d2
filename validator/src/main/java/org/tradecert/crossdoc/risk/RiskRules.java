package org.tradecert.crossdoc.risk;

import org.tradecert.crossdoc.CrossDocumentRule;
import org.tradecert.crossdoc.FactExtractor;

import java.util.List;

/**
 * The risk indicators P1 to P10 (layer 10): warnings with evidence for targeting, never
 * rejections. P3 and P8 share one price history, so P3 must run before P8, as it does in this
 * list's order.
 */
public final class RiskRules {

    private static final List<CrossDocumentRule> ALL = create(ReferenceStatistics.bundled(), RiskThresholds.defaults());

    private RiskRules() {
    }

    /** Returns the indicators with the bundled reference statistics and the default thresholds. */
    public static List<CrossDocumentRule> all() {
        return ALL;
    }

    /** Creates indicators over another reference table or with other thresholds, each with its own summaries across transactions. */
    public static List<CrossDocumentRule> create(ReferenceStatistics table, RiskThresholds thresholds) {
        PriceHistory history = new PriceHistory(thresholds);
        return List.of(
                new UnitValueOutlier(table, thresholds),
                new MirrorPriceGap(table, thresholds),
                new PriceHistoryDeparture(history, thresholds),
                new DeclaredPriceGap(thresholds),
                new OverPayment(),
                new SplitPayment(thresholds),
                new PaymentCurrency(),
                new ThirdCountryPayment(),
                new FreightRatio(thresholds),
                new InsuranceRatio(thresholds),
                new ValueDensity(table, thresholds),
                new RelatedPartyPrice(table, thresholds, history),
                new RepeatedTotal(thresholds),
                new RoundTotals(thresholds),
                new FirstDigits(thresholds),
                new NetWeightPerUnit(table, thresholds));
    }

    /** Returns the extractor of the payer's, its bank's and the buyer's countries, which the per-type extractors do not take. */
    public static List<FactExtractor<?>> extractors() {
        return List.of(new RiskFactExtractor());
    }
}
