package org.tradecert.crypto;

import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.jcajce.spec.SM2ParameterSpec;
import org.bouncycastle.util.BigIntegers;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignaturesTest {

    private static final byte[] MESSAGE = "eyJhbGciOiJTTTItU00zIn0.eyJkb2NJZCI6IklOVi0yMDI1LTAwNDIifQ".getBytes(StandardCharsets.US_ASCII);

    /** Group order n of P-256 (FIPS 186-4 §D.1.2.3); sm2p256v1 has its own n. */
    private static final BigInteger P256_N = new BigInteger("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551", 16);
    private static final BigInteger SM2_N = new BigInteger("fffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54123", 16);

    private static final Map<SignatureAlgorithm, KeyPair> KEYS = new EnumMap<>(SignatureAlgorithm.class);

    @BeforeAll
    static void generateKeys() {
        for (SignatureAlgorithm algorithm : SignatureAlgorithm.values()) {
            KEYS.put(algorithm, Keys.generate(algorithm));
        }
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void signatureVerifies(SignatureAlgorithm algorithm) {
        byte[] signature = sign(algorithm, MESSAGE);

        assertThat(signature).hasSize(64);
        assertThat(verify(algorithm, MESSAGE, signature)).isEqualTo(Verification.VALID);
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void emptyMessageSignatureVerifies(SignatureAlgorithm algorithm) {
        byte[] signature = sign(algorithm, new byte[0]);

        assertThat(verify(algorithm, new byte[0], signature)).isEqualTo(Verification.VALID);
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void flippedMessageBitIsInvalid(SignatureAlgorithm algorithm) {
        byte[] signature = sign(algorithm, MESSAGE);
        byte[] altered = MESSAGE.clone();
        altered[10] ^= 0x01;

        assertThat(verify(algorithm, altered, signature)).isEqualTo(Verification.INVALID);
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void flippedSignatureBitIsInvalid(SignatureAlgorithm algorithm) {
        byte[] signature = sign(algorithm, MESSAGE);
        // The lowest bit of r (of R for Ed25519), which keeps r in range.
        signature[31] ^= 0x01;

        assertThat(verify(algorithm, MESSAGE, signature)).isEqualTo(Verification.INVALID);
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void otherKeyOfSameAlgorithmIsInvalid(SignatureAlgorithm algorithm) {
        byte[] signature = sign(algorithm, MESSAGE);
        PublicKey other = Keys.generate(algorithm).getPublic();

        assertThat(Signatures.verify(algorithm, other, MESSAGE, signature, false)).isEqualTo(Verification.INVALID);
    }

    @Test
    void es256SignaturesAreAlwaysLowS() {
        for (int i = 0; i < 300; i++) {
            byte[] message = ("message " + i).getBytes(StandardCharsets.US_ASCII);

            byte[] signature = sign(SignatureAlgorithm.ES256, message);
            BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, 32, 64));

            assertThat(s).as("s of signature %d", i).isLessThanOrEqualTo(P256_N.shiftRight(1));
            assertThat(verify(SignatureAlgorithm.ES256, message, signature)).as("signature %d", i).isEqualTo(Verification.VALID);
        }
    }

    @Test
    void es256SigningIsDeterministic() {
        assertThat(sign(SignatureAlgorithm.ES256, MESSAGE)).isEqualTo(sign(SignatureAlgorithm.ES256, MESSAGE));
    }

    /**
     * RFC 6979 Appendix A.2.5: P-256 with SHA-256, message "sample". The published s is above
     * n/2, so the expected output carries n − s in its place.
     */
    @Test
    void es256MatchesRfc6979SampleWithLowS() throws Exception {
        BigInteger x = new BigInteger("C9AFA9D845BA75166B5C215767B1D6934E50C3DB36E89B127B8A622B120F6721", 16);
        BigInteger r = new BigInteger("EFD48B2AACB6A8FD1140DD9CD45E81D69D2C877B56AAF991C34D0EA84EAF3716", 16);
        BigInteger s = new BigInteger("F7CB1C942D657C41D436C7A1B6E29F65F3E900DBB9AFF4064DC4AB2F843ACDA8", 16);
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC", BouncyCastle.PROVIDER);
        parameters.init(new ECGenParameterSpec("secp256r1"));
        PrivateKey key = KeyFactory.getInstance("EC", BouncyCastle.PROVIDER)
                .generatePrivate(new ECPrivateKeySpec(x, parameters.getParameterSpec(ECParameterSpec.class)));

        byte[] signature = Signatures.sign(SignatureAlgorithm.ES256, key, "sample".getBytes(StandardCharsets.US_ASCII));

        assertThat(Arrays.copyOfRange(signature, 0, 32)).isEqualTo(BigIntegers.asUnsignedByteArray(32, r));
        assertThat(Arrays.copyOfRange(signature, 32, 64)).isEqualTo(BigIntegers.asUnsignedByteArray(32, P256_N.subtract(s)));
    }

    /** RFC 8032 §7.1, TEST 1: the empty message under the first test key. */
    @Test
    void ed25519MatchesRfc8032Test1() throws Exception {
        byte[] seed = Hex.decode("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
        byte[] publicKey = Hex.decode("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        byte[] expected = Hex.decode("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                + "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
        Ed25519PrivateKeyParameters parameters = new Ed25519PrivateKeyParameters(seed);
        PrivateKeyInfo info = PrivateKeyInfoFactory.createPrivateKeyInfo(parameters);
        PrivateKey key = KeyFactory.getInstance("Ed25519", BouncyCastle.PROVIDER).generatePrivate(new PKCS8EncodedKeySpec(info.getEncoded()));

        byte[] signature = Signatures.sign(SignatureAlgorithm.ED25519, key, new byte[0]);

        assertThat(parameters.generatePublicKey().getEncoded()).isEqualTo(publicKey);
        assertThat(signature).isEqualTo(expected);
    }

    static Stream<Arguments> outOfRangeValues() {
        return Stream.of(SignatureAlgorithm.ES256, SignatureAlgorithm.SM2_SM3).flatMap(algorithm -> {
            BigInteger n = algorithm == SignatureAlgorithm.ES256 ? P256_N : SM2_N;
            return Stream.of(
                    Arguments.of(algorithm, "r = 0", BigInteger.ZERO, null),
                    Arguments.of(algorithm, "s = 0", null, BigInteger.ZERO),
                    Arguments.of(algorithm, "r = s = 0", BigInteger.ZERO, BigInteger.ZERO),
                    Arguments.of(algorithm, "r = n", n, null),
                    Arguments.of(algorithm, "s = n", null, n),
                    Arguments.of(algorithm, "r = 2^256 - 1", BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE), null));
        });
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("outOfRangeValues")
    void valueOutsideGroupOrderIsOutOfRange(SignatureAlgorithm algorithm, String description, BigInteger r, BigInteger s) {
        byte[] valid = sign(algorithm, MESSAGE);
        BigInteger validR = new BigInteger(1, Arrays.copyOfRange(valid, 0, 32));
        BigInteger validS = new BigInteger(1, Arrays.copyOfRange(valid, 32, 64));

        byte[] signature = new SignatureValues(r == null ? validR : r, s == null ? validS : s).toRaw();

        assertThat(verify(algorithm, MESSAGE, signature)).isEqualTo(Verification.OUT_OF_RANGE);
        assertThat(Signatures.verifyDer(algorithm, KEYS.get(algorithm).getPublic(), MESSAGE, der(signature), false))
                .isEqualTo(Verification.OUT_OF_RANGE);
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void wrongSignatureLengthIsBadEncoding(SignatureAlgorithm algorithm) {
        byte[] signature = sign(algorithm, MESSAGE);

        assertThat(verify(algorithm, MESSAGE, Arrays.copyOf(signature, 63))).isEqualTo(Verification.BAD_ENCODING);
        assertThat(verify(algorithm, MESSAGE, Arrays.copyOf(signature, 65))).isEqualTo(Verification.BAD_ENCODING);
        assertThat(verify(algorithm, MESSAGE, new byte[0])).isEqualTo(Verification.BAD_ENCODING);
        assertThat(verify(algorithm, MESSAGE, null)).isEqualTo(Verification.BAD_ENCODING);
    }

    @Test
    void highSEs256RejectedOnlyWhenLowSRequired() {
        byte[] signature = sign(SignatureAlgorithm.ES256, MESSAGE);
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(signature, 0, 32));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, 32, 64));
        byte[] highS = new SignatureValues(r, P256_N.subtract(s)).toRaw();
        PublicKey key = KEYS.get(SignatureAlgorithm.ES256).getPublic();

        assertThat(Signatures.verify(SignatureAlgorithm.ES256, key, MESSAGE, highS, true)).isEqualTo(Verification.HIGH_S);
        assertThat(Signatures.verify(SignatureAlgorithm.ES256, key, MESSAGE, highS, false)).isEqualTo(Verification.VALID);
    }

    @Test
    void sm2IgnoresLowSRequirement() {
        byte[] signature = sign(SignatureAlgorithm.SM2_SM3, MESSAGE);
        PublicKey key = KEYS.get(SignatureAlgorithm.SM2_SM3).getPublic();

        assertThat(Signatures.verify(SignatureAlgorithm.SM2_SM3, key, MESSAGE, signature, true)).isEqualTo(Verification.VALID);
    }

    @Test
    void sm2SignatureWithEs256KeyIsKeyMismatch() {
        byte[] signature = sign(SignatureAlgorithm.SM2_SM3, MESSAGE);
        PublicKey es256Key = KEYS.get(SignatureAlgorithm.ES256).getPublic();

        assertThat(Signatures.verify(SignatureAlgorithm.SM2_SM3, es256Key, MESSAGE, signature, false)).isEqualTo(Verification.KEY_MISMATCH);
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void keyOfAnotherAlgorithmIsKeyMismatch(SignatureAlgorithm algorithm) {
        byte[] signature = sign(algorithm, MESSAGE);
        for (SignatureAlgorithm other : SignatureAlgorithm.values()) {
            if (other != algorithm) {
                PublicKey key = KEYS.get(other).getPublic();

                assertThat(Signatures.verify(algorithm, key, MESSAGE, signature, false)).as("%s key", other).isEqualTo(Verification.KEY_MISMATCH);
                assertThat(Signatures.verifyDer(algorithm, key, MESSAGE, signature, false)).as("%s key", other).isEqualTo(Verification.KEY_MISMATCH);
            }
        }
        assertThat(Signatures.verify(algorithm, null, MESSAGE, signature, false)).isEqualTo(Verification.KEY_MISMATCH);
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void signingWithKeyOfAnotherAlgorithmRejected(SignatureAlgorithm algorithm) {
        SignatureAlgorithm other = algorithm == SignatureAlgorithm.ES256 ? SignatureAlgorithm.SM2_SM3 : SignatureAlgorithm.ES256;
        PrivateKey key = KEYS.get(other).getPrivate();

        assertThatThrownBy(() -> Signatures.sign(algorithm, key, MESSAGE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(algorithm.jwsName());
    }

    @Test
    void sm2EmptyUserIdFailsVerification() throws Exception {
        KeyPair pair = KEYS.get(SignatureAlgorithm.SM2_SM3);
        ECPrivateKeyParameters privateKey = (ECPrivateKeyParameters) PrivateKeyFactory.createKey(pair.getPrivate().getEncoded());
        ECPublicKeyParameters publicKey = (ECPublicKeyParameters) PublicKeyFactory.createKey(pair.getPublic().getEncoded());

        byte[] signature = Signatures.signSm2(privateKey, new byte[0], MESSAGE, BouncyCastle.RANDOM);

        assertThat(Signatures.verify(SignatureAlgorithm.SM2_SM3, pair.getPublic(), MESSAGE, signature, false)).isEqualTo(Verification.INVALID);
        assertThat(Signatures.verifySm2(publicKey, new byte[0], MESSAGE, signature)).isEqualTo(Verification.VALID);
    }

    @Test
    void sm2InteroperatesWithBouncyCastleJcaSignature() throws Exception {
        KeyPair pair = KEYS.get(SignatureAlgorithm.SM2_SM3);
        byte[] ours = sign(SignatureAlgorithm.SM2_SM3, MESSAGE);

        Signature verifier = Signature.getInstance("SM3withSM2", BouncyCastle.PROVIDER);
        verifier.setParameter(new SM2ParameterSpec("1234567812345678".getBytes(StandardCharsets.US_ASCII)));
        verifier.initVerify(pair.getPublic());
        verifier.update(MESSAGE);
        Signature signer = Signature.getInstance("SM3withSM2", BouncyCastle.PROVIDER);
        signer.initSign(pair.getPrivate());
        signer.update(MESSAGE);
        byte[] theirs = signer.sign();

        assertThat(verifier.verify(der(ours))).isTrue();
        assertThat(Signatures.verifyDer(SignatureAlgorithm.SM2_SM3, pair.getPublic(), MESSAGE, theirs, false)).isEqualTo(Verification.VALID);
    }

    @Test
    void es256InteroperatesWithJdkSignature() throws Exception {
        KeyPair pair = KEYS.get(SignatureAlgorithm.ES256);
        KeyFactory jdkFactory = KeyFactory.getInstance("EC", "SunEC");
        PublicKey jdkPublic = jdkFactory.generatePublic(new X509EncodedKeySpec(pair.getPublic().getEncoded()));
        PrivateKey jdkPrivate = jdkFactory.generatePrivate(new PKCS8EncodedKeySpec(pair.getPrivate().getEncoded()));
        byte[] ours = sign(SignatureAlgorithm.ES256, MESSAGE);

        Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format", "SunEC");
        verifier.initVerify(jdkPublic);
        verifier.update(MESSAGE);
        Signature signer = Signature.getInstance("SHA256withECDSA", "SunEC");
        signer.initSign(jdkPrivate);
        signer.update(MESSAGE);
        byte[] theirs = signer.sign();

        assertThat(verifier.verify(ours)).isTrue();
        assertThat(Signatures.verifyDer(SignatureAlgorithm.ES256, jdkPublic, MESSAGE, theirs, false)).isEqualTo(Verification.VALID);
    }

    @Test
    void ed25519InteroperatesWithJdkSignature() throws Exception {
        KeyPair pair = KEYS.get(SignatureAlgorithm.ED25519);
        KeyFactory jdkFactory = KeyFactory.getInstance("Ed25519", "SunEC");
        PublicKey jdkPublic = jdkFactory.generatePublic(new X509EncodedKeySpec(pair.getPublic().getEncoded()));
        PrivateKey jdkPrivate = jdkFactory.generatePrivate(new PKCS8EncodedKeySpec(pair.getPrivate().getEncoded()));
        byte[] ours = sign(SignatureAlgorithm.ED25519, MESSAGE);

        Signature verifier = Signature.getInstance("Ed25519", "SunEC");
        verifier.initVerify(jdkPublic);
        verifier.update(MESSAGE);
        Signature signer = Signature.getInstance("Ed25519", "SunEC");
        signer.initSign(jdkPrivate);
        signer.update(MESSAGE);
        byte[] theirs = signer.sign();

        assertThat(verifier.verify(ours)).isTrue();
        assertThat(Signatures.verify(SignatureAlgorithm.ED25519, jdkPublic, MESSAGE, theirs, false)).isEqualTo(Verification.VALID);
    }

    @ParameterizedTest
    @EnumSource(value = SignatureAlgorithm.class, names = {"SM2_SM3", "ES256"})
    void derSignatureVerifies(SignatureAlgorithm algorithm) {
        byte[] signature = sign(algorithm, MESSAGE);

        assertThat(Signatures.verifyDer(algorithm, KEYS.get(algorithm).getPublic(), MESSAGE, der(signature), true)).isEqualTo(Verification.VALID);
    }

    static Stream<Arguments> nonStrictDer() {
        return Stream.of(
                Arguments.of("trailing byte", (DerEdit) d -> concat(d, new byte[] {0x00})),
                Arguments.of("long-form sequence length", (DerEdit) d -> concat(new byte[] {0x30, (byte) 0x81, d[1]}, Arrays.copyOfRange(d, 2, d.length))),
                Arguments.of("indefinite sequence length", (DerEdit) d -> concat(new byte[] {0x30, (byte) 0x80}, Arrays.copyOfRange(d, 2, d.length), new byte[] {0, 0})),
                Arguments.of("sequence length one too long", (DerEdit) d -> withByte(d, 1, d[1] + 1)),
                Arguments.of("sequence length one too short", (DerEdit) d -> withByte(d, 1, d[1] - 1)),
                Arguments.of("SET instead of SEQUENCE", (DerEdit) d -> withByte(d, 0, 0x31)),
                Arguments.of("r padded with a needless zero", (DerEdit) d -> der(new byte[] {0x00}, values(d)[0], values(d)[1])),
                Arguments.of("r negative", (DerEdit) d -> der(new byte[0], negative(values(d)[0]), values(d)[1])),
                Arguments.of("r as OCTET STRING", (DerEdit) d -> withByte(d, 2, 0x04)),
                Arguments.of("s missing", (DerEdit) d -> {
                    byte[] r = Arrays.copyOfRange(d, 2, 4 + d[3]);
                    return concat(new byte[] {0x30, (byte) r.length}, r);
                }),
                Arguments.of("empty", (DerEdit) d -> new byte[0]),
                Arguments.of("raw r‖s", (DerEdit) d -> raw(d)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nonStrictDer")
    void nonStrictDerIsBadEncoding(String description, DerEdit edit) {
        for (SignatureAlgorithm algorithm : new SignatureAlgorithm[] {SignatureAlgorithm.ES256, SignatureAlgorithm.SM2_SM3}) {
            byte[] der = der(sign(algorithm, MESSAGE));

            byte[] edited = edit.apply(der);

            assertThat(Signatures.verifyDer(algorithm, KEYS.get(algorithm).getPublic(), MESSAGE, edited, false))
                    .as("%s: %s", algorithm, Hex.toHexString(edited))
                    .isEqualTo(Verification.BAD_ENCODING);
        }
    }

    @Test
    void derForEd25519IsBadEncoding() {
        byte[] signature = sign(SignatureAlgorithm.ED25519, MESSAGE);

        assertThat(Signatures.verifyDer(SignatureAlgorithm.ED25519, KEYS.get(SignatureAlgorithm.ED25519).getPublic(), MESSAGE, signature, false))
                .isEqualTo(Verification.BAD_ENCODING);
    }

    /** A hand-made key object whose encoding names P-256 but whose point is not on the curve. */
    @Test
    void ecPointOffCurveIsKeyMismatch() {
        byte[] encoded = KEYS.get(SignatureAlgorithm.ES256).getPublic().getEncoded().clone();
        encoded[encoded.length - 1] ^= 0x01;
        PublicKey offCurve = encodedKey("EC", encoded);
        byte[] signature = sign(SignatureAlgorithm.ES256, MESSAGE);

        assertThat(Keys.algorithmOf(offCurve)).hasValue(SignatureAlgorithm.ES256);
        assertThat(Signatures.verify(SignatureAlgorithm.ES256, offCurve, MESSAGE, signature, false)).isEqualTo(Verification.KEY_MISMATCH);
    }

    /** An Ed25519 key whose 32 bytes (y = 2) BouncyCastle cannot decode as a curve point. */
    @Test
    void ed25519PointOffCurveIsKeyMismatch() {
        byte[] raw = new byte[32];
        raw[0] = 2;
        byte[] encoded = concat(Hex.decode("302a300506032b6570032100"), raw);
        PublicKey offCurve = encodedKey("Ed25519", encoded);
        byte[] signature = sign(SignatureAlgorithm.ED25519, MESSAGE);

        assertThat(Keys.algorithmOf(offCurve)).hasValue(SignatureAlgorithm.ED25519);
        assertThat(Signatures.verify(SignatureAlgorithm.ED25519, offCurve, MESSAGE, signature, false)).isEqualTo(Verification.KEY_MISMATCH);
    }

    private static PublicKey encodedKey(String algorithm, byte[] encoded) {
        return new PublicKey() {
            @Override
            public String getAlgorithm() {
                return algorithm;
            }

            @Override
            public String getFormat() {
                return "X.509";
            }

            @Override
            public byte[] getEncoded() {
                return encoded.clone();
            }
        };
    }

    @Test
    void sm2ZOfGeneratedKeyIs32Bytes() {
        java.security.interfaces.ECPublicKey key = (java.security.interfaces.ECPublicKey) KEYS.get(SignatureAlgorithm.SM2_SM3).getPublic();

        byte[] z = Signatures.sm2Z(key, "1234567812345678".getBytes(StandardCharsets.US_ASCII));

        assertThat(z).hasSize(32);
        assertThat(z).isNotEqualTo(Signatures.sm2Z(key, new byte[0]));
    }

    @Test
    void sm2ZRejectsOverlongUserId() {
        java.security.interfaces.ECPublicKey key = (java.security.interfaces.ECPublicKey) KEYS.get(SignatureAlgorithm.SM2_SM3).getPublic();

        assertThatThrownBy(() -> Signatures.sm2Z(key, new byte[8192])).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] sign(SignatureAlgorithm algorithm, byte[] message) {
        return Signatures.sign(algorithm, KEYS.get(algorithm).getPrivate(), message);
    }

    private static Verification verify(SignatureAlgorithm algorithm, byte[] message, byte[] signature) {
        return Signatures.verify(algorithm, KEYS.get(algorithm).getPublic(), message, signature, false);
    }

    /** Encodes a raw r‖s signature as DER. */
    static byte[] der(byte[] raw) {
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(raw, 0, 32));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(raw, 32, 64));
        try {
            return new DERSequence(new ASN1Integer[] {new ASN1Integer(r), new ASN1Integer(s)}).getEncoded();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] raw(byte[] der) {
        byte[][] values = values(der);
        return new SignatureValues(new BigInteger(1, values[0]), new BigInteger(1, values[1])).toRaw();
    }

    /** Returns the content octets of the two INTEGERs of a DER signature. */
    private static byte[][] values(byte[] der) {
        ASN1Sequence sequence = ASN1Sequence.getInstance(der);
        return new byte[][] {
                ((ASN1Integer) sequence.getObjectAt(0)).getValue().toByteArray(),
                ((ASN1Integer) sequence.getObjectAt(1)).getValue().toByteArray()};
    }

    /** Writes SEQUENCE { INTEGER prefix‖r, INTEGER s } with short-form lengths and no checks. */
    private static byte[] der(byte[] prefix, byte[] r, byte[] s) {
        byte[] first = concat(new byte[] {0x02, (byte) (prefix.length + r.length)}, prefix, r);
        byte[] second = concat(new byte[] {0x02, (byte) s.length}, s);
        return concat(new byte[] {0x30, (byte) (first.length + second.length)}, first, second);
    }

    /** Two's-complement bytes of −value, which a strict decoder must reject. */
    private static byte[] negative(byte[] value) {
        return new BigInteger(1, value).negate().toByteArray();
    }

    private static byte[] withByte(byte[] bytes, int index, int value) {
        byte[] copy = bytes.clone();
        copy[index] = (byte) value;
        return copy;
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] out = new byte[length];
        int offset = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, offset, part.length);
            offset += part.length;
        }
        return out;
    }

    @FunctionalInterface
    interface DerEdit {
        byte[] apply(byte[] der);
    }
}
