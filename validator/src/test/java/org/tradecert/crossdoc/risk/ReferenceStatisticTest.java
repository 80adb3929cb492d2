package org.tradecert.crossdoc.risk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferenceStatisticTest {

    private static ReferenceStatistic statistic(String min, String q1, String median, String q3, String max) {
        return new ReferenceStatistic("850440", ReferenceStatistic.Kind.UNIT_VALUE, "H87", "USD", null, null, 20, new BigDecimal(min),
                new BigDecimal(q1), new BigDecimal(median), new BigDecimal(q3), new BigDecimal(max), new BigDecimal("10"));
    }

    @Test
    void fencesAreTukeysOnTheLogScale() {
        // Q3 / Q1 = 1.5625, its square root 1.25, and 1.25^3 = 1.953125 for k = 1.5.
        ReferenceStatistic.Range fences = statistic("50", "80", "100", "125", "200").fences(new BigDecimal("1.5"));

        assertThat(fences.lower()).isEqualByComparingTo("40.96");
        assertThat(fences.upper()).isEqualByComparingTo("244.141");
    }

    @Test
    void largerMultiplierWidensFences() {
        ReferenceStatistic.Range fences = statistic("50", "80", "100", "125", "200").fences(new BigDecimal("3"));

        // 1.25^6 = 3.814697265625
        assertThat(fences.lower()).isEqualByComparingTo("20.9715");
        assertThat(fences.upper()).isEqualByComparingTo("476.837");
    }

    @Test
    void equalQuartilesGetMinimumSpread() {
        ReferenceStatistic.Range fences = statistic("100", "100", "100", "100", "100").fences(new BigDecimal("1"));

        // The ratio is floored at 1.1, and k = 1 takes it to the power 1.
        assertThat(fences.lower()).isEqualByComparingTo("90.9091");
        assertThat(fences.upper()).isEqualByComparingTo("110");
    }

    @ParameterizedTest
    @CsvSource({"0", "1.2", "-1.5"})
    void multiplierMustBeHalfSteps(String multiplier) {
        assertThatThrownBy(() -> statistic("50", "80", "100", "125", "200").fences(new BigDecimal(multiplier)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(multiplier);
    }

    @ParameterizedTest
    @CsvSource({"40, 0", "50, 0", "65, 12", "80, 25", "90, 38", "100, 50", "125, 75", "162.5, 88", "200, 100", "900, 100"})
    void percentileInterpolatesBetweenQuartiles(String value, int percentile) {
        assertThat(statistic("50", "80", "100", "125", "200").estimatedPercentile(new BigDecimal(value))).isEqualByComparingTo(
                BigDecimal.valueOf(percentile));
    }

    @Test
    void describeNamesEveryStatistic() {
        assertThat(statistic("50", "80", "100.00", "125", "200").describe())
                .isEqualTo("HS 850440 unit-value USD/H87: n=20 min=50 Q1=80 median=100 Q3=125 max=200 MAD=10");
    }
}
