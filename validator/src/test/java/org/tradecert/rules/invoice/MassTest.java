package org.tradecert.rules.invoice;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tradecert.model.udt.v1.MeasureType;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class MassTest {

    private static MeasureType measure(String value, String unit) {
        MeasureType measure = new MeasureType();
        measure.setValue(new BigDecimal(value));
        measure.setUnitCode(unit);
        return measure;
    }

    @ParameterizedTest
    @CsvSource({"34600, KGM, 34600.000", "34.6, TNE, 34600.000", "1500, GRM, 1.500", "1, LBR, 0.454", "16, ONZ, 0.454", "2000000, MGM, 2.000"})
    void kilogramsToTheGram(String value, String unit, String kilograms) {
        assertThat(Mass.kilograms(measure(value, unit))).hasValueSatisfying(kg -> assertThat(kg).isEqualByComparingTo(kilograms));
    }

    @Test
    void volumeIsNoMass() {
        assertThat(Mass.kilograms(measure("94.5", "MTQ"))).isEmpty();
    }

    @Test
    void kilogramTextWithoutTrailingZeros() {
        assertThat(Mass.kilogramText(new BigDecimal("34600.000"))).isEqualTo("34600 KGM");
        assertThat(Mass.kilogramText(new BigDecimal("412.500"))).isEqualTo("412.5 KGM");
    }
}
