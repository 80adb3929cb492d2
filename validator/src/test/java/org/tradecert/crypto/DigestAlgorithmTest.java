package org.tradecert.crypto;

import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class DigestAlgorithmTest {

    private static final byte[] ABC = "abc".getBytes(StandardCharsets.US_ASCII);

    /**
     * SM3 of "abc" and of "abcd" repeated 16 times are the two examples of GB/T 32905-2016
     * Annex A; SHA-256 of "abc" is the one-block example of FIPS 180-2 Appendix B.1.
     */
    @ParameterizedTest
    @CsvSource({
            "SM3,    abc, 66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0",
            "SM3,    abcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcd, debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732",
            "SHA256, abc, ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    })
    void hexMatchesPublishedExample(DigestAlgorithm algorithm, String message, String expectedHex) {
        assertThat(algorithm.hex(message.getBytes(StandardCharsets.US_ASCII))).isEqualTo(expectedHex);
    }

    @ParameterizedTest
    @EnumSource(DigestAlgorithm.class)
    void partsDigestEqualsDigestOfConcatenation(DigestAlgorithm algorithm) {
        byte[] whole = "abcdef".getBytes(StandardCharsets.US_ASCII);

        byte[] fromParts = algorithm.digest(new byte[] {'a'}, "bcd".getBytes(StandardCharsets.US_ASCII), new byte[0],
                "ef".getBytes(StandardCharsets.US_ASCII));

        assertThat(fromParts).isEqualTo(algorithm.digest(whole));
    }

    @ParameterizedTest
    @EnumSource(DigestAlgorithm.class)
    void digestIs32Bytes(DigestAlgorithm algorithm) {
        assertThat(algorithm.digest(ABC)).hasSize(32);
        assertThat(algorithm.digestLength()).isEqualTo(32);
    }

    @ParameterizedTest
    @EnumSource(DigestAlgorithm.class)
    void hexIsLowercaseDigest(DigestAlgorithm algorithm) {
        String hex = algorithm.hex(ABC);

        assertThat(hex).matches("[0-9a-f]{64}");
        assertThat(Hex.decode(hex)).isEqualTo(algorithm.digest(ABC));
    }

    @Test
    void jwsNamesAreStatementNames() {
        assertThat(DigestAlgorithm.SM3.jwsName()).isEqualTo("SM3");
        assertThat(DigestAlgorithm.SHA256.jwsName()).isEqualTo("SHA-256");
    }

    @ParameterizedTest
    @EnumSource(DigestAlgorithm.class)
    void byNameFindsEachJwsName(DigestAlgorithm algorithm) {
        assertThat(DigestAlgorithm.byName(algorithm.jwsName())).hasValue(algorithm);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "sm3", "SHA256", "sha-256", "SHA-1", "MD5", " SM3"})
    void byNameRejectsOtherNames(String name) {
        assertThat(DigestAlgorithm.byName(name)).isEmpty();
    }
}
