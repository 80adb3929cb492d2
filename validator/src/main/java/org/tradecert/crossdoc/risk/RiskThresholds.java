package org.tradecert.crossdoc.risk;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The thresholds of the risk indicators. They decide only when a warning is raised, never a
 * rejection; a network tunes them to its own trade. The defaults are starting points of
 * common targeting practice, not values from a regulation.
 *
 * @param fenceMultiplier           k of the logarithmic Tukey fences against reference statistics (default 1.5; a multiple of 0.5)
 * @param declaredPriceGapPercent   how far a declared unit price may differ from the invoiced one, after the Incoterms adjustment (default 5 %)
 * @param historyMinimum            the earlier transactions a price series needs before a price is compared with it (default 5)
 * @param historyWindow             the most recent prices kept per series (default 16)
 * @param historyScore              the modified z-score above which a price departs from its series (default 3.5, after Iglewicz and Hoaglin)
 * @param historyMadFloorPercent    the smallest spread assumed for a series, as a share of its median, so a series of equal prices does not flag every change (default 5 %)
 * @param maxPaymentsPerInvoice     payments an invoice may be settled in before the split is flagged (default 2)
 * @param freightRatioPercent       the highest plausible freight as a share of the goods value, by UNECE Recommendation 19 mode; key {@code *} for other modes
 * @param insuranceRatioPercent     the highest plausible insurance premium as a share of the goods value plus freight (default 2 %)
 * @param repeatedTotalMinimum      earlier transactions with the same total from the same seller before a total is flagged as repeated (default 1)
 * @param roundUnit                 an amount that is a whole multiple of this is round (default 1000)
 * @param roundMinimumTotals        totals of a seller seen before the share of round ones is judged (default 10)
 * @param roundSharePercent         the share of round totals at which a seller is flagged (default 50 %)
 * @param benfordMinimum            line amounts of a seller seen before their first digits are judged (default 100)
 * @param benfordMadLimit           the mean absolute deviation from Benford's proportions above which first digits do not conform (default 0.015, Nigrini's limit for first digits)
 * @param summaryCapacity           the most series, totals and sellers the indicators across transactions remember in one run; the least recently seen are forgotten first (default 20000)
 */
public record RiskThresholds(
        BigDecimal fenceMultiplier,
        BigDecimal declaredPriceGapPercent,
        int historyMinimum,
        int historyWindow,
        BigDecimal historyScore,
        BigDecimal historyMadFloorPercent,
        int maxPaymentsPerInvoice,
        Map<String, BigDecimal> freightRatioPercent,
        BigDecimal insuranceRatioPercent,
        int repeatedTotalMinimum,
        BigDecimal roundUnit,
        int roundMinimumTotals,
        BigDecimal roundSharePercent,
        int benfordMinimum,
        BigDecimal benfordMadLimit,
        int summaryCapacity) {

    public RiskThresholds {
        freightRatioPercent = Map.copyOf(freightRatioPercent);
        if (!freightRatioPercent.containsKey("*")) {
            throw new IllegalArgumentException("the freight ratios need a '*' entry for modes without their own");
        }
    }

    /**
     * Returns the defaults. Freight may reach 30 % of the goods value by sea, road or rail and
     * 50 % by air, where heavy goods of low value pay much for speed.
     */
    public static RiskThresholds defaults() {
        return new RiskThresholds(new BigDecimal("1.5"), new BigDecimal("5"), 5, 16, new BigDecimal("3.5"), new BigDecimal("5"), 2,
                Map.of("1", new BigDecimal("30"), "2", new BigDecimal("30"), "3", new BigDecimal("30"), "4", new BigDecimal("50"),
                        "*", new BigDecimal("50")),
                new BigDecimal("2"), 1, new BigDecimal("1000"), 10, new BigDecimal("50"), 100, new BigDecimal("0.015"), 20_000);
    }

    /** Returns the highest plausible freight share for a Recommendation 19 mode. */
    public BigDecimal freightRatioPercent(String mode) {
        return mode == null ? freightRatioPercent.get("*") : freightRatioPercent.getOrDefault(mode, freightRatioPercent.get("*"));
    }
}
