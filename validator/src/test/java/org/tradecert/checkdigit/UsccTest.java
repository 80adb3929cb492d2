package org.tradecert.checkdigit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UsccTest {

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000600037341L", "91120116MA05TC707B", "91120118MA06JG3099"})
    void validUsccAccepted(String uscc) {
        assertThat(Uscc.isValid(uscc)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000600037341L", "91120116MA05TC707B", "91120118MA06JG3099"})
    void checkCharacterMatchesLastCharacter(String uscc) {
        assertThat(Uscc.checkCharacter(uscc.substring(0, 17))).isEqualTo(uscc.charAt(17));
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000600037341L", "91120116MA05TC707B", "91120118MA06JG3099"})
    void embeddedOrganisationCodeValid(String uscc) {
        assertThat(Uscc.organisationCodeValid(uscc)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "91350100M000100Y4Z",    // Z is not in the alphabet, and the check character is 3
            "91350100M000100Y44",    // wrong check character
            "91350100I000100Y43",    // I
            "91350100O000100Y43",    // O
            "91350100S000100Y43",    // S
            "91350100V000100Y43",    // V
            "91350100Z000100Y43",    // Z
            "91350100m000100y43",    // lower case
            "91350100M000100Y4",     // seventeen characters
            "91350100M000100Y433",   // nineteen characters
            "91350100M000100Y 3",
            "                  ",
    })
    void malformedOrWrongUsccRejected(String uscc) {
        assertThat(Uscc.isValid(uscc)).isFalse();
    }

    @Test
    void wrongOrganisationCodeDetected() {
        // Positions 9 to 17 end in 3 instead of L; the USCC check character is recomputed to match.
        String body = "9111000060003734" + "3";
        String uscc = body + Uscc.checkCharacter(body);

        assertThat(Uscc.isValid(uscc)).isTrue();
        assertThat(Uscc.organisationCodeValid(uscc)).isFalse();
    }

    @Test
    void organisationCodeCheckRejectsInvalidUscc() {
        assertThat(Uscc.organisationCodeValid("91350100M000100Y44")).isFalse();
        assertThat(Uscc.organisationCodeValid(null)).isFalse();
    }

    @Test
    void checkCharacterRejectsMalformedInput() {
        assertThatThrownBy(() -> Uscc.checkCharacter("91350100I000100Y4"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("91350100I000100Y4");
    }
}
