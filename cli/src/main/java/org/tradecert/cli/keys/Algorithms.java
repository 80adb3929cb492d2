package org.tradecert.cli.keys;

import org.tradecert.crypto.SignatureAlgorithm;

/** The algorithm names the commands accept, as users type them. */
public enum Algorithms {
    sm2(SignatureAlgorithm.SM2_SM3), es256(SignatureAlgorithm.ES256), ed25519(SignatureAlgorithm.ED25519);

    private final SignatureAlgorithm algorithm;

    Algorithms(SignatureAlgorithm algorithm) {
        this.algorithm = algorithm;
    }

    public SignatureAlgorithm algorithm() {
        return algorithm;
    }
}
