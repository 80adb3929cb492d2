package org.tradecert.crossdoc;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Conversion of UNECE Recommendation 20 units to the base unit of their kind, in exact decimals. */
class Rec20UnitsTest {

    @ParameterizedTest(name = "{0} {1} = {2} {3}")
    @CsvSource({
            "1.2, TNE, 1200, KGM",
            "1, LBR, 0.45359237, KGM",
            "16, ONZ, 0.453592370, KGM",
            "2500, GRM, 2.5, KGM",
            "3, DZN, 36, C62",
            "1, GRO, 144, C62",
            "7, H87, 7, C62",
            "7, EA, 7, C62",
            "250, LTR, 0.25, MTQ",
            "1, GLL, 0.003785411784, MTQ",
            "12, INH, 0.3048, MTR",
            "2, PR, 2, PR",
            "5, MWH, 5000, KWH"})
    void convertsToBaseUnit(String value, String unit, String expected, String baseUnit) {
        Rec20Units.Converted converted = Rec20Units.convert(new BigDecimal(value), unit).orElseThrow();

        assertThat(converted.value()).isEqualByComparingTo(expected);
        assertThat(converted.unit()).isEqualTo(baseUnit);
    }

    @Test
    void pairsAndPiecesAreDifferentKinds() {
        Rec20Units.Converted pairs = Rec20Units.convert(BigDecimal.TEN, "PR").orElseThrow();
        Rec20Units.Converted pieces = Rec20Units.convert(BigDecimal.TEN, "H87").orElseThrow();

        assertThat(pairs.comparableWith(pieces)).isFalse();
    }

    @Test
    void unknownUnitComparesOnlyWithItself() {
        Rec20Units.Converted first = Rec20Units.convert(BigDecimal.ONE, "XBX").orElseThrow();
        Rec20Units.Converted second = Rec20Units.convert(new BigDecimal("2"), "XBX").orElseThrow();

        assertThat(first.kind()).isNull();
        assertThat(first.unit()).isEqualTo("XBX");
        assertThat(first.comparableWith(second)).isTrue();
        assertThat(first.comparableWith(Rec20Units.convert(BigDecimal.ONE, "KGM").orElseThrow())).isFalse();
    }

    @Test
    void missingUnitOrValueGivesNothing() {
        assertThat(Rec20Units.convert(BigDecimal.ONE, null)).isEmpty();
        assertThat(Rec20Units.convert(Fact.of("12.5"))).isEmpty();
        assertThat(Rec20Units.convert(new Fact("twelve", "KGM", null, 0, null))).isEmpty();
    }

    @Test
    void kilogramsOnlyForMass() {
        assertThat(Rec20Units.kilograms(new Fact("34.6", "TNE", null, 0, null))).hasValueSatisfying(
                kilograms -> assertThat(kilograms).isEqualByComparingTo("34600"));
        assertThat(Rec20Units.kilograms(new Fact("94.5", "MTQ", null, 0, null))).isEmpty();
    }
}
