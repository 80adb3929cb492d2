package org.tradecert.registry;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CRLException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Reads and writes X.509 certificates and CRLs as PEM and as base64 DER (the JWS {@code x5c} form). */
public final class Pem {

    private Pem() {
    }

    private static CertificateFactory factory() throws CertificateException {
        return CertificateFactory.getInstance("X.509", BouncyCastle.PROVIDER);
    }

    /** Reads every certificate of a PEM text; text outside the BEGIN/END lines (comments) is ignored. */
    public static List<X509Certificate> certificates(String pem) throws GeneralSecurityException {
        List<X509Certificate> certificates = new ArrayList<>();
        for (byte[] der : blocks(pem, "CERTIFICATE")) {
            certificates.add((X509Certificate) factory().generateCertificate(new ByteArrayInputStream(der)));
        }
        if (certificates.isEmpty()) {
            throw new CertificateException("no -----BEGIN CERTIFICATE----- block found");
        }
        return certificates;
    }

    public static X509Certificate certificate(String pem) throws GeneralSecurityException {
        return certificates(pem).get(0);
    }

    public static X509CRL crl(String pem) throws GeneralSecurityException {
        List<byte[]> blocks = blocks(pem, "X509 CRL");
        if (blocks.isEmpty()) {
            throw new CRLException("no -----BEGIN X509 CRL----- block found");
        }
        return (X509CRL) factory().generateCRL(new ByteArrayInputStream(blocks.get(0)));
    }

    public static X509Certificate fromBase64Der(String base64) throws GeneralSecurityException {
        byte[] der;
        try {
            der = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new CertificateException("x5c entry is not standard base64", e);
        }
        return (X509Certificate) factory().generateCertificate(new ByteArrayInputStream(der));
    }

    public static String toBase64Der(X509Certificate certificate) {
        try {
            return Base64.getEncoder().encodeToString(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("certificate cannot be encoded", e);
        }
    }

    /** The subject as people read it, with attribute names (SERIALNUMBER=..., not an OID and hex). */
    public static String subject(X509Certificate certificate) {
        if (certificate == null) {
            return "?";
        }
        return org.bouncycastle.asn1.x500.X500Name.getInstance(org.bouncycastle.asn1.x500.style.BCStyle.INSTANCE,
                certificate.getSubjectX500Principal().getEncoded()).toString();
    }

    /** A short name for messages: the organisation and its identifier, e.g. {@code Tianjin Hailian ... (91120116MA05TC707B)}. */
    public static String describe(X509Certificate certificate) {
        if (certificate == null) {
            return "?";
        }
        org.bouncycastle.asn1.x500.X500Name name = org.bouncycastle.asn1.x500.X500Name.getInstance(
                certificate.getSubjectX500Principal().getEncoded());
        String organisation = first(name, org.bouncycastle.asn1.x500.style.BCStyle.O);
        String common = first(name, org.bouncycastle.asn1.x500.style.BCStyle.CN);
        String serial = first(name, org.bouncycastle.asn1.x500.style.BCStyle.SERIALNUMBER);
        String label = organisation != null ? organisation : common != null ? common : subject(certificate);
        return serial == null ? label : label + " (" + serial + ")";
    }

    private static String first(org.bouncycastle.asn1.x500.X500Name name, org.bouncycastle.asn1.ASN1ObjectIdentifier type) {
        var rdns = name.getRDNs(type);
        if (rdns.length == 0) {
            return null;
        }
        var value = rdns[0].getFirst().getValue();
        return value instanceof org.bouncycastle.asn1.ASN1String text ? text.getString()
                : org.bouncycastle.asn1.x500.style.IETFUtils.valueToString(value);
    }

    public static String toPem(X509Certificate certificate) {
        try {
            return block("CERTIFICATE", certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("certificate cannot be encoded", e);
        }
    }

    public static String toPem(X509CRL crl) {
        try {
            return block("X509 CRL", crl.getEncoded());
        } catch (CRLException e) {
            throw new IllegalStateException("CRL cannot be encoded", e);
        }
    }

    public static String block(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static List<byte[]> blocks(String pem, String type) throws CertificateException {
        List<byte[]> blocks = new ArrayList<>();
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = 0;
        while (true) {
            int start = pem.indexOf(begin, from);
            if (start < 0) {
                return blocks;
            }
            int stop = pem.indexOf(end, start);
            if (stop < 0) {
                throw new CertificateException("PEM block " + type + " is not closed by " + end);
            }
            String body = pem.substring(start + begin.length(), stop).replaceAll("\\s", "");
            try {
                blocks.add(Base64.getDecoder().decode(body));
            } catch (IllegalArgumentException e) {
                throw new CertificateException("PEM block " + type + " is not valid base64", e);
            }
            from = stop + end.length();
        }
    }
}
