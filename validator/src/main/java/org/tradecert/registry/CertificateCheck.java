package org.tradecert.registry;

/**
 * The outcome of checking a signer's certificate chain at a point in time.
 *
 * @param detail what exactly failed, in the words of the check (English, for the report's details)
 */
public record CertificateCheck(Outcome outcome, String detail) {

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
        return new CertificateCheck(Outcome.VALID, null);
    }

    public boolean ok() {
        return outcome == Outcome.VALID;
    }
}
