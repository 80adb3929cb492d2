package org.tradecert.crypto;

import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.util.BigIntegers;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.spec.ECFieldFp;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.EllipticCurve;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The digital-signature example in Annex A of GB/T 32918.2-2016 (GM/T 0003.2-2012): the
 * example on the annex's 256-bit prime-field test curve (not sm2p256v1), with user id
 * {@code ALICE123@YAHOO.COM} and message {@code message digest}.
 *
 * <p>The numbers come from two public copies of that example, which agree: BouncyCastle's
 * {@code SM2SignerTest} (bcgit/bc-java, core/src/test/java/org/bouncycastle/crypto/test) gives
 * the curve, the private key, the nonce k and (r, s); GmSSL's {@code test/sm2test.c}
 * (guanzhi/GmSSL) gives the same and adds the public key, Z_A and e.
 * NOTE: the text of the standard itself was not at hand to compare against.
 */
class Sm2KnownAnswerTest {

    private static final BigInteger P = hex("8542D69E4C044F18E8B92435BF6FF7DE457283915C45517D722EDB8B08F1DFC3");
    private static final BigInteger A = hex("787968B4FA32C3FD2417842E73BBFEFF2F3C848B6831D7E0EC65228B3937E498");
    private static final BigInteger B = hex("63E4C6D3B23B0C849CF84241484BFE48F61D59A5B16BA06E6E12D1DA27C5249A");
    private static final BigInteger GX = hex("421DEBD61B62EAB6746434EBC3CC315E32220B3BADD50BDC4C4E6C147FEDD43D");
    private static final BigInteger GY = hex("0680512BCBB42C07D47349D2153B70C4E5D7FDFCBFA36EA1A85841B9E46E09A2");
    private static final BigInteger N = hex("8542D69E4C044F18E8B92435BF6FF7DD297720630485628D5AE74EE7C32E79B7");

    private static final BigInteger D_A = hex("128B2FA8BD433C6C068C8D803DFF79792A519A55171B1B650C23661D15897263");
    private static final BigInteger X_A = hex("0AE4C7798AA0F119471BEE11825BE46202BB79E2A5844495E97C04FF4DF2548A");
    private static final BigInteger Y_A = hex("7C0240F88F1CD4E16352A73C17B7F16F07353E53A176D684A9FE0C6BB798E857");

    private static final byte[] USER_ID = "ALICE123@YAHOO.COM".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MESSAGE = "message digest".getBytes(StandardCharsets.US_ASCII);

    private static final byte[] Z_A = Hex.decode("F4A38489E32B45B6F876E3AC2168CA392362DC8F23459C1D1146FC3DBFB7BC9A");
    private static final byte[] E = Hex.decode("B524F552CD82B8B028476E005C377FB19A87E6FC682D48BB5D42E3D9B9EFFE76");
    private static final BigInteger K = hex("6CB28D99385C175C94F94E934817663FC176D925DD72B727260DBAAE1FB2F96F");
    private static final BigInteger R = hex("40F1EC59F793D9F49E09DCEF49130D4194F79FB1EED2CAA55BACDB49C4E755D1");
    private static final BigInteger S = hex("6FC6DAC32C5D5CF10C77DFB20F7C2EB667A457872FB09EC56327A67EC7DEEBE7");

    private static final ECCurve CURVE = new ECCurve.Fp(P, A, B, N, BigInteger.ONE);
    private static final ECDomainParameters DOMAIN = new ECDomainParameters(CURVE, CURVE.createPoint(GX, GY), N, BigInteger.ONE);

    @Test
    void publicKeyIsPrivateKeyTimesGenerator() {
        org.bouncycastle.math.ec.ECPoint q = DOMAIN.getG().multiply(D_A).normalize();

        assertThat(q.getAffineXCoord().toBigInteger()).isEqualTo(X_A);
        assertThat(q.getAffineYCoord().toBigInteger()).isEqualTo(Y_A);
    }

    @Test
    void zMatchesAnnex() {
        ECParameterSpec curve = new ECParameterSpec(new EllipticCurve(new ECFieldFp(P), A, B), new ECPoint(GX, GY), N, 1);

        byte[] z = Signatures.sm2Z(curve, new ECPoint(X_A, Y_A), USER_ID);

        assertThat(z).isEqualTo(Z_A);
    }

    @Test
    void messageDigestMatchesAnnex() {
        assertThat(DigestAlgorithm.SM3.digest(Z_A, MESSAGE)).isEqualTo(E);
    }

    @Test
    void verifierAcceptsAnnexSignature() {
        Verification result = Signatures.verifySm2(publicKey(), USER_ID, MESSAGE, signature(R, S));

        assertThat(result).isEqualTo(Verification.VALID);
    }

    @Test
    void verifierRejectsAnnexSignatureUnderDefaultUserId() {
        Verification result = Signatures.verifySm2(publicKey(), Sm2.DEFAULT_USER_ID, MESSAGE, signature(R, S));

        assertThat(result).isEqualTo(Verification.INVALID);
    }

    @Test
    void verifierRejectsNegatedS() {
        Verification result = Signatures.verifySm2(publicKey(), USER_ID, MESSAGE, signature(R, N.subtract(S)));

        assertThat(result).isEqualTo(Verification.INVALID);
    }

    @Test
    void signingWithAnnexNonceReproducesAnnexSignature() {
        ECPrivateKeyParameters privateKey = new ECPrivateKeyParameters(D_A, DOMAIN);

        byte[] signature = Signatures.signSm2(privateKey, USER_ID, MESSAGE, fixedNonce(K));

        assertThat(Hex.toHexString(signature)).isEqualTo(Hex.toHexString(signature(R, S)));
    }

    private static ECPublicKeyParameters publicKey() {
        return new ECPublicKeyParameters(CURVE.createPoint(X_A, Y_A), DOMAIN);
    }

    private static byte[] signature(BigInteger r, BigInteger s) {
        byte[] out = new byte[64];
        BigIntegers.asUnsignedByteArray(r, out, 0, 32);
        BigIntegers.asUnsignedByteArray(s, out, 32, 32);
        return out;
    }

    /** A random source that returns the annex's nonce k, which BouncyCastle draws as 32 random bytes. */
    private static SecureRandom fixedNonce(BigInteger k) {
        byte[] bytes = BigIntegers.asUnsignedByteArray(32, k);
        return new SecureRandom() {
            @Override
            public void nextBytes(byte[] out) {
                assertThat(out).as("requested random bytes").hasSize(bytes.length);
                System.arraycopy(bytes, 0, out, 0, bytes.length);
            }
        };
    }

    private static BigInteger hex(String value) {
        return new BigInteger(value, 16);
    }
}
