package org.tradecert.registry;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

import java.security.Provider;

/**
 * The BouncyCastle provider instance used for certificates, CRLs and path validation. It is
 * passed to each JCA call rather than installed globally, because the JDK providers cannot
 * verify SM2 signatures on certificates.
 */
public final class BouncyCastle {

    public static final Provider PROVIDER = new BouncyCastleProvider();

    private BouncyCastle() {
    }
}
