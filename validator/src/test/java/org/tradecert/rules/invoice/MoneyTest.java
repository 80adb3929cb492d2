package org.tradecert.rules.invoice;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyTest {

    @ParameterizedTest
    @CsvSource({"USD, 2", "CNY, 2", "JPY, 0", "KWD, 3", "XXX, 2", "QQQ, 2"})
    void minorUnitFromIso4217(String currency, int digits) {
        assertThat(Money.minorUnit(currency)).isEqualTo(digits);
    }

    @ParameterizedTest
    @CsvSource({"102600.005, USD, 102600.01", "102600.0049, USD, 102600.00", "1234.5, JPY, 1235", "-2.345, EUR, -2.35", "1.0005, KWD, 1.001"})
    void roundHalfUpToMinorUnit(String value, String currency, String rounded) {
        assertThat(Money.round(new BigDecimal(value), currency)).isEqualByComparingTo(rounded);
        assertThat(Money.round(new BigDecimal(value), currency).toPlainString()).isEqualTo(rounded);
    }

    @ParameterizedTest
    @CsvSource({"1E+3, 1000", "0.10, 0.10", "235520.00, 235520.00"})
    void plainWithoutExponent(String value, String text) {
        assertThat(Money.plain(new BigDecimal(value))).isEqualTo(text);
    }
}
