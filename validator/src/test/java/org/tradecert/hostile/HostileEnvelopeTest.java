package org.tradecert.hostile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralSubtree;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.NameConstraints;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X962Parameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradecert.api.DocumentResult;
import org.tradecert.api.Layer;
import org.tradecert.api.LayerStatus;
import org.tradecert.crypto.Jcs;
import org.tradecert.crypto.Keys;
import org.tradecert.crypto.SignatureAlgorithm;
import org.tradecert.engine.Validator;
import org.tradecert.envelope.Statement;
import org.tradecert.ledger.SandboxLedger;
import org.tradecert.registry.NetworkRegistry;
import org.tradecert.registry.Policy;
import org.tradecert.registry.RegistryException;
import org.tradecert.registry.RegistryLoader;
import org.tradecert.sandbox.SandboxConsortium;
import org.tradecert.schema.generate.JsonText;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tradecert.hostile.Consortium.SIGNED_AT;
import static org.tradecert.hostile.Outcomes.CONFORMANT;
import static org.tradecert.hostile.Outcomes.NON_CONFORMANT;
import static org.tradecert.hostile.Outcomes.assertOutcome;
import static org.tradecert.hostile.Outcomes.validate;
import static org.tradecert.hostile.Outcomes.validateAll;

/**
 * Tests the envelope, signature, certificate and authorisation items E1 to E23 of the
 * hostile-input checklist, with J8, J14, X17, X20 and the attachment item C1 (the item ids of
 * docs/hostile-input.md). Each test takes valid envelopes of a test consortium, tampers with
 * them in one way and validates them with the real engine and the consortium's registry.
 * Items that change the registry get a consortium of their own.
 */
class HostileEnvelopeTest {

    private static final BigInteger SM2_N = GMNamedCurves.getByName("sm2p256v1").getN();
    private static final BigInteger P256_N = ECNamedCurveTable.getByName("P-256").getN();

    @TempDir
    static Path shared;

    @TempDir
    Path temp;

    static Consortium consortium;
    static Canary canary;

    @BeforeAll
    static void createConsortium() throws Exception {
        consortium = Consortium.create(shared.resolve("consortium"));
        canary = Canary.start();
    }

    @AfterAll
    static void stop() {
        canary.close();
    }

    @AfterEach
    void noConnectionReachedTheCanary() {
        assertThat(canary.connections()).as("connections to the loopback canary").isZero();
    }

    /** Writes an envelope as NAME.envelope.json in the test's folder and validates it with a consortium's registry. */
    private DocumentResult check(Consortium network, ObjectNode envelope, String name) throws Exception {
        Path file = temp.resolve(name + ".envelope.json");
        Files.writeString(file, JsonText.write(envelope), StandardCharsets.UTF_8);
        return validate(network.validator(), file);
    }

    private DocumentResult check(ObjectNode envelope, String name) throws Exception {
        return check(consortium, envelope, name);
    }

    /** Signs the booking request as the importer, with ES256. */
    private static ObjectNode booking() throws Exception {
        return consortium.sign("importer", "booking-request.xml", "booking", SIGNED_AT);
    }

    /** Signs the bill of lading as the ocean carrier, with Ed25519. */
    private static ObjectNode billOfLading() throws Exception {
        return consortium.sign("ocean-carrier", "sea-transport-document.xml", "sea-transport-document", SIGNED_AT);
    }

    @Test
    void untamperedEnvelopesConform() throws Exception {
        for (ObjectNode envelope : List.of(consortium.invoice(), booking(), billOfLading())) {
            DocumentResult result = check(envelope, "valid");
            assertOutcome(result, CONFORMANT);
            assertThat(result.layer(Layer.INTEGRITY).status()).isEqualTo(LayerStatus.VALID);
            assertThat(result.layer(Layer.AUTHORISATION).status()).isEqualTo(LayerStatus.VALID);
        }
    }

    @Test
    void e01AlgorithmNoneHmacOrUnknownRejected() throws Exception {
        ObjectNode invoice = consortium.invoice();
        for (String algorithm : List.of("none", "HS256", "RS256", "EdDSA", "sm2-sm3")) {
            ObjectNode header = Tampering.header(invoice);
            header.put("alg", algorithm);
            ObjectNode tampered = Tampering.withHeader(invoice, header, null);
            if (algorithm.equals("HS256")) {
                // The classic confusion: an HMAC keyed with the signer's public certificate, which anyone holds.
                javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
                mac.init(new javax.crypto.spec.SecretKeySpec(consortium.certificate("exporter").getEncoded(), "HmacSHA256"));
                tampered = Tampering.withSignatureValue(tampered, mac.doFinal(Tampering.signingInput(tampered)));
            }

            assertOutcome(check(tampered, "alg-" + algorithm), NON_CONFORMANT, "ENV-ALG");
        }

        Policy policy = consortium.registry().policy();
        Policy smOnly = new Policy(Set.of(SignatureAlgorithm.SM2_SM3), policy.digestAlgorithms(), policy.statementDigestAlgorithm(),
                policy.maxClockSkew(), policy.maxSubmissionAge(), policy.requireLowS(), policy.documentTypes());
        NetworkRegistry registry = consortium.registry();
        NetworkRegistry strict = new NetworkRegistry(registry.chainId(), registry.channel(), registry.name(), registry.demo(), smOnly,
                registry.trustAnchors(), registry.crls(), registry.participants(), registry.ledgerOperator(), registry.digest() + "-sm-only");
        Path file = temp.resolve("es256-not-in-policy.envelope.json");
        Files.writeString(file, JsonText.write(booking()));
        assertOutcome(validate(Validator.builder().registry(strict).build(), file), NON_CONFORMANT, "ENV-ALG");
    }

    @Test
    void e02UnknownCriticalHeaderRejected() throws Exception {
        ObjectNode invoice = consortium.invoice();
        ObjectNode header = Tampering.header(invoice);
        header.putArray("crit").add("x-hostile-extension");
        header.put("x-hostile-extension", true);

        assertOutcome(check(Tampering.withHeader(invoice, header, consortium.key("exporter")), "crit"), NON_CONFORMANT, "ENV-CRIT");
    }

    @Test
    void e03UnencodedPayloadOptionRejected() throws Exception {
        ObjectNode invoice = consortium.invoice();
        PrivateKey key = consortium.key("exporter");

        ObjectNode outsideCrit = Tampering.header(invoice);
        outsideCrit.put("b64", false);
        assertOutcome(check(Tampering.withHeader(invoice, outsideCrit, key), "b64-not-crit"), NON_CONFORMANT, "ENV-HEADER");

        ObjectNode insideCrit = Tampering.header(invoice);
        insideCrit.put("b64", false);
        insideCrit.putArray("crit").add("b64");
        assertOutcome(check(Tampering.withHeader(invoice, insideCrit, key), "b64-crit"), NON_CONFORMANT, "ENV-CRIT");

        ObjectNode unprotected = invoice.deepCopy();
        ((ObjectNode) unprotected.path("signatures").get(0)).putObject("header").put("b64", false);
        assertOutcome(check(unprotected, "b64-unprotected"), NON_CONFORMANT, "ENV-STRUCTURE");
    }

    @Test
    void e04SignatureValuesOutOfRangeRejected() throws Exception {
        for (ObjectNode envelope : List.of(consortium.invoice(), booking())) {
            byte[] signature = Tampering.signatureValue(envelope);
            BigInteger n = Tampering.header(envelope).path("alg").asText().equals("ES256") ? P256_N : SM2_N;
            List<byte[]> values = List.of(
                    Tampering.withValues(signature, BigInteger.ZERO, null),
                    Tampering.withValues(signature, null, BigInteger.ZERO),
                    Tampering.withValues(signature, BigInteger.ZERO, BigInteger.ZERO),
                    Tampering.withValues(signature, n, null),
                    Tampering.withValues(signature, null, n),
                    Tampering.withValues(signature, n.add(BigInteger.ONE), null));
            for (byte[] value : values) {
                assertOutcome(check(Tampering.withSignatureValue(envelope, value), "range"), NON_CONFORMANT, "SIG-RANGE");
            }
        }
    }

    /** tradecert has no CMS path: a JWS signature is raw r‖s, and DER in its place, strict or not, is an encoding error. */
    @Test
    void e05DerSignatureWithTrailingBytesRejected() throws Exception {
        for (ObjectNode envelope : List.of(consortium.invoice(), booking())) {
            byte[] signature = Tampering.signatureValue(envelope);
            for (byte[] der : List.of(Tampering.der(signature, new byte[] {0}), Tampering.nonMinimalDer(signature))) {
                assertOutcome(check(Tampering.withSignatureValue(envelope, der), "der"), NON_CONFORMANT, "SIG-ENCODING");
            }
        }
    }

    @Test
    void e06DerOrWrongLengthSignatureRejected() throws Exception {
        ObjectNode booking = booking();
        byte[] signature = Tampering.signatureValue(booking);
        for (byte[] value : List.of(Tampering.der(signature, new byte[0]), Arrays.copyOf(signature, 63), Arrays.copyOf(signature, 65),
                Arrays.copyOf(signature, 128))) {
            assertOutcome(check(Tampering.withSignatureValue(booking, value), "length"), NON_CONFORMANT, "SIG-ENCODING");
        }
        ObjectNode billOfLading = billOfLading();
        byte[] edwards = Tampering.signatureValue(billOfLading);
        assertOutcome(check(Tampering.withSignatureValue(billOfLading, Arrays.copyOf(edwards, 63)), "ed25519-short"), NON_CONFORMANT,
                "SIG-ENCODING");
    }

    @Test
    void e07HighSRejected() throws Exception {
        ObjectNode booking = booking();
        byte[] signature = Tampering.signatureValue(booking);
        byte[] high = Tampering.withValues(signature, null, P256_N.subtract(Tampering.s(signature)));

        assertOutcome(check(Tampering.withSignatureValue(booking, high), "high-s"), NON_CONFORMANT, "SIG-HIGH-S");
    }

    @Test
    void e08Sm2SignatureWithOtherUserIdRejected() throws Exception {
        ObjectNode invoice = consortium.invoice();
        PrivateKey key = consortium.key("exporter");
        for (String userId : List.of("ALICE123@YAHOO.COM", "", "1234567812345679")) {
            byte[] value = Tampering.signSm2WithUserId(key, userId.getBytes(StandardCharsets.US_ASCII), Tampering.signingInput(invoice));

            assertOutcome(check(Tampering.withSignatureValue(invoice, value), "user-id"), NON_CONFORMANT, "SIG-INVALID");
        }
        byte[] defaultId = Tampering.signSm2WithUserId(key, "1234567812345678".getBytes(StandardCharsets.US_ASCII),
                Tampering.signingInput(invoice));
        assertOutcome(check(Tampering.withSignatureValue(invoice, defaultId), "default-user-id"), CONFORMANT);
    }

    /**
     * Certificates whose key has explicit curve parameters, an unknown curve or a point off the
     * curve, each issued by the network's CA and registered, so only the key is wrong.
     */
    @Test
    void e09OddCurveKeysRejected(@TempDir Path own) throws Exception {
        Consortium network = Consortium.create(own.resolve("consortium"));
        KeyPair pair = Keys.generate(SignatureAlgorithm.ES256);
        byte[] point = SubjectPublicKeyInfo.getInstance(pair.getPublic().getEncoded()).getPublicKeyData().getBytes();
        byte[] offCurve = point.clone();
        offCurve[offCurve.length - 1] ^= 0x01;

        Map<String, SubjectPublicKeyInfo> keys = new java.util.LinkedHashMap<>();
        keys.put("explicit-parameters", new SubjectPublicKeyInfo(new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey,
                new X962Parameters(ECNamedCurveTable.getByName("P-256"))), point));
        keys.put("unknown-curve", new SubjectPublicKeyInfo(new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey,
                new ASN1ObjectIdentifier("1.3.6.1.4.1.55555.1.1")), point));
        keys.put("point-off-curve", new SubjectPublicKeyInfo(new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey,
                X9ObjectIdentifiers.prime256v1), offCurve));
        Map<String, String> expected = Map.of("explicit-parameters", "SIG-KEY-MISMATCH", "unknown-curve", "SIG-CERT-ENCODING",
                "point-off-curve", "SIG-CERT-ENCODING");
        X500Name importer = network.subject("importer");
        X500Name issuer = X500Name.getInstance(network.caCertificate().getSubjectX500Principal().getEncoded());
        for (Map.Entry<String, SubjectPublicKeyInfo> key : keys.entrySet()) {
            X509Certificate certificate = Consortium.issue(importer, key.getValue(), issuer, network.caKey(), Consortium.Profile.signing());
            network.register("importer", certificate);
            Statement statement = Tampering.statement(network.sign("importer", "booking-request.xml", "booking", SIGNED_AT));
            byte[] document = Files.readAllBytes(Consortium.example("booking-request.xml"));
            ObjectNode envelope = Consortium.signStatement(statement, document, pair.getPrivate(), List.of(certificate));

            assertOutcome(check(network, envelope, key.getKey()), NON_CONFORMANT, expected.get(key.getKey()));
        }
    }

    @Test
    void e10AlgorithmDoesNotMatchKeyRejected() throws Exception {
        ObjectNode invoice = consortium.invoice();
        ObjectNode header = Tampering.header(invoice);
        header.put("alg", "ES256");
        assertOutcome(check(Tampering.withHeader(invoice, header, null), "sm2-key-es256"), NON_CONFORMANT, "SIG-KEY-MISMATCH");

        ObjectNode billOfLading = billOfLading();
        ObjectNode edwards = Tampering.header(billOfLading);
        edwards.put("alg", "SM2-SM3");
        assertOutcome(check(Tampering.withHeader(billOfLading, edwards, null), "ed25519-key-sm2"), NON_CONFORMANT, "SIG-KEY-MISMATCH");
    }

    @Test
    void e11UnknownRootOrMissingIntermediateUntrusted(@TempDir Path own) throws Exception {
        Consortium foreign = Consortium.create(own.resolve("foreign"));
        ObjectNode foreignInvoice = foreign.invoice();
        DocumentResult unknownRoot = check(foreignInvoice, "foreign-root");
        assertOutcome(unknownRoot, NON_CONFORMANT, "CERT-UNTRUSTED", "AUTH-CERT-REGISTERED");

        Consortium network = Consortium.create(own.resolve("network"));
        // The leaf's issuer is an intermediate CA whose certificate the envelope leaves out.
        KeyPair intermediateKeys = Keys.generate(SignatureAlgorithm.SM2_SM3);
        X500Name intermediateName = new X500Name("C=CN,O=tradecert sandbox,CN=Hostile Intermediate CA");
        KeyPair leafKeys = Keys.generate(SignatureAlgorithm.SM2_SM3);
        X509Certificate leaf = Consortium.issue(network.subject("exporter"), SubjectPublicKeyInfo.getInstance(leafKeys.getPublic().getEncoded()),
                intermediateName, intermediateKeys.getPrivate(), Consortium.Profile.signing());
        network.register("exporter", leaf);
        Statement statement = Tampering.statement(network.invoice());
        byte[] document = Files.readAllBytes(Consortium.example("commercial-invoice.xml"));

        ObjectNode missing = Consortium.signStatement(statement, document, leafKeys.getPrivate(), List.of(leaf));
        assertOutcome(check(network, missing, "missing-intermediate"), NON_CONFORMANT, "CERT-UNTRUSTED");
    }

    @Test
    void e12CaOrSelfSignedSignerRejected(@TempDir Path own) throws Exception {
        ObjectNode invoice = consortium.invoice();
        Statement statement = Tampering.statement(invoice);
        byte[] document = Tampering.document(invoice);
        ObjectNode byCa = Consortium.signStatement(statement, document, consortium.caKey(), List.of(consortium.caCertificate()));
        assertOutcome(check(byCa, "ca-signer"), NON_CONFORMANT, "CERT-NOT-END-ENTITY", "AUTH-CERT-ORG");

        Consortium network = Consortium.create(own.resolve("network"));
        KeyPair keys = Keys.generate(SignatureAlgorithm.SM2_SM3);
        X500Name exporter = network.subject("exporter");
        X509Certificate selfSigned = Consortium.issue(exporter, SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded()), exporter,
                keys.getPrivate(), Consortium.Profile.signing());
        network.register("exporter", selfSigned);
        ObjectNode bySelf = Consortium.signStatement(Tampering.statement(network.invoice()), document, keys.getPrivate(), List.of(selfSigned));
        assertOutcome(check(network, bySelf, "self-signed"), NON_CONFORMANT, "CERT-UNTRUSTED");
    }

    @Test
    void e13LeafWithoutDigitalSignatureRejected(@TempDir Path own) throws Exception {
        assertKeyUsageRejected(own, KeyUsage.nonRepudiation);
    }

    /** The encryption certificate of a double-certificate (SM2) system: same organisation, no digitalSignature. */
    @Test
    void e14EncryptionCertificateRejected(@TempDir Path own) throws Exception {
        assertKeyUsageRejected(own, KeyUsage.keyEncipherment | KeyUsage.dataEncipherment | KeyUsage.keyAgreement);
    }

    private void assertKeyUsageRejected(Path own, int keyUsage) throws Exception {
        Consortium network = Consortium.create(own.resolve("network"));
        X509Certificate certificate = network.issue(network.subject("exporter"), network.certificate("exporter").getPublicKey(),
                Consortium.Profile.signing().withKeyUsage(keyUsage));
        network.register("exporter", certificate);
        ObjectNode invoice = network.invoice();
        ObjectNode envelope = Consortium.signStatement(Tampering.statement(invoice), Tampering.document(invoice), network.key("exporter"),
                List.of(certificate));

        assertOutcome(check(network, envelope, "key-usage"), NON_CONFORMANT, "CERT-KEY-USAGE");
    }

    @Test
    void e15ExpiredOrNotYetValidRejected(@TempDir Path own) throws Exception {
        Consortium network = Consortium.create(own.resolve("network"));
        Path expired = own.resolve("expired.pem");
        Path future = own.resolve("future.pem");
        X509Certificate old = SandboxConsortium.issue(network.dir, "exporter", Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-06-30T00:00:00Z"), expired, null);
        X509Certificate early = SandboxConsortium.issue(network.dir, "exporter", Instant.parse("2027-01-01T00:00:00Z"),
                Instant.parse("2028-01-01T00:00:00Z"), future, null);
        network.reload();

        ObjectNode invoice = network.invoice();
        for (X509Certificate certificate : List.of(old, early)) {
            ObjectNode envelope = Consortium.signStatement(Tampering.statement(invoice), Tampering.document(invoice), network.key("exporter"),
                    List.of(certificate));
            assertOutcome(check(network, envelope, "validity"), NON_CONFORMANT, "CERT-EXPIRED");
        }
    }

    @Test
    void e16RevokedBeforeSigningTimeRejected(@TempDir Path own) throws Exception {
        Consortium network = Consortium.create(own.resolve("network"));
        SandboxConsortium.revoke(network.dir, network.certificate("exporter"), Instant.parse("2026-10-01T00:00:00Z"), null);
        network.reload();

        assertOutcome(check(network, network.invoice(), "revoked-before"), NON_CONFORMANT, "CERT-REVOKED");

        Consortium later = Consortium.create(own.resolve("later"));
        SandboxConsortium.revoke(later.dir, later.certificate("exporter"), Instant.parse("2026-12-01T00:00:00Z"), null);
        later.reload();
        assertOutcome(check(later, later.invoice(), "revoked-after"), CONFORMANT);
    }

    @Test
    void e17StaleOrMissingCrlIsRevocationUnknown(@TempDir Path own) throws Exception {
        Consortium network = Consortium.create(own.resolve("network"));
        ObjectNode invoice = network.invoice();

        X509CRL stale = org.tradecert.sandbox.Certificates.crl(network.caCertificate(), network.caKey(), Consortium.VALID_FROM,
                Instant.parse("2026-02-01T00:00:00Z"), Map.of());
        network.replaceCrls(List.of(stale));
        assertOutcome(check(network, invoice, "stale-crl"), NON_CONFORMANT, "CERT-REVOCATION-UNKNOWN");

        network.replaceCrls(List.of());
        assertOutcome(check(network, invoice, "no-crl"), NON_CONFORMANT, "CERT-REVOCATION-UNKNOWN");
    }

    /**
     * A root that allows one intermediate, an intermediate constrained to one organisation, and
     * a leaf of another organisation under it: path validation fails on the name constraint.
     */
    @Test
    void e18NameConstraintsViolationUntrusted(@TempDir Path own) throws Exception {
        Consortium network = Consortium.create(own.resolve("network"));
        KeyPair rootKeys = Keys.generate(SignatureAlgorithm.SM2_SM3);
        X500Name rootName = new X500Name("C=CN,O=tradecert sandbox,CN=Hostile Constrained Root");
        X509Certificate root = Consortium.issue(rootName, SubjectPublicKeyInfo.getInstance(rootKeys.getPublic().getEncoded()), rootName,
                rootKeys.getPrivate(), Consortium.Profile.authority(1, null));
        NameConstraints onlyPermitted = new NameConstraints(
                new GeneralSubtree[] {new GeneralSubtree(new GeneralName(new X500Name("C=CN,O=Permitted Trading Co")))}, null);
        KeyPair intermediateKeys = Keys.generate(SignatureAlgorithm.SM2_SM3);
        X500Name intermediateName = new X500Name("C=CN,O=tradecert sandbox,CN=Constrained Intermediate");
        X509Certificate intermediate = Consortium.issue(intermediateName, SubjectPublicKeyInfo.getInstance(intermediateKeys.getPublic().getEncoded()),
                rootName, rootKeys.getPrivate(), Consortium.Profile.authority(0, onlyPermitted));
        X509Certificate leaf = Consortium.issue(network.subject("exporter"),
                SubjectPublicKeyInfo.getInstance(network.certificate("exporter").getPublicKey().getEncoded()), intermediateName,
                intermediateKeys.getPrivate(), Consortium.Profile.signing());
        X509CRL crl = org.tradecert.sandbox.Certificates.crl(root, rootKeys.getPrivate(), Consortium.VALID_FROM,
                Consortium.VALID_FROM.plusSeconds(3650L * 86400), Map.of());
        network.replaceTrust(root, crl);
        network.register("exporter", leaf);
        ObjectNode invoice = network.invoice();
        ObjectNode envelope = Consortium.signStatement(Tampering.statement(invoice), Tampering.document(invoice), network.key("exporter"),
                List.of(leaf, intermediate));

        DocumentResult result = check(network, envelope, "name-constraints");

        assertOutcome(result, NON_CONFORMANT, "CERT-UNTRUSTED");
        assertThat(String.join(" ", result.findings().get(0).arguments()).toLowerCase(java.util.Locale.ROOT)).contains("subtree");
    }

    @Test
    void e19OversizedChainOrDeepAsn1Rejected() throws Exception {
        ObjectNode invoice = consortium.invoice();
        PrivateKey key = consortium.key("exporter");
        String leaf = Base64.getEncoder().encodeToString(consortium.certificate("exporter").getEncoded());

        ObjectNode fifty = Tampering.header(invoice);
        var chain = fifty.putArray("x5c");
        for (int i = 0; i < 50; i++) {
            chain.add(leaf);
        }
        assertOutcome(check(Tampering.withHeader(invoice, fifty, key), "chain-50"), NON_CONFORMANT, "ENV-HEADER");

        byte[] nested = new byte[200_000];
        for (int i = 0; i < nested.length; i += 2) {
            nested[i] = 0x30;
            nested[i + 1] = (byte) 0x80;
        }
        ObjectNode deep = Tampering.header(invoice);
        deep.putArray("x5c").add(Base64.getEncoder().encodeToString(nested));
        assertOutcome(check(Tampering.withHeader(invoice, deep, key), "deep-asn1"), NON_CONFORMANT, "SIG-CERT-ENCODING");
    }

    @Test
    void e20RoleOrOrganisationNotAuthorisedRejected() throws Exception {
        byte[] invoiceBytes = Files.readAllBytes(Consortium.example("commercial-invoice.xml"));
        Statement invoice = Tampering.statement(consortium.invoice());

        Statement byBank = withSubmitter(invoice, consortium.registry().withRole("bank").get(0).orgId(), "bank");
        ObjectNode bankEnvelope = Consortium.signStatement(byBank, invoiceBytes, consortium.key("bank"), List.of(consortium.certificate("bank")));
        assertOutcome(check(bankEnvelope, "bank-invoice"), NON_CONFORMANT, "AUTH-ROLE-DOCTYPE");

        Statement booking = Tampering.statement(booking());
        byte[] bookingBytes = Files.readAllBytes(Consortium.example("booking-request.xml"));
        ObjectNode otherOrg = Consortium.signStatement(booking, bookingBytes, consortium.key("exporter"),
                List.of(consortium.certificate("exporter")));
        assertOutcome(check(otherOrg, "importer-claimed-by-exporter"), NON_CONFORMANT, "AUTH-CERT-ORG");

        Statement roleNotHeld = withSubmitter(invoice, invoice.submitterOrgId(), "importer");
        ObjectNode notHeld = Consortium.signStatement(roleNotHeld, invoiceBytes, consortium.key("exporter"),
                List.of(consortium.certificate("exporter")));
        assertOutcome(check(notHeld, "role-not-held"), NON_CONFORMANT, "AUTH-ROLE-HELD", "AUTH-ROLE-DOCTYPE");

        Statement stranger = withSubmitter(invoice, "91350100M000100Y43", "exporter");
        ObjectNode unknown = Consortium.signStatement(stranger, invoiceBytes, consortium.key("exporter"),
                List.of(consortium.certificate("exporter")));
        assertOutcome(check(unknown, "unknown-organisation"), NON_CONFORMANT, "AUTH-PARTICIPANT");
    }

    private static Statement withSubmitter(Statement s, String orgId, String role) {
        return new Statement(s.profile(), s.submissionId(), s.nonce(), s.createdAt(), s.chainId(), s.channel(), s.docType(), s.docId(),
                s.docVersion(), s.supersedes(), s.schemaId(), s.mediaType(), s.payloadLength(), s.payloadDigestAlgorithm(),
                s.payloadDigest(), orgId, s.submitterOrgIdScheme(), role, s.references());
    }

    /**
     * tradecert has no n-of-m signature policy: every signature of an envelope must verify on its
     * own, the first signer is the submitter, and a policy that sets a threshold is not a
     * valid registry.
     */
    @Test
    void e21NoThresholdEverySignatureChecked() throws Exception {
        ObjectNode invoice = consortium.invoice();
        ObjectNode twice = invoice.deepCopy();
        ((com.fasterxml.jackson.databind.node.ArrayNode) twice.path("signatures")).add(invoice.path("signatures").get(0).deepCopy());
        assertOutcome(check(twice, "same-signer-twice"), CONFORMANT);

        ObjectNode second = twice.deepCopy();
        byte[] value = Tampering.signatureValue(invoice);
        value[5] ^= 0x01;
        ((ObjectNode) second.path("signatures").get(1)).put("signature", Base64.getUrlEncoder().withoutPadding().encodeToString(value));
        DocumentResult result = check(second, "second-signature-broken");
        assertOutcome(result, NON_CONFORMANT, "SIG-INVALID");
        assertThat(result.findings().get(0).location().jsonPointer()).isEqualTo("/signatures/1");

        String registry = Files.readString(consortium.dir.resolve(SandboxConsortium.REGISTRY))
                .replace("\"requireLowS\": true", "\"requireLowS\": true, \"signatureThreshold\": 2");
        assertThatThrownBy(() -> new RegistryLoader().load("threshold.json", registry.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RegistryException.class);
    }

    @Test
    void e22ReplayedSubmissionIdOrNonceRejected() throws Exception {
        ObjectNode invoice = consortium.invoice();
        Statement original = Tampering.statement(invoice);
        ObjectNode packing = consortium.sign("exporter", "packing-list.xml", "packing-list", SIGNED_AT);
        Statement packingStatement = Tampering.statement(packing);
        byte[] packingBytes = Tampering.document(packing);
        PrivateKey key = consortium.key("exporter");
        List<X509Certificate> chain = List.of(consortium.certificate("exporter"));

        ObjectNode sameNonce = Consortium.signStatement(withIds(packingStatement, packingStatement.submissionId(), original.nonce()),
                packingBytes, key, chain);
        ObjectNode booking = consortium.sign("exporter", "booking-request.xml", "booking", SIGNED_AT);
        Statement bookingStatement = Tampering.statement(booking);
        ObjectNode sameId = Consortium.signStatement(withIds(bookingStatement, original.submissionId(), bookingStatement.nonce()),
                Tampering.document(booking), key, chain);
        List<Path> files = List.of(write(invoice, "1-original"), write(invoice.deepCopy(), "2-copy"), write(sameNonce, "3-same-nonce"),
                write(sameId, "4-same-id"));

        List<DocumentResult> results = validateAll(consortium.validator(), files);

        assertThat(results).hasSize(4);
        assertOutcome(results.get(0), CONFORMANT);
        assertOutcome(results.get(1), NON_CONFORMANT, "REPLAY-SUBMISSION-ID", "REPLAY-NONCE");
        assertOutcome(results.get(2), NON_CONFORMANT, "REPLAY-NONCE");
        assertOutcome(results.get(3), NON_CONFORMANT, "REPLAY-SUBMISSION-ID");
    }

    private static Statement withIds(Statement s, String submissionId, String nonce) {
        return new Statement(s.profile(), submissionId, nonce, s.createdAt(), s.chainId(), s.channel(), s.docType(), s.docId(),
                s.docVersion(), s.supersedes(), s.schemaId(), s.mediaType(), s.payloadLength(), s.payloadDigestAlgorithm(),
                s.payloadDigest(), s.submitterOrgId(), s.submitterOrgIdScheme(), s.submitterRole(), s.references());
    }

    private Path write(ObjectNode envelope, String name) throws Exception {
        Path file = temp.resolve(name + ".envelope.json");
        Files.writeString(file, JsonText.write(envelope), StandardCharsets.UTF_8);
        return file;
    }

    /**
     * The time window needs a trusted time, which only the ledger gives: a statement created
     * beyond the allowed clock skew after its block, or older than the allowed age, is rejected.
     */
    @Test
    void e23TimeWindowAtLedgerTimeRejected() throws Exception {
        Path ledgerDir = temp.resolve("ledger");
        SandboxLedger ledger = consortium.newLedger(ledgerDir, consortium.registry().chainId(), consortium.registry().channel());
        ObjectNode future = consortium.sign("exporter", "commercial-invoice.xml", "commercial-invoice", Instant.parse("2026-11-18T23:00:00Z"));
        ObjectNode stale = consortium.sign("exporter", "packing-list.xml", "packing-list", Instant.parse("2026-11-10T00:00:00Z"));
        consortium.append(ledger, Instant.parse("2026-11-18T22:00:00Z"), future, stale);

        Outcomes.LedgerResults results = Outcomes.validateLedger(consortium.validator(), ledgerDir);

        assertThat(results.submissions()).hasSize(2);
        assertOutcome(results.submissions().get(0), NON_CONFORMANT, "AUTH-TIME");
        assertOutcome(results.submissions().get(1), NON_CONFORMANT, "AUTH-TIME");
        assertOutcome(results.chain(), CONFORMANT);
    }

    @Test
    void j08IntegerBeyond2To53InStatementRejected() throws Exception {
        HostileInputs inputs = new HostileInputs(temp.resolve("inputs"), canary);
        assertThat(Tampering.statementText(consortium.invoice())).contains("\"docVersion\":1,");

        Outcomes.assertCases(consortium.validator(), inputs.j08(consortium));
    }

    @Test
    void j14StatementNotInCanonicalFormRejected() throws Exception {
        HostileInputs inputs = new HostileInputs(temp.resolve("inputs"), canary);

        List<DocumentResult> results = Outcomes.assertCases(consortium.validator(), inputs.j14(consortium));

        assertThat(results).hasSize(5);
        assertThat(Jcs.isCanonical(Tampering.statementText(consortium.invoice()).getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    /**
     * A detached document changed after signing the way transports change text: line ends
     * converted to CRLF, a byte-order mark added, or one LF turned into CR (same length).
     */
    @Test
    void x20CrlfOrBomBreaksDigest() throws Exception {
        byte[] original = Files.readAllBytes(Consortium.example("commercial-invoice.xml"));
        String text = new String(original, StandardCharsets.UTF_8);
        Map<String, byte[]> changes = Map.of(
                "crlf", text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8),
                "bom", HostileInputs.withUtf8Bom(text),
                "one-cr", text.replaceFirst("\n", "\r").getBytes(StandardCharsets.UTF_8));

        for (Map.Entry<String, byte[]> change : changes.entrySet()) {
            Path folder = Files.createDirectories(temp.resolve(change.getKey()));
            Path document = folder.resolve("commercial-invoice.xml");
            ObjectNode detached = consortium.invoice();
            detached.remove("document");
            Files.write(document, change.getValue());
            Files.writeString(folder.resolve("commercial-invoice.xml.envelope.json"), JsonText.write(detached));

            List<DocumentResult> results = validateAll(consortium.validator(), List.of(folder));

            assertThat(results).as("the document is validated once, through its envelope").hasSize(1);
            if (change.getKey().equals("one-cr")) {
                assertOutcome(results.get(0), NON_CONFORMANT, "SIG-DIGEST");
            } else {
                assertOutcome(results.get(0), NON_CONFORMANT, "SIG-LENGTH", "SIG-DIGEST");
            }
        }
    }

    /**
     * A hostile document inside a correctly signed envelope meets the same input screen as a
     * bare one: the signature and the certificate are valid, and the payload is rejected.
     */
    @Test
    void x01j01HostilePayloadInSignedEnvelopeRejected() throws Exception {
        HostileInputs inputs = new HostileInputs(temp.resolve("inputs"), canary);
        Map<HostileInputs.Case, String> payloads = new java.util.LinkedHashMap<>();
        payloads.put(inputs.x01().get(0), "application/xml");
        payloads.put(inputs.x02().get(0), "application/xml");
        payloads.put(inputs.x09().get(0), "application/xml");
        payloads.put(inputs.j01().get(0), "application/json");
        payloads.put(inputs.j03().get(2), "application/json");
        Statement base = Tampering.statement(consortium.invoice());

        for (Map.Entry<HostileInputs.Case, String> payload : payloads.entrySet()) {
            byte[] bytes = Files.readAllBytes(payload.getKey().input());
            Statement statement = new Statement(base.profile(), base.submissionId(), base.nonce(), base.createdAt(), base.chainId(),
                    base.channel(), base.docType(), base.docId(), base.docVersion(), base.supersedes(), base.schemaId(), payload.getValue(),
                    bytes.length, base.payloadDigestAlgorithm(), org.tradecert.crypto.DigestAlgorithm.SM3.hex(bytes),
                    base.submitterOrgId(), base.submitterOrgIdScheme(), base.submitterRole(), base.references());
            ObjectNode envelope = Consortium.signStatement(statement, bytes, consortium.key("exporter"),
                    List.of(consortium.certificate("exporter")));

            DocumentResult result = check(envelope, "hostile-payload");

            assertOutcome(result, NON_CONFORMANT, payload.getKey().ruleIds().toArray(String[]::new));
            assertThat(result.layer(Layer.INTEGRITY).status()).as(payload.getKey().toString()).isEqualTo(LayerStatus.VALID);
            Outcomes.assertNoLeak(result, HostileInputs.SECRET);
        }
    }

    /**
     * Signature wrapping against an envelope: the document carries an XMLDSig element over a
     * copied party, and the envelope signs the exact bytes. The envelope signature decides
     * integrity; the embedded signature is never consulted and the schema rejects it.
     */
    @Test
    void x17EnvelopeSignatureDecidesNotEmbeddedXmlDsig() throws Exception {
        HostileInputs inputs = new HostileInputs(temp.resolve("inputs"), canary);
        byte[] wrapped = Files.readAllBytes(inputs.x17().get(0).input());
        Statement base = Tampering.statement(consortium.invoice());
        Statement statement = new Statement(base.profile(), base.submissionId(), base.nonce(), base.createdAt(), base.chainId(),
                base.channel(), base.docType(), base.docId(), base.docVersion(), base.supersedes(), base.schemaId(), base.mediaType(),
                wrapped.length, base.payloadDigestAlgorithm(), org.tradecert.crypto.DigestAlgorithm.SM3.hex(wrapped),
                base.submitterOrgId(), base.submitterOrgIdScheme(), base.submitterRole(), base.references());
        ObjectNode envelope = Consortium.signStatement(statement, wrapped, consortium.key("exporter"),
                List.of(consortium.certificate("exporter")));

        DocumentResult result = check(envelope, "wrapped");

        assertOutcome(result, NON_CONFORMANT, "SCHEMA-STRUCTURE");
        assertThat(result.layer(Layer.INTEGRITY).status()).isEqualTo(LayerStatus.VALID);
    }

    /**
     * tradecert has no attachments: a statement that lists them, names with path tricks
     * included, is not a valid statement, and an envelope member for them is not allowed.
     * Nothing named in an envelope is ever opened as a path.
     */
    @Test
    void c01AttachmentNamesNeverUsedAsPaths() throws Exception {
        HostileInputs inputs = new HostileInputs(temp.resolve("inputs"), canary);

        Outcomes.assertCases(consortium.validator(), inputs.c01(consortium));
    }

    /** Writes 1e99999999999 into the envelope and into the protected header; the statement's case is part of J8. */
    @Test
    void j03WideExponentInEnvelopeRejected() throws Exception {
        ObjectNode invoice = consortium.invoice();
        Path envelopeFile = temp.resolve("wide.envelope.json");
        Files.writeString(envelopeFile, "{\"extra\": 1e99999999999," + JsonText.write(invoice).substring(1));
        assertOutcome(validate(consortium.validator(), envelopeFile), NON_CONFORMANT, "ENV-JSON");

        String header = new String(Base64.getUrlDecoder().decode(invoice.path("signatures").get(0).path("protected").asText()),
                StandardCharsets.UTF_8);
        ObjectNode wideHeader = invoice.deepCopy();
        ((ObjectNode) wideHeader.path("signatures").get(0)).put("protected", Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("{\"x\":1e99999999999," + header.substring(1)).getBytes(StandardCharsets.UTF_8)));
        assertOutcome(check(wideHeader, "wide-header"), NON_CONFORMANT, "ENV-HEADER");
    }
}
