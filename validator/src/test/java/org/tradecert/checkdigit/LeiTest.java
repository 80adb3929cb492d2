package org.tradecert.checkdigit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LeiTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "5493001KJTIIGC8Y1R12", "529900T8BM49AURSDO55", "7LTWFZYICNSX8D621K86",
            "HWUPKR0MPOU8FGXBT394", "213800D1EI4B9WTWWD28", "724500VDBERG0IND0189",
    })
    void validLeiAccepted(String lei) {
        assertThat(Lei.isValid(lei)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "5493001KJTIIGC8Y1R12", "529900T8BM49AURSDO55", "7LTWFZYICNSX8D621K86",
            "HWUPKR0MPOU8FGXBT394", "213800D1EI4B9WTWWD28", "724500VDBERG0IND0189",
    })
    void checkDigitsMatchLastTwo(String lei) {
        assertThat(Lei.checkDigits(lei.substring(0, 18))).isEqualTo(lei.substring(18));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "5493001KJTIIGC8Y1R12", "529900T8BM49AURSDO55", "7LTWFZYICNSX8D621K86",
            "HWUPKR0MPOU8FGXBT394", "213800D1EI4B9WTWWD28", "724500VDBERG0IND0189",
    })
    void anySingleChangedCharacterRejected(String lei) {
        for (int i = 0; i < lei.length(); i++) {
            String altered = lei.substring(0, i) + neighbour(lei.charAt(i)) + lei.substring(i + 1);

            assertThat(Lei.isValid(altered)).as(altered).isFalse();
        }
    }

    /** Returns another character of the same kind: the next digit or letter, or the previous one at 9 and Z. */
    private static char neighbour(char c) {
        if (c == '9' || c == 'Z') {
            return (char) (c - 1);
        }
        return (char) (c + 1);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "5493001KJTIIGC8Y1R1", "5493001KJTIIGC8Y1R123", "5493001kjtiigc8y1r12", "5493001KJTIIGC8Y1R1A",
            "5493001KJTIIGC8Y1R 2", "5493001KJTIIGC8Y-R12", "                    ",
    })
    void malformedLeiRejected(String lei) {
        assertThat(Lei.isValid(lei)).isFalse();
    }

    @Test
    void checkDigitsRejectMalformedInput() {
        assertThatThrownBy(() -> Lei.checkDigits("5493001KJTIIGC8Y1")).isInstanceOf(IllegalArgumentException.class);
    }
}
