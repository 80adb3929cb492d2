package org.tradecert.crypto;

import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.util.BigIntegers;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.spec.ECFieldFp;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.util.Objects;

/**
 * SM2 signatures with SM3 (GB/T 32918.2) through BouncyCastle's {@link SM2Signer}, and the
 * user-information hash Z computed independently of it.
 */
final class Sm2 {

    /** The default user id of GM/T 0009, which the envelope fixes for every SM2 signature. */
    static final byte[] DEFAULT_USER_ID = "1234567812345678".getBytes(StandardCharsets.US_ASCII);

    /** Maximum length of a user id in bytes, because its length in bits must fit the two bytes of ENTL. */
    static final int MAX_USER_ID_LENGTH = 0xffff / 8;

    private Sm2() {
    }

    /**
     * Computes Z = SM3(ENTL ‖ ID ‖ a ‖ b ‖ xG ‖ yG ‖ xA ‖ yA), where ENTL is the bit length of the
     * user id as two big-endian bytes and every field element is big-endian, left-padded to the
     * byte length of the field.
     *
     * @throws IllegalArgumentException if the curve is not over a prime field or the user id is
     *     longer than {@value #MAX_USER_ID_LENGTH} bytes
     */
    static byte[] z(ECParameterSpec parameters, ECPoint publicPoint, byte[] userId) {
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(publicPoint, "publicPoint");
        Objects.requireNonNull(userId, "userId");
        if (!(parameters.getCurve().getField() instanceof ECFieldFp field)) {
            throw new IllegalArgumentException("SM2 needs a curve over a prime field");
        }
        if (userId.length > MAX_USER_ID_LENGTH) {
            throw new IllegalArgumentException("the SM2 user id has " + userId.length + " bytes; the maximum is " + MAX_USER_ID_LENGTH);
        }
        int size = (field.getFieldSize() + 7) / 8;

        SM3Digest digest = new SM3Digest();
        int bits = userId.length * 8;
        digest.update((byte) (bits >>> 8));
        digest.update((byte) bits);
        digest.update(userId, 0, userId.length);
        for (BigInteger element : new BigInteger[] {
                parameters.getCurve().getA(), parameters.getCurve().getB(),
                parameters.getGenerator().getAffineX(), parameters.getGenerator().getAffineY(),
                publicPoint.getAffineX(), publicPoint.getAffineY()}) {
            byte[] bytes = BigIntegers.asUnsignedByteArray(size, element);
            digest.update(bytes, 0, bytes.length);
        }

        byte[] z = new byte[digest.getDigestSize()];
        digest.doFinal(z, 0);
        return z;
    }

    /** Signs with a random nonce from {@code random} and returns {@code r‖s}, each value padded to the byte length of n. */
    static byte[] sign(ECPrivateKeyParameters key, byte[] userId, byte[] message, SecureRandom random) {
        SM2Signer signer = new SM2Signer(PlainDSAEncoding.INSTANCE, new SM3Digest());
        signer.init(true, new ParametersWithID(new ParametersWithRandom(key, random), userId));
        signer.update(message, 0, message.length);
        try {
            return signer.generateSignature();
        } catch (CryptoException e) {
            throw new IllegalStateException("SM2 signing failed: " + e.getMessage(), e);
        }
    }

    /** Returns whether {@code values} satisfy the SM2 verification equation; the caller has checked their range. */
    static boolean verify(ECPublicKeyParameters key, byte[] userId, byte[] message, SignatureValues values) {
        SM2Signer signer = new SM2Signer(PlainDSAEncoding.INSTANCE, new SM3Digest());
        signer.init(false, new ParametersWithID(key, userId));
        signer.update(message, 0, message.length);
        return signer.verifySignature(PlainDSAEncoding.INSTANCE.encode(key.getParameters().getN(), values.r(), values.s()));
    }
}
