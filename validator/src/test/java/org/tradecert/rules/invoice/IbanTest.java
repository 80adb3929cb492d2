package org.tradecert.rules.invoice;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class IbanTest {

    /** Numbers whose check digits were computed here with the ISO 7064 MOD 97-10 procedure. */
    @ParameterizedTest
    @ValueSource(strings = {"DE89370400440532013000", "DE89 3704 0044 0532 0130 00", "NL57 RABO 0107307510", "GB82WEST12345698765432", "NO9386011117947",
            "gb82west12345698765432"})
    void validIbans(String iban) {
        assertThat(Iban.isValid(iban)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"DE88370400440532013000", "IT1212341234123412", "DK1212341234123412", "XX", "IBAN", "Debited account identifier",
            "12DE370400440532013000", "DE8937040044053201300_"})
    void invalidIbans(String iban) {
        assertThat(Iban.isValid(iban)).isFalse();
    }
}
