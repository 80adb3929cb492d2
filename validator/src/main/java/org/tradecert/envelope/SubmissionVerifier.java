package org.tradecert.envelope;

import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.tradecert.api.Finding;
import org.tradecert.api.Location;
import org.tradecert.crypto.BoundedCache;
import org.tradecert.crypto.DigestAlgorithm;
import org.tradecert.crypto.SignatureAlgorithm;
import org.tradecert.crypto.Signatures;
import org.tradecert.crypto.Verification;
import org.tradecert.registry.CertificateCheck;
import org.tradecert.registry.CertificateValidator;
import org.tradecert.registry.NetworkRegistry;
import org.tradecert.registry.Participant;
import org.tradecert.registry.Pem;
import org.tradecert.schema.catalog.SchemaCatalog;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Checks one submission against the network: the algorithms the policy allows, the document
 * bytes against the signed length and digest, every signature and its certificate chain at the
 * trusted time (layer 3), then whether the submitter belongs to the network, holds the claimed
 * role and may submit this document type, and whether the claimed creation time is plausible
 * (layer 4). Replay and supersession need the whole ledger and are checked by the ledger verifier.
 */
public final class SubmissionVerifier {

    /** Certificates already decoded, by their {@code x5c} text: a signer sends the same certificate with every submission. */
    private static final BoundedCache<String, X509Certificate> DECODED = new BoundedCache<>(1024);

    private final NetworkRegistry registry;
    private final SchemaCatalog catalog;
    private final CertificateValidator certificates;

    public SubmissionVerifier(NetworkRegistry registry, SchemaCatalog catalog) {
        this.registry = registry;
        this.catalog = catalog;
        this.certificates = new CertificateValidator(registry);
    }

    /** The findings, the statement digest that identifies the submission, and the submitter's certificate when readable. */
    public record Result(List<Finding> findings, String statementDigest, X509Certificate signer) {
    }

    /**
     * @param trustedTime the ledger time of the submission; null when it is not anchored yet, in which
     *                    case certificates are checked at the statement's claimed creation time
     */
    public Result verify(Envelope envelope, Instant trustedTime) {
        Statement statement = envelope.statement();
        Location location = new Location(envelope.name(), statement.submissionId(), null, null, null, null);
        List<Finding> findings = new ArrayList<>();
        Instant at = trustedTime != null ? trustedTime : statement.createdAt();

        checkPolicy(envelope, location, findings);
        checkDocument(envelope, location, findings);
        X509Certificate signer = null;
        for (int i = 0; i < envelope.signatures().size(); i++) {
            X509Certificate leaf = checkSignature(envelope, i, at, location, findings);
            if (i == 0) {
                signer = leaf;
            }
        }
        checkAuthorisation(statement, signer, trustedTime, location, findings);

        return new Result(List.copyOf(findings), StatementDigests.of(envelope, registry.policy().statementDigestAlgorithm()), signer);
    }

    private void checkPolicy(Envelope envelope, Location location, List<Finding> findings) {
        Statement statement = envelope.statement();
        for (int i = 0; i < envelope.signatures().size(); i++) {
            String algorithm = envelope.signatures().get(i).algorithm();
            Optional<SignatureAlgorithm> known = SignatureAlgorithm.byJwsName(algorithm);
            if (known.isEmpty() || !registry.policy().signatureAlgorithms().contains(known.get())) {
                findings.add(EnvelopeRules.ALGORITHM.finding(pointer(location, "/signatures/" + i + "/protected"), algorithm));
            }
        }
        Optional<DigestAlgorithm> digest = DigestAlgorithm.byName(statement.payloadDigestAlgorithm());
        if (digest.isEmpty() || !registry.policy().digestAlgorithms().contains(digest.get())) {
            findings.add(EnvelopeRules.DIGEST_ALGORITHM.finding(location, statement.payloadDigestAlgorithm()));
        }
        String schemaId = statement.schemaId();
        String type = schemaId.substring(0, schemaId.indexOf('@'));
        String version = schemaId.substring(schemaId.indexOf('@') + 1);
        if (!type.equals(statement.docType()) || catalog.find(type, version).isEmpty()) {
            findings.add(EnvelopeRules.SCHEMA_ID.finding(location, schemaId, statement.docType()));
        }
    }

    private void checkDocument(Envelope envelope, Location location, List<Finding> findings) {
        Statement statement = envelope.statement();
        byte[] document = envelope.document();
        if (document == null) {
            findings.add(EnvelopeRules.PAYLOAD_MISSING.finding(location));
            return;
        }
        if (document.length != statement.payloadLength()) {
            findings.add(EnvelopeRules.LENGTH.mismatch(location, Long.toString(statement.payloadLength()), Integer.toString(document.length)));
        }
        Optional<DigestAlgorithm> algorithm = DigestAlgorithm.byName(statement.payloadDigestAlgorithm());
        if (algorithm.isPresent()) {
            String actual = algorithm.get().hex(document);
            boolean equal = MessageDigest.isEqual(actual.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                    statement.payloadDigest().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            if (!equal) {
                findings.add(EnvelopeRules.DIGEST.mismatch(location, statement.payloadDigest(), actual, algorithm.get().jwsName()));
            }
        }
    }

    /** Verifies one signature and its chain; returns the leaf certificate when it could be read. */
    private X509Certificate checkSignature(Envelope envelope, int index, Instant at, Location location, List<Finding> findings) {
        Envelope.SignatureEntry entry = envelope.signatures().get(index);
        Location here = pointer(location, "/signatures/" + index);
        List<X509Certificate> chain = new ArrayList<>();
        for (String der : entry.x5c()) {
            try {
                X509Certificate certificate = DECODED.get(der);
                if (certificate == null) {
                    certificate = Pem.fromBase64Der(der);
                    // BouncyCastle decodes a certificate's key only when asked, and then throws on a malformed
                    // one (a point off its curve, an unknown curve). Asking here keeps that out of the checks below.
                    certificate.getPublicKey();
                    DECODED.put(der, certificate);
                }
                chain.add(certificate);
            } catch (GeneralSecurityException | RuntimeException e) {
                findings.add(EnvelopeRules.CERTIFICATE_ENCODING.finding(here, e.getMessage()));
                return null;
            }
        }
        Optional<SignatureAlgorithm> algorithm = SignatureAlgorithm.byJwsName(entry.algorithm());
        if (algorithm.isEmpty() || chain.isEmpty()) {
            return chain.isEmpty() ? null : chain.get(0);
        }
        X509Certificate leaf = chain.get(0);

        Verification verification = Signatures.verify(algorithm.get(), leaf.getPublicKey(), envelope.signingInput(entry),
                entry.value(), registry.policy().requireLowS());
        switch (verification) {
            case VALID -> { }
            case KEY_MISMATCH -> findings.add(EnvelopeRules.KEY_MISMATCH.finding(here, entry.algorithm(), leaf.getPublicKey().getAlgorithm()));
            case BAD_ENCODING -> findings.add(EnvelopeRules.SIGNATURE_ENCODING.finding(here, entry.algorithm(), Integer.toString(entry.value().length)));
            case OUT_OF_RANGE -> findings.add(EnvelopeRules.SIGNATURE_RANGE.finding(here, entry.algorithm()));
            case HIGH_S -> findings.add(EnvelopeRules.HIGH_S.finding(here));
            default -> findings.add(EnvelopeRules.SIGNATURE.finding(here, entry.algorithm(), Pem.describe(leaf)));
        }

        CertificateCheck check = certificates.validate(chain, at);
        X509Certificate subject = check.certificate() != null ? check.certificate() : leaf;
        switch (check.outcome()) {
            case VALID -> { }
            case MALFORMED -> findings.add(EnvelopeRules.CERTIFICATE_MALFORMED.finding(here, check.detail()));
            case UNTRUSTED -> findings.add(EnvelopeRules.UNTRUSTED.finding(here, Pem.describe(subject), check.detail()));
            case EXPIRED, NOT_YET_VALID -> findings.add(EnvelopeRules.EXPIRED.finding(here, Pem.describe(subject), at.toString(),
                    subject.getNotBefore().toInstant().toString(), subject.getNotAfter().toInstant().toString()));
            case REVOKED -> findings.add(EnvelopeRules.REVOKED.finding(here, Pem.describe(subject),
                    subject.getSerialNumber().toString(16), check.revokedAt().toString(), at.toString()));
            case REVOCATION_UNKNOWN -> findings.add(EnvelopeRules.REVOCATION_UNKNOWN.finding(here, Pem.describe(subject), check.detail(), at.toString()));
            case KEY_USAGE -> findings.add(EnvelopeRules.KEY_USAGE.finding(here, Pem.describe(subject)));
            case NOT_END_ENTITY -> findings.add(EnvelopeRules.NOT_END_ENTITY.finding(here, Pem.describe(subject)));
        }
        return leaf;
    }

    private void checkAuthorisation(Statement statement, X509Certificate signer, Instant trustedTime, Location location,
                                    List<Finding> findings) {
        if (!statement.chainId().equals(registry.chainId()) || !statement.channel().equals(registry.channel())) {
            findings.add(AuthorisationRules.NETWORK.mismatch(location, registry.chainId() + "/" + registry.channel(),
                    statement.chainId() + "/" + statement.channel()));
        }
        Optional<Participant> participant = registry.participant(statement.submitterOrgId());
        if (participant.isEmpty()) {
            findings.add(AuthorisationRules.PARTICIPANT.finding(location, statement.submitterOrgId()));
        } else {
            Participant member = participant.get();
            if (signer != null) {
                String certificateOrg = organisationIdentifier(signer);
                boolean registered = member.certificates().isEmpty() || member.certificates().contains(signer);
                if (!statement.submitterOrgId().equals(certificateOrg)) {
                    findings.add(AuthorisationRules.CERTIFICATE_ORGANISATION.mismatch(location, statement.submitterOrgId(),
                            certificateOrg == null ? Pem.describe(signer) : certificateOrg));
                } else if (!registered) {
                    findings.add(AuthorisationRules.CERTIFICATE_REGISTERED.finding(location, Pem.describe(signer), statement.submitterOrgId()));
                }
            }
            if (!member.roles().contains(statement.submitterRole())) {
                findings.add(AuthorisationRules.ROLE_HELD.finding(location, statement.submitterOrgId(), statement.submitterRole(),
                        String.join(", ", member.roles().stream().sorted().toList())));
            }
        }
        if (!registry.policy().mayRoleSubmit(statement.submitterRole(), statement.docType())) {
            findings.add(AuthorisationRules.ROLE_DOCUMENT_TYPE.finding(location, statement.submitterRole(), statement.docType(),
                    String.join(", ", registry.policy().documentTypes().getOrDefault(statement.docType(), java.util.Set.of()).stream().sorted().toList())));
        }
        if (trustedTime != null) {
            Duration skew = registry.policy().maxClockSkew();
            Duration age = Duration.between(statement.createdAt(), trustedTime);
            if (statement.createdAt().isAfter(trustedTime.plus(skew)) || age.compareTo(registry.policy().maxSubmissionAge()) > 0) {
                findings.add(AuthorisationRules.TIME_WINDOW.finding(location, statement.createdAt().toString(), trustedTime.toString(),
                        Long.toString(skew.toSeconds()), Long.toString(registry.policy().maxSubmissionAge().toSeconds())));
            }
        }
    }

    /** The organisation identifier a certificate is issued to: its subject serialNumber attribute (USCC or LEI). */
    public static String organisationIdentifier(X509Certificate certificate) {
        X500Name name = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        RDN[] serials = name.getRDNs(BCStyle.SERIALNUMBER);
        return serials.length == 0 ? null : IETFUtils.valueToString(serials[0].getFirst().getValue());
    }

    private static Location pointer(Location location, String pointer) {
        return new Location(location.file(), location.submissionId(), null, null, null, pointer);
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
