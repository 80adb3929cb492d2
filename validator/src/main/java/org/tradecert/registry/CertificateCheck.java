package org.tradecert.registry;

import java.security.cert.X509Certificate;

/**
 * The outcome of checking a signer's certificate chain at a point in time.
 *
 * @param detail      what exactly failed, in the path validator's words (for untrusted and malformed chains)
 * @param certificate the certificate at fault, or null
 * @param revokedAt   when it was revoked, for a revoked certificate
 */
public record CertificateCheck(Outcome outcome, String detail, X509Certificate certificate, java.time.Instant revokedAt) {

    /** What can be wrong with a certificate chain, one rule each. */
    public enum Outcome {
        VALID,
        MALFORMED,
        UNTRUSTED,
        NOT_YET_VALID,
        EXPIRED,
        REVOKED,
        REVOCATION_UNKNOWN,
        KEY_USAGE,
        NOT_END_ENTITY
    }

    public static CertificateCheck valid() {
        return new CertificateCheck(Outcome.VALID, null, null, null);
    }

    static CertificateCheck of(Outcome outcome, String detail, X509Certificate certificate) {
        return new CertificateCheck(outcome, detail, certificate, null);
    }

    public boolean ok() {
        return outcome == Outcome.VALID;
    }
}
