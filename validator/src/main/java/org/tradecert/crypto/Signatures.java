package org.tradecert.crypto;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.util.Objects;
import java.util.Optional;

/**
 * Creates and checks signatures of SM2-SM3, ES256 and Ed25519 with BouncyCastle's lightweight API.
 *
 * <p>SM2 and ES256 signatures are raw {@code r‖s}, 64 bytes, each value big-endian and left-padded,
 * as in RFC 7518 §3.4. SM2 uses the default user id {@code 1234567812345678}. ES256 uses
 * deterministic nonces (RFC 6979) and always produces low-S signatures ({@code s ≤ n/2}).
 *
 * <p>The verify methods do not throw on hostile signatures or keys: every failure maps to a
 * {@link Verification}, and only a null algorithm or message, a programming error, raises a
 * {@link NullPointerException}. They check {@code 1 ≤ r, s ≤ n−1} themselves before
 * BouncyCastle runs, so a zero signature can never pass (the CVE-2022-21449 class of bug).
 */
public final class Signatures {

    /**
     * Public keys already converted, by their encoding. Reusing one parameter object lets
     * BouncyCastle keep its precomputed multiples of the key's point between verifications, which
     * makes repeated SM2 and ES256 checks of one signer markedly cheaper.
     */
    private static final BoundedCache<ByteBuffer, AsymmetricKeyParameter> PUBLIC_PARAMETERS = new BoundedCache<>(1024);

    private Signatures() {
    }

    /**
     * Signs {@code message} with {@code key}.
     *
     * @throws IllegalArgumentException if the key is not a key of {@code algorithm} (see {@link Keys#algorithmOf(PrivateKey)})
     */
    public static byte[] sign(SignatureAlgorithm algorithm, PrivateKey key, byte[] message) {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(message, "message");
        Optional<SignatureAlgorithm> keyAlgorithm = Keys.algorithmOf(key);
        if (keyAlgorithm.isEmpty() || keyAlgorithm.get() != algorithm) {
            throw new IllegalArgumentException("the private key is a " + keyAlgorithm.map(SignatureAlgorithm::jwsName).orElse("unsupported")
                    + " key and cannot sign with " + algorithm.jwsName());
        }

        AsymmetricKeyParameter parameters = privateParameters(key);
        return switch (algorithm) {
            case SM2_SM3 -> Sm2.sign((ECPrivateKeyParameters) parameters, Sm2.DEFAULT_USER_ID, message, BouncyCastle.RANDOM);
            case ES256 -> signEs256((ECPrivateKeyParameters) parameters, message);
            case ED25519 -> signEd25519((Ed25519PrivateKeyParameters) parameters, message);
        };
    }

    /**
     * Checks a raw signature: {@code r‖s} (64 bytes) for SM2-SM3 and ES256, 64 bytes for Ed25519.
     * The checks run in this order, and the first that fails decides the result:
     * <ol>
     *   <li>the key belongs to {@code algorithm}, else {@link Verification#KEY_MISMATCH}. A public
     *       key whose point is not on its curve fails here too;</li>
     *   <li>the signature has 64 bytes, else {@link Verification#BAD_ENCODING};</li>
     *   <li>for SM2-SM3 and ES256, r and s lie in [1, n−1], else {@link Verification#OUT_OF_RANGE};</li>
     *   <li>with {@code requireLowS}, an ES256 signature has {@code s ≤ n/2}, else {@link Verification#HIGH_S};</li>
     *   <li>the verification equation holds, else {@link Verification#INVALID}. BouncyCastle fails
     *       an Ed25519 signature with a non-canonical {@code S ≥ L} here.</li>
     * </ol>
     */
    public static Verification verify(SignatureAlgorithm algorithm, PublicKey key, byte[] message, byte[] signature,
                                      boolean requireLowS) {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(message, "message");
        Optional<AsymmetricKeyParameter> parameters = publicParameters(algorithm, key);
        if (parameters.isEmpty()) {
            return Verification.KEY_MISMATCH;
        }

        if (algorithm == SignatureAlgorithm.ED25519) {
            return verifyEd25519((Ed25519PublicKeyParameters) parameters.get(), message, signature);
        }
        Optional<SignatureValues> values = SignatureValues.fromRaw(signature);
        if (values.isEmpty()) {
            return Verification.BAD_ENCODING;
        }
        return verifyValues(algorithm, (ECPublicKeyParameters) parameters.get(), message, values.get(), requireLowS);
    }

    /**
     * Checks an SM2-SM3 or ES256 signature in DER, {@code SEQUENCE { INTEGER r, INTEGER s }}, like
     * {@link #verify}. Anything but strict DER gives {@link Verification#BAD_ENCODING}: trailing
     * bytes, the indefinite length form, non-minimal lengths or INTEGERs, and negative values.
     * Ed25519 has no DER form, so an Ed25519 request gives {@link Verification#BAD_ENCODING} as well.
     */
    public static Verification verifyDer(SignatureAlgorithm algorithm, PublicKey key, byte[] message, byte[] derSignature,
                                         boolean requireLowS) {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(message, "message");
        Optional<AsymmetricKeyParameter> parameters = publicParameters(algorithm, key);
        if (parameters.isEmpty()) {
            return Verification.KEY_MISMATCH;
        }

        if (algorithm == SignatureAlgorithm.ED25519) {
            return Verification.BAD_ENCODING;
        }
        Optional<SignatureValues> values = DerSignature.decode(derSignature);
        if (values.isEmpty()) {
            return Verification.BAD_ENCODING;
        }
        return verifyValues(algorithm, (ECPublicKeyParameters) parameters.get(), message, values.get(), requireLowS);
    }

    /** Computes the SM2 user-information hash Z_A of a public key on a prime-field curve; see {@link #sm2Z(ECParameterSpec, ECPoint, byte[])}. */
    public static byte[] sm2Z(ECPublicKey key, byte[] userId) {
        Objects.requireNonNull(key, "key");
        return Sm2.z(key.getParams(), key.getW(), userId);
    }

    /**
     * Computes the SM2 user-information hash Z_A = SM3(ENTL ‖ ID ‖ a ‖ b ‖ xG ‖ yG ‖ xA ‖ yA)
     * of GB/T 32918.2 for any curve over a prime field, such as the test curve of the
     * standard's examples.
     *
     * @throws IllegalArgumentException if the curve is not over a prime field or the user id is
     *     longer than 8191 bytes
     */
    public static byte[] sm2Z(ECParameterSpec curve, ECPoint publicPoint, byte[] userId) {
        return Sm2.z(curve, publicPoint, userId);
    }

    /** Signs with SM2 under any user id and nonce source; the known-answer test passes a fixed nonce. */
    static byte[] signSm2(ECPrivateKeyParameters key, byte[] userId, byte[] message, SecureRandom random) {
        return Sm2.sign(key, userId, message, random);
    }

    /** Checks a raw SM2 signature under any user id and on any curve, with the range checks of {@link #verify}. */
    static Verification verifySm2(ECPublicKeyParameters key, byte[] userId, byte[] message, byte[] signature) {
        Optional<SignatureValues> values = SignatureValues.fromRaw(signature);
        if (values.isEmpty()) {
            return Verification.BAD_ENCODING;
        }
        if (!values.get().inRange(key.getParameters().getN())) {
            return Verification.OUT_OF_RANGE;
        }
        try {
            return Sm2.verify(key, userId, message, values.get()) ? Verification.VALID : Verification.INVALID;
        } catch (RuntimeException e) {
            return Verification.INVALID;
        }
    }

    private static Verification verifyValues(SignatureAlgorithm algorithm, ECPublicKeyParameters key, byte[] message,
                                             SignatureValues values, boolean requireLowS) {
        BigInteger n = key.getParameters().getN();
        if (!values.inRange(n)) {
            return Verification.OUT_OF_RANGE;
        }
        if (algorithm == SignatureAlgorithm.ES256 && requireLowS && values.isHighS(n)) {
            return Verification.HIGH_S;
        }

        boolean valid;
        try {
            if (algorithm == SignatureAlgorithm.SM2_SM3) {
                valid = Sm2.verify(key, Sm2.DEFAULT_USER_ID, message, values);
            } else {
                ECDSASigner verifier = new ECDSASigner();
                verifier.init(false, key);
                valid = verifier.verifySignature(sha256(message), values.r(), values.s());
            }
        } catch (RuntimeException e) {
            // BouncyCastle reports some malformed input with runtime exceptions; none of them makes a signature valid.
            valid = false;
        }
        return valid ? Verification.VALID : Verification.INVALID;
    }

    private static byte[] signEs256(ECPrivateKeyParameters key, byte[] message) {
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, key);
        BigInteger[] rs = signer.generateSignature(sha256(message));

        // (r, n − s) is also valid, so only the lower of the two is ever produced.
        BigInteger n = key.getParameters().getN();
        SignatureValues values = new SignatureValues(rs[0], rs[1]);
        if (values.isHighS(n)) {
            values = new SignatureValues(rs[0], n.subtract(rs[1]));
        }
        return values.toRaw();
    }

    private static byte[] signEd25519(Ed25519PrivateKeyParameters key, byte[] message) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, key);
        signer.update(message, 0, message.length);
        return signer.generateSignature();
    }

    private static Verification verifyEd25519(Ed25519PublicKeyParameters key, byte[] message, byte[] signature) {
        if (signature == null || signature.length != Ed25519PrivateKeyParameters.SIGNATURE_SIZE) {
            return Verification.BAD_ENCODING;
        }
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, key);
        verifier.update(message, 0, message.length);
        try {
            return verifier.verifySignature(signature) ? Verification.VALID : Verification.INVALID;
        } catch (RuntimeException e) {
            // As for ECDSA and SM2: a runtime exception from BouncyCastle never means valid.
            return Verification.INVALID;
        }
    }

    private static byte[] sha256(byte[] message) {
        return DigestAlgorithm.SHA256.digest(message);
    }

    private static AsymmetricKeyParameter privateParameters(PrivateKey key) {
        try {
            return PrivateKeyFactory.createKey(key.getEncoded());
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("the private key cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Converts a public key of {@code algorithm} to BouncyCastle parameters, or returns empty when
     * the key belongs to another algorithm or its point is not on the curve.
     */
    private static Optional<AsymmetricKeyParameter> publicParameters(SignatureAlgorithm algorithm, PublicKey key) {
        if (Keys.algorithmOf(key).filter(algorithm::equals).isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(PUBLIC_PARAMETERS.computeIfAbsent(ByteBuffer.wrap(key.getEncoded()), Signatures::decodePublic));
    }

    private static AsymmetricKeyParameter decodePublic(ByteBuffer encoded) {
        try {
            return PublicKeyFactory.createKey(encoded.array());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
