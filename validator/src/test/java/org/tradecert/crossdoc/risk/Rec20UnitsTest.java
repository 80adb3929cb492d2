package org.tradecert.crossdoc.risk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class Rec20UnitsTest {

    @ParameterizedTest
    @CsvSource({
            "1, TNE, KGM, 1000",
            "1000, GRM, KGM, 1",
            "1, LBR, KGM, 0.45359237",
            "2, DZN, H87, 24",
            "1, GRO, C62, 144",
            "1500, KGM, TNE, 1.5",
            "1, MTQ, LTR, 1000",
            "12, INH, FOT, 1",
            "5, pr, NPR, 5"})
    void convertsWithinDimension(String quantity, String from, String to, String expected) {
        assertThat(Rec20Units.convert(new BigDecimal(quantity), from, to)).hasValueSatisfying(
                value -> assertThat(value).isEqualByComparingTo(expected));
    }

    @ParameterizedTest
    @CsvSource({"KGM, H87", "PR, H87", "SET, H87", "XYZ, KGM", "KGM, LTR"})
    void refusesAcrossDimensions(String from, String to) {
        assertThat(Rec20Units.convert(BigDecimal.ONE, from, to)).isEmpty();
    }

    @Test
    void knowsUnitsOfMass() {
        assertThat(Rec20Units.isMass("KGM")).isTrue();
        assertThat(Rec20Units.isMass("lbr")).isTrue();
        assertThat(Rec20Units.isMass("H87")).isFalse();
        assertThat(Rec20Units.isMass(null)).isFalse();
    }
}
