package org.tradecert.checkdigit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImoNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"9074729", "9321483", "9811000", "IMO 9074729", "IMO 9321483", "IMO 9811000"})
    void validImoNumberAccepted(String number) {
        assertThat(ImoNumber.isValid(number)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "7654321", "IMO 7654321", "9074728",
            "907472", "90747290", "IMO9074729", "imo 9074729", "IMO  9074729", "9O74729", "IMO ", " 9074729",
    })
    void malformedOrWrongNumberRejected(String number) {
        assertThat(ImoNumber.isValid(number)).isFalse();
    }

    @Test
    void checkCharacterMatchesLastDigit() {
        assertThat(ImoNumber.checkCharacter("907472")).isEqualTo('9');
        assertThat(ImoNumber.checkCharacter("981100")).isEqualTo('0');
    }

    @Test
    void checkCharacterRejectsMalformedInput() {
        assertThatThrownBy(() -> ImoNumber.checkCharacter("90747A")).isInstanceOf(IllegalArgumentException.class);
    }
}
