package org.tradecert.envelope;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.rules.RuleDefinition;

import java.util.List;

/** The checks of an envelope's structure (layer 2) and of its integrity: digest, signature and certificate (layer 3). */
public final class EnvelopeRules {

    public static final RuleDefinition JSON = RuleDefinition.of("ENV-JSON", Layer.ENVELOPE, Severity.FATAL, "RFC 8259, RFC 7493");
    public static final RuleDefinition STRUCTURE = RuleDefinition.of("ENV-STRUCTURE", Layer.ENVELOPE, Severity.FATAL, "tradecert-envelope/1 JSON Schema; RFC 7515 section 7.2.1");
    public static final RuleDefinition HEADER = RuleDefinition.of("ENV-HEADER", Layer.ENVELOPE, Severity.FATAL, "RFC 7515 section 4; tradecert-envelope/1");
    public static final RuleDefinition CRIT = RuleDefinition.of("ENV-CRIT", Layer.ENVELOPE, Severity.FATAL, "RFC 7515 section 4.1.11");
    public static final RuleDefinition ALGORITHM = RuleDefinition.of("ENV-ALG", Layer.ENVELOPE, Severity.FATAL, "network policy; RFC 7518 section 3.1");
    public static final RuleDefinition CANONICAL = RuleDefinition.of("ENV-CANONICAL", Layer.ENVELOPE, Severity.FATAL, "RFC 8785");
    public static final RuleDefinition STATEMENT = RuleDefinition.of("ENV-STATEMENT", Layer.ENVELOPE, Severity.FATAL, "tradecert-envelope/1 JSON Schema, $defs/statement");
    public static final RuleDefinition PROFILE = RuleDefinition.of("ENV-PROFILE", Layer.ENVELOPE, Severity.FATAL, "tradecert-envelope/1");
    public static final RuleDefinition DIGEST_ALGORITHM = RuleDefinition.of("ENV-DIGEST-ALG", Layer.ENVELOPE, Severity.FATAL, "network policy");
    public static final RuleDefinition SCHEMA_ID = RuleDefinition.of("ENV-SCHEMA-ID", Layer.ENVELOPE, Severity.ERROR, "tradecert-envelope/1");
    public static final RuleDefinition DOCUMENT_NUMBER = RuleDefinition.of("ENV-DOCUMENT-NUMBER", Layer.ENVELOPE, Severity.ERROR, "tradecert-envelope/1 docId");
    public static final RuleDefinition MEDIA_TYPE = RuleDefinition.of("ENV-MEDIA-TYPE", Layer.ENVELOPE, Severity.ERROR, "tradecert-envelope/1");

    public static final RuleDefinition PAYLOAD_MISSING = RuleDefinition.of("SIG-PAYLOAD-MISSING", Layer.INTEGRITY, Severity.FATAL, "tradecert-envelope/1");
    public static final RuleDefinition LENGTH = RuleDefinition.of("SIG-LENGTH", Layer.INTEGRITY, Severity.FATAL, "tradecert-envelope/1");
    public static final RuleDefinition DIGEST = RuleDefinition.of("SIG-DIGEST", Layer.INTEGRITY, Severity.FATAL, "tradecert-envelope/1; GB/T 32905 (SM3); FIPS 180-4 (SHA-256)");
    public static final RuleDefinition CERTIFICATE_ENCODING = RuleDefinition.of("SIG-CERT-ENCODING", Layer.INTEGRITY, Severity.FATAL, "RFC 7515 section 4.1.6; RFC 5280");
    public static final RuleDefinition KEY_MISMATCH = RuleDefinition.of("SIG-KEY-MISMATCH", Layer.INTEGRITY, Severity.FATAL, "RFC 7518 section 3.4; GB/T 32918");
    public static final RuleDefinition SIGNATURE_ENCODING = RuleDefinition.of("SIG-ENCODING", Layer.INTEGRITY, Severity.FATAL, "RFC 7518 section 3.4; RFC 8032");
    public static final RuleDefinition SIGNATURE_RANGE = RuleDefinition.of("SIG-RANGE", Layer.INTEGRITY, Severity.FATAL, "SEC 1 section 4.1.4; GB/T 32918.2 section 7");
    public static final RuleDefinition HIGH_S = RuleDefinition.of("SIG-HIGH-S", Layer.INTEGRITY, Severity.FATAL, "network policy (low-S, as Hyperledger Fabric requires)");
    public static final RuleDefinition SIGNATURE = RuleDefinition.of("SIG-INVALID", Layer.INTEGRITY, Severity.FATAL, "RFC 7515 section 5.2; GB/T 32918.2; RFC 8032");

    public static final RuleDefinition CERTIFICATE_MALFORMED = RuleDefinition.of("CERT-MALFORMED", Layer.INTEGRITY, Severity.FATAL, "RFC 5280");
    public static final RuleDefinition UNTRUSTED = RuleDefinition.of("CERT-UNTRUSTED", Layer.INTEGRITY, Severity.FATAL, "RFC 5280 section 6; network trust anchors");
    public static final RuleDefinition EXPIRED = RuleDefinition.of("CERT-EXPIRED", Layer.INTEGRITY, Severity.FATAL, "RFC 5280 section 4.1.2.5");
    public static final RuleDefinition REVOKED = RuleDefinition.of("CERT-REVOKED", Layer.INTEGRITY, Severity.FATAL, "RFC 5280 section 5; network CRLs");
    public static final RuleDefinition REVOCATION_UNKNOWN = RuleDefinition.of("CERT-REVOCATION-UNKNOWN", Layer.INTEGRITY, Severity.ERROR, "RFC 5280 section 6.3");
    public static final RuleDefinition KEY_USAGE = RuleDefinition.of("CERT-KEY-USAGE", Layer.INTEGRITY, Severity.FATAL, "RFC 5280 section 4.2.1.3");
    public static final RuleDefinition NOT_END_ENTITY = RuleDefinition.of("CERT-NOT-END-ENTITY", Layer.INTEGRITY, Severity.FATAL, "RFC 5280 section 4.2.1.9");

    private EnvelopeRules() {
    }

    public static List<RuleDefinition> all() {
        return List.of(JSON, STRUCTURE, HEADER, CRIT, ALGORITHM, CANONICAL, STATEMENT, PROFILE, DIGEST_ALGORITHM, SCHEMA_ID, MEDIA_TYPE, DOCUMENT_NUMBER,
                PAYLOAD_MISSING, LENGTH, DIGEST, CERTIFICATE_ENCODING, KEY_MISMATCH, SIGNATURE_ENCODING, SIGNATURE_RANGE, HIGH_S,
                SIGNATURE, CERTIFICATE_MALFORMED, UNTRUSTED, EXPIRED, REVOKED, REVOCATION_UNKNOWN, KEY_USAGE, NOT_END_ENTITY);
    }
}
