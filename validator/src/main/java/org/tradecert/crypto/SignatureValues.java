package org.tradecert.crypto;

import org.bouncycastle.util.BigIntegers;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;

/** The two values {@code (r, s)} of an ECDSA or SM2 signature, both non-negative. */
record SignatureValues(BigInteger r, BigInteger s) {

    /** Length of one value in the raw {@code r‖s} form for a 256-bit group order. */
    static final int VALUE_LENGTH = 32;

    /** Splits a raw {@code r‖s} signature of exactly 64 bytes, or returns empty for any other length. */
    static Optional<SignatureValues> fromRaw(byte[] signature) {
        if (signature == null || signature.length != 2 * VALUE_LENGTH) {
            return Optional.empty();
        }
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(signature, 0, VALUE_LENGTH));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, VALUE_LENGTH, 2 * VALUE_LENGTH));
        return Optional.of(new SignatureValues(r, s));
    }

    /** Returns whether {@code 1 ≤ r ≤ n−1} and {@code 1 ≤ s ≤ n−1}. */
    boolean inRange(BigInteger n) {
        return r.signum() > 0 && r.compareTo(n) < 0 && s.signum() > 0 && s.compareTo(n) < 0;
    }

    /** Returns whether {@code s > n/2}, the larger of the two values {@code s} and {@code n − s}. */
    boolean isHighS(BigInteger n) {
        return s.compareTo(n.shiftRight(1)) > 0;
    }

    /** Encodes as {@code r‖s}, each value big-endian and left-padded with zeros to 32 bytes. */
    byte[] toRaw() {
        byte[] out = new byte[2 * VALUE_LENGTH];
        BigIntegers.asUnsignedByteArray(r, out, 0, VALUE_LENGTH);
        BigIntegers.asUnsignedByteArray(s, out, VALUE_LENGTH, VALUE_LENGTH);
        return out;
    }
}
