package org.tradecert.crypto;

import java.util.Optional;

/**
 * The signature algorithms a JWS protected header may name in {@code alg}. There is no registered
 * JOSE name for SM2, so {@code SM2-SM3} is this standard's own name. {@code Ed25519} is the
 * fully-specified name of RFC 9864, which replaces the polymorphic {@code EdDSA}.
 */
public enum SignatureAlgorithm {

    /** SM2 signature with SM3 (GB/T 32918.2) on curve sm2p256v1, user id {@code 1234567812345678}. */
    SM2_SM3("SM2-SM3"),
    /** ECDSA on P-256 with SHA-256 (RFC 7518 §3.4). */
    ES256("ES256"),
    /** Ed25519 (RFC 8032). */
    ED25519("Ed25519");

    private final String jwsName;

    SignatureAlgorithm(String jwsName) {
        this.jwsName = jwsName;
    }

    /** Returns the {@code alg} value of a JWS protected header. */
    public String jwsName() {
        return jwsName;
    }

    /**
     * Finds the algorithm whose {@link #jwsName()} is exactly {@code name}. The match is
     * case-sensitive, and every other value, including {@code none}, {@code HS256} and
     * {@code EdDSA}, returns empty.
     */
    public static Optional<SignatureAlgorithm> byJwsName(String name) {
        for (SignatureAlgorithm algorithm : values()) {
            if (algorithm.jwsName.equals(name)) {
                return Optional.of(algorithm);
            }
        }
        return Optional.empty();
    }
}
