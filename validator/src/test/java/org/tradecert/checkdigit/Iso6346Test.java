package org.tradecert.checkdigit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Iso6346Test {

    @ParameterizedTest
    @ValueSource(strings = {"CSQU3054383", "MSKU9070323", "APZU4812090", "BOHU1024615", "BOHU2047359"})
    void validContainerNumberAccepted(String number) {
        assertThat(Iso6346.isValid(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CSQU3054383", "MSKU9070323", "APZU4812090", "BOHU1024615", "BOHU2047359"})
    void checkCharacterMatchesLastDigit(String number) {
        assertThat(Iso6346.checkCharacter(number.substring(0, 10))).isEqualTo(number.charAt(10));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "MSCU9988776",      // wrong check digit: it computes to 3
            "CSQU3054384",      // last digit changed
            "CSQU3054838",      // two digits swapped
            "CSQX3054383",      // category X is not U, J or Z
            "csqu3054383",      // lower case
            "CSQU305438",       // ten characters
            "CSQU30543830",     // twelve characters
            "CSQU 3054383",     // space
            "C5QU3054383",      // digit in the owner code
            "CSQU30543A3",      // letter in the serial number
            "           ",
    })
    void malformedOrWrongNumberRejected(String number) {
        assertThat(Iso6346.isValid(number)).isFalse();
    }

    @Test
    void remainderTenGivesZero() {
        assertThat(Iso6346.checkCharacter("APZU481209")).isEqualTo('0');
    }

    @Test
    void checkCharacterRejectsMalformedInput() {
        assertThatThrownBy(() -> Iso6346.checkCharacter("CSQU30543"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CSQU30543");
    }
}
