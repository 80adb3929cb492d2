package org.tradecert.crypto;

/** The outcome of checking one signature with {@link Signatures}. */
public enum Verification {

    /** The signature is correct for the message and the key. */
    VALID,
    /** The signature is well formed and in range, but the verification equation fails. */
    INVALID,
    /**
     * The signature bytes are malformed: not 64 bytes of {@code r‖s} (or of an Ed25519
     * signature), or not strict DER, or a DER signature for Ed25519, which has no DER form.
     */
    BAD_ENCODING,
    /** {@code r} or {@code s} is 0 or not below the group order n. */
    OUT_OF_RANGE,
    /** An ES256 signature has {@code s > n/2} and the caller requires low-S signatures. */
    HIGH_S,
    /**
     * The key is not a valid key of the requested algorithm: another algorithm or curve, explicit
     * curve parameters, or a public point that is not on its curve.
     */
    KEY_MISMATCH
}
