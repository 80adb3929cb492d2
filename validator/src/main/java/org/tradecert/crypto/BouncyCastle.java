package org.tradecert.crypto;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

import java.security.Provider;
import java.security.SecureRandom;

/**
 * The BouncyCastle provider instance this package uses for key generation and key encoding. It
 * is passed explicitly and never installed with {@code Security.addProvider}, so the JDK's own
 * providers stay untouched, and SM2 never reaches the JDK's EC code.
 */
final class BouncyCastle {

    static final Provider PROVIDER = new BouncyCastleProvider();

    static final SecureRandom RANDOM = new SecureRandom();

    private BouncyCastle() {
    }
}
