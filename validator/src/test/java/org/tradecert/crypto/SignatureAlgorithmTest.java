package org.tradecert.crypto;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SignatureAlgorithmTest {

    @ParameterizedTest
    @CsvSource({"SM2_SM3, SM2-SM3", "ES256, ES256", "ED25519, Ed25519"})
    void jwsNameRoundTrips(SignatureAlgorithm algorithm, String jwsName) {
        assertThat(algorithm.jwsName()).isEqualTo(jwsName);
        assertThat(SignatureAlgorithm.byJwsName(jwsName)).hasValue(algorithm);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"none", "None", "HS256", "RS256", "ES384", "EdDSA", "ed25519", "es256", "SM2", "sm2-sm3", "SM2_SM3", "", " ES256"})
    void byJwsNameRejectsOtherNames(String name) {
        assertThat(SignatureAlgorithm.byJwsName(name)).isEmpty();
    }
}
