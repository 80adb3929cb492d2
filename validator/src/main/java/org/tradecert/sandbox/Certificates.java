package org.tradecert.sandbox;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.tradecert.registry.BouncyCastle;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

/**
 * Issues the sandbox's X.509 certificates and CRLs with BouncyCastle. The CA signs with SM2
 * over SM3 using the default user id, as Chinese CAs do; subject keys may be SM2, P-256 or Ed25519.
 */
public final class Certificates {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Certificates() {
    }

    /** A distinguished name with country, organisation, organisational unit (the role), common name and serialNumber (the organisation id). */
    public static X500Name name(String country, String organisation, String unit, String commonName, String serialNumber) {
        X500NameBuilder builder = new X500NameBuilder(BCStyle.INSTANCE);
        builder.addRDN(BCStyle.C, country);
        builder.addRDN(BCStyle.O, organisation);
        if (unit != null) {
            builder.addRDN(BCStyle.OU, unit);
        }
        builder.addRDN(BCStyle.CN, commonName);
        if (serialNumber != null) {
            builder.addRDN(BCStyle.SERIALNUMBER, serialNumber);
        }
        return builder.build();
    }

    public static X509Certificate selfSignedCa(X500Name subject, PublicKey publicKey, PrivateKey privateKey, Instant notBefore,
                                               Instant notAfter) throws GeneralSecurityException {
        try {
            JcaX509ExtensionUtils utilities = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial(), Date.from(notBefore),
                    Date.from(notAfter), subject, publicKey)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false, utilities.createSubjectKeyIdentifier(publicKey));
            return new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER).getCertificate(builder.build(signer(privateKey)));
        } catch (org.bouncycastle.cert.CertIOException e) {
            throw new GeneralSecurityException("CA certificate cannot be built: " + e.getMessage(), e);
        }
    }

    /** An end-entity signing certificate: digitalSignature and nonRepudiation, not a CA. */
    public static X509Certificate signing(X500Name subject, PublicKey publicKey, X509Certificate ca, PrivateKey caKey,
                                          Instant notBefore, Instant notAfter) throws GeneralSecurityException {
        try {
            JcaX509ExtensionUtils utilities = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(ca, serial(), Date.from(notBefore), Date.from(notAfter),
                    subject, publicKey)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                    .addExtension(Extension.subjectKeyIdentifier, false, utilities.createSubjectKeyIdentifier(publicKey))
                    .addExtension(Extension.authorityKeyIdentifier, false, utilities.createAuthorityKeyIdentifier(ca));
            return new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER).getCertificate(builder.build(signer(caKey)));
        } catch (org.bouncycastle.cert.CertIOException e) {
            throw new GeneralSecurityException("certificate cannot be built: " + e.getMessage(), e);
        }
    }

    /**
     * A CRL of the CA listing the given certificates with their revocation times.
     *
     * @param revoked serial numbers and when each was revoked
     */
    public static X509CRL crl(X509Certificate ca, PrivateKey caKey, Instant thisUpdate, Instant nextUpdate,
                              Map<BigInteger, Instant> revoked) throws GeneralSecurityException {
        X509v2CRLBuilder builder = new X509v2CRLBuilder(X500Name.getInstance(ca.getSubjectX500Principal().getEncoded()),
                Date.from(thisUpdate));
        builder.setNextUpdate(Date.from(nextUpdate));
        revoked.forEach((serial, time) -> builder.addCRLEntry(serial, Date.from(time), CRLReason.keyCompromise));
        X509CRLHolder holder = builder.build(signer(caKey));
        return new JcaX509CRLConverter().setProvider(BouncyCastle.PROVIDER).getCRL(holder);
    }

    private static ContentSigner signer(PrivateKey key) throws GeneralSecurityException {
        String algorithm = switch (key.getAlgorithm()) {
            case "Ed25519", "EdDSA" -> "Ed25519";
            default -> isSm2(key) ? "SM3withSM2" : "SHA256withECDSA";
        };
        try {
            return new JcaContentSignerBuilder(algorithm).setProvider(BouncyCastle.PROVIDER).build(key);
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("no signer for " + algorithm + ": " + e.getMessage(), e);
        }
    }

    private static boolean isSm2(PrivateKey key) {
        return org.tradecert.crypto.Keys.algorithmOf(key).map(a -> a == org.tradecert.crypto.SignatureAlgorithm.SM2_SM3).orElse(false);
    }

    private static BigInteger serial() {
        return new BigInteger(64, RANDOM).setBit(63);
    }
}
