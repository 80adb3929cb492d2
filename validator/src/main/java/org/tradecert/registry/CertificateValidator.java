package org.tradecert.registry;

import org.tradecert.crypto.BoundedCache;

import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.PKIXCertPathValidatorResult;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Validates a signer's certificate chain offline at a trusted time (the ledger time, never the
 * signer's claim): RFC 5280 path validation to the network's trust anchors with BouncyCastle,
 * so SM2 chains verify too, then validity, revocation by the registry's CRLs, and key usage.
 * A certificate revoked after the trusted time still counts as valid for that signature.
 */
public final class CertificateValidator {

    /** Longest chain accepted, leaf included. */
    public static final int MAX_CHAIN = 8;

    private final NetworkRegistry registry;

    /**
     * Paths that passed PKIX validation against this registry's anchors, with the anchor that
     * ended them. Path validation verifies a CA signature per certificate, a large part of the
     * cost of checking a submission, and a network's signers reuse few paths.
     */
    private final BoundedCache<List<X509Certificate>, TrustAnchor> validPaths = new BoundedCache<>(1024);

    public CertificateValidator(NetworkRegistry registry) {
        this.registry = registry;
    }

    public CertificateCheck validate(List<X509Certificate> chain, Instant at) {
        if (chain.isEmpty() || chain.size() > MAX_CHAIN) {
            return CertificateCheck.of(CertificateCheck.Outcome.MALFORMED, "the chain has " + chain.size() + " certificates; 1 to " + MAX_CHAIN + " are accepted", null);
        }
        X509Certificate leaf = chain.get(0);
        Date date = Date.from(at);

        if (leaf.getBasicConstraints() >= 0) {
            return CertificateCheck.of(CertificateCheck.Outcome.NOT_END_ENTITY, null, leaf);
        }
        boolean[] keyUsage = leaf.getKeyUsage();
        if (keyUsage == null || !keyUsage[0]) {
            return CertificateCheck.of(CertificateCheck.Outcome.KEY_USAGE, null, leaf);
        }

        List<X509Certificate> path = withoutAnchors(chain);
        for (X509Certificate certificate : path) {
            try {
                certificate.checkValidity(date);
            } catch (CertificateExpiredException e) {
                return CertificateCheck.of(CertificateCheck.Outcome.EXPIRED, null, certificate);
            } catch (CertificateNotYetValidException e) {
                return CertificateCheck.of(CertificateCheck.Outcome.NOT_YET_VALID, null, certificate);
            }
        }

        if (!validPathKnown(path, date)) {
            try {
                CertificateFactory factory = CertificateFactory.getInstance("X.509", BouncyCastle.PROVIDER);
                CertPath certPath = factory.generateCertPath(path);
                PKIXParameters parameters = new PKIXParameters(Set.copyOf(registry.trustAnchors()));
                parameters.setDate(date);
                parameters.setRevocationEnabled(false);
                PKIXCertPathValidatorResult result = (PKIXCertPathValidatorResult) CertPathValidator.getInstance("PKIX", BouncyCastle.PROVIDER)
                        .validate(certPath, parameters);
                validPaths.put(path, result.getTrustAnchor());
            } catch (CertPathValidatorException e) {
                return CertificateCheck.of(CertificateCheck.Outcome.UNTRUSTED, e.getMessage(), leaf);
            } catch (GeneralSecurityException e) {
                return CertificateCheck.of(CertificateCheck.Outcome.MALFORMED, e.getMessage(), leaf);
            }
        }

        for (X509Certificate certificate : path) {
            CertificateCheck revocation = revocation(certificate, at);
            if (!revocation.ok()) {
                return revocation;
            }
        }
        return CertificateCheck.valid();
    }

    private CertificateCheck revocation(X509Certificate certificate, Instant at) {
        List<X509CRL> issued = new ArrayList<>();
        for (X509CRL crl : registry.crls()) {
            if (crl.getIssuerX500Principal().equals(certificate.getIssuerX500Principal())) {
                issued.add(crl);
            }
        }
        if (issued.isEmpty()) {
            return CertificateCheck.of(CertificateCheck.Outcome.REVOCATION_UNKNOWN, certificate.getIssuerX500Principal().getName(), certificate);
        }
        for (X509CRL crl : issued) {
            X509CRLEntry entry = crl.getRevokedCertificate(certificate);
            if (entry != null && !entry.getRevocationDate().toInstant().isAfter(at)) {
                return new CertificateCheck(CertificateCheck.Outcome.REVOKED, null, certificate, entry.getRevocationDate().toInstant());
            }
        }
        boolean current = issued.stream().anyMatch(crl -> !crl.getThisUpdate().toInstant().isAfter(at)
                && (crl.getNextUpdate() == null || crl.getNextUpdate().toInstant().isAfter(at)));
        if (!current) {
            return CertificateCheck.of(CertificateCheck.Outcome.REVOCATION_UNKNOWN, certificate.getIssuerX500Principal().getName(), certificate);
        }
        return CertificateCheck.valid();
    }

    /**
     * Whether this path passed PKIX validation before and its trust anchor is valid at {@code date}.
     * What PKIX checks besides the validity periods (signatures, names, basic constraints, key
     * usage of the CAs) does not depend on the time, and the path's own validity periods were
     * checked above, so the earlier result is still valid. Only successes are remembered.
     */
    private boolean validPathKnown(List<X509Certificate> path, Date date) {
        TrustAnchor anchor = validPaths.get(path);
        if (anchor == null) {
            return false;
        }
        if (anchor.getTrustedCert() == null) {
            return true;
        }
        try {
            anchor.getTrustedCert().checkValidity(date);
            return true;
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            return false;
        }
    }

    /** The chain without the trust anchors themselves, as PKIX expects it. */
    private List<X509Certificate> withoutAnchors(List<X509Certificate> chain) {
        Set<X509Certificate> anchors = new HashSet<>();
        for (TrustAnchor anchor : registry.trustAnchors()) {
            anchors.add(anchor.getTrustedCert());
        }
        List<X509Certificate> path = new ArrayList<>();
        for (X509Certificate certificate : chain) {
            if (!anchors.contains(certificate)) {
                path.add(certificate);
            }
        }
        return path.isEmpty() ? List.of(chain.get(0)) : path;
    }
}
