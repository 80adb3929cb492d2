package org.tradecert.crossdoc.risk;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The robust statistics of one group of observed unit values or unit weights: the goods of one
 * HS code (subheading, heading or chapter) per one Recommendation 20 unit, in one currency for
 * values, optionally from one reporter's exports or imports. Unit values are in the currency
 * per unit; unit weights are net kilograms per unit.
 *
 * @param hs       the HS subheading (6 digits), heading (4) or chapter (2)
 * @param unit     the Recommendation 20 unit the values are per, e.g. {@code H87} or {@code KGM}
 * @param currency the ISO 4217 currency of unit values; null for unit weights
 * @param flow     {@code export} or {@code import} when the group is one reporter's trade flow; null for all trade
 * @param reporter the ISO 3166 country that reported the flow; null for all trade
 * @param count    the number of observations
 * @param mad      the median absolute deviation from the median, unscaled
 */
public record ReferenceStatistic(
        String hs,
        Kind kind,
        String unit,
        String currency,
        String flow,
        String reporter,
        int count,
        BigDecimal min,
        BigDecimal q1,
        BigDecimal median,
        BigDecimal q3,
        BigDecimal max,
        BigDecimal mad) {

    /** The quantity the observations measure. */
    public enum Kind {
        UNIT_VALUE("unit-value"), UNIT_WEIGHT("unit-weight");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Kind parse(String text) {
            for (Kind kind : values()) {
                if (kind.label.equals(text)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("unknown statistic kind '" + text + "'; expected unit-value or unit-weight");
        }
    }

    /** The smallest ratio of the third to the first quartile the fences use, so a group of near-identical prices does not flag every small difference. */
    static final BigDecimal MINIMUM_QUARTILE_RATIO = new BigDecimal("1.1");

    /** A closed range of plausible values. */
    public record Range(BigDecimal lower, BigDecimal upper) {

        public boolean contains(BigDecimal value) {
            return value.compareTo(lower) >= 0 && value.compareTo(upper) <= 0;
        }
    }

    /**
     * Tukey's fences taken on the logarithmic scale, where prices are roughly symmetric:
     * {@code Q1 / s} to {@code Q3 * s} with {@code s = (Q3 / Q1)^k}. On the linear scale the lower
     * fence of a skewed price distribution is often negative and would never catch
     * under-invoicing. The power is taken as a power of the square root, so no logarithm and no
     * binary floating point is needed.
     *
     * @param multiplier k, a positive multiple of 0.5 (1.5 for Tukey's outer fences, 3 for far-out values)
     * @throws IllegalArgumentException when the multiplier is not a positive multiple of 0.5
     */
    public Range fences(BigDecimal multiplier) {
        BigDecimal halves = multiplier.multiply(BigDecimal.valueOf(2));
        if (multiplier.signum() <= 0 || halves.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("the fence multiplier " + multiplier.toPlainString() + " is not a positive multiple of 0.5");
        }
        BigDecimal ratio = q3.divide(q1, MathContext.DECIMAL64).max(MINIMUM_QUARTILE_RATIO);
        BigDecimal spread = ratio.sqrt(MathContext.DECIMAL64).pow(halves.intValueExact(), MathContext.DECIMAL64);
        return new Range(round(q1.divide(spread, MathContext.DECIMAL64)), round(q3.multiply(spread, MathContext.DECIMAL64)));
    }

    /**
     * Estimates the percentile of a value in the observed distribution, by linear
     * interpolation between the minimum (0), the quartiles and the maximum (100). It is a
     * reading aid for the officer, not a statistic of its own: outside the observed range it is
     * 0 or 100.
     */
    public BigDecimal estimatedPercentile(BigDecimal value) {
        BigDecimal[] points = {min, q1, median, q3, max};
        if (value.compareTo(min) <= 0) {
            return BigDecimal.ZERO;
        }
        for (int i = 1; i < points.length; i++) {
            if (value.compareTo(points[i]) <= 0) {
                BigDecimal width = points[i].subtract(points[i - 1]);
                BigDecimal base = BigDecimal.valueOf(25L * (i - 1));
                if (width.signum() == 0) {
                    return base;
                }
                BigDecimal within = value.subtract(points[i - 1]).multiply(BigDecimal.valueOf(25)).divide(width, MathContext.DECIMAL64);
                return base.add(within).setScale(0, RoundingMode.HALF_EVEN);
            }
        }
        return BigDecimal.valueOf(100);
    }

    /** Returns the unit of the values for messages: {@code USD/H87} for unit values, {@code KGM/H87} for unit weights. */
    public String measure() {
        return (kind == Kind.UNIT_VALUE ? currency : "KGM") + "/" + unit;
    }

    /** Describes the statistic in one line of evidence, in the notation of the standard's codes so that it reads the same in every language. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append("HS ").append(hs).append(' ').append(kind.label()).append(' ').append(measure());
        if (flow != null) {
            text.append(' ').append(reporter == null ? "" : reporter + " ").append(flow);
        }
        text.append(": n=").append(count)
                .append(" min=").append(plain(min))
                .append(" Q1=").append(plain(q1))
                .append(" median=").append(plain(median))
                .append(" Q3=").append(plain(q3))
                .append(" max=").append(plain(max))
                .append(" MAD=").append(plain(mad));
        return text.toString();
    }

    /** Checks whether the group is the given flow and reporter, or all trade when the flow is null. */
    public boolean matchesFlow(String wantedFlow, String wantedReporter) {
        if (wantedFlow == null) {
            return flow == null;
        }
        return wantedFlow.equals(flow) && wantedReporter != null && wantedReporter.toUpperCase(Locale.ROOT).equals(reporter);
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** Six significant digits are plenty for a fence and keep messages short. */
    private static BigDecimal round(BigDecimal value) {
        return value.round(new MathContext(6, RoundingMode.HALF_EVEN));
    }
}
