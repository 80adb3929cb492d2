package org.tradecert.checkdigit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AirWaybillNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"963-26100454", "020-12345675", "96326100454", "02012345675"})
    void validAirWaybillNumberAccepted(String number) {
        assertThat(AirWaybillNumber.isValid(number)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "020-01234565", "02001234565", "020-12345676",
            "020-1234567", "0201234567", "020-123456750", "02-012345675", "020 12345675", "020--2345675",
            "O20-12345675", "020-1234567X", "            ",
    })
    void malformedOrWrongNumberRejected(String number) {
        assertThat(AirWaybillNumber.isValid(number)).isFalse();
    }

    @Test
    void checkCharacterIsSerialModSeven() {
        assertThat(AirWaybillNumber.checkCharacter("020-1234567")).isEqualTo('5');
        assertThat(AirWaybillNumber.checkCharacter("9632610045")).isEqualTo('4');
    }

    @Test
    void checkCharacterRejectsMalformedInput() {
        assertThatThrownBy(() -> AirWaybillNumber.checkCharacter("020-123456")).isInstanceOf(IllegalArgumentException.class);
    }
}
