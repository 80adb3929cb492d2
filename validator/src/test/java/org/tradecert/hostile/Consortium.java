package org.tradecert.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.NameConstraints;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.tradecert.ProjectPaths;
import org.tradecert.crypto.Keys;
import org.tradecert.crypto.SignatureAlgorithm;
import org.tradecert.document.DocumentReader;
import org.tradecert.engine.Validator;
import org.tradecert.envelope.DocumentSigning;
import org.tradecert.envelope.EnvelopeSigner;
import org.tradecert.envelope.Statement;
import org.tradecert.ledger.Anchor;
import org.tradecert.ledger.LedgerConfig;
import org.tradecert.ledger.SandboxLedger;
import org.tradecert.registry.BouncyCastle;
import org.tradecert.registry.NetworkRegistry;
import org.tradecert.registry.Pem;
import org.tradecert.registry.RegistryLoader;
import org.tradecert.sandbox.SandboxConsortium;
import org.tradecert.schema.catalog.SchemaCatalog;
import org.tradecert.schema.generate.JsonText;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * A demo consortium created for the hostile-input tests. Its shortcuts sign the example
 * documents as its participants, sign statements the signing API would reject, issue odd
 * certificates with its CA key and change its registry.
 */
final class Consortium {

    static final Instant VALID_FROM = Instant.parse("2026-01-01T00:00:00Z");
    /** A creation time inside every certificate's validity. */
    static final Instant SIGNED_AT = Instant.parse("2026-11-18T23:00:00Z");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    final Path dir;
    private NetworkRegistry registry;

    private Consortium(Path dir) throws Exception {
        this.dir = dir;
        this.registry = new RegistryLoader().load(dir.resolve(SandboxConsortium.REGISTRY));
    }

    static Consortium create(Path dir) throws Exception {
        SandboxConsortium.init(dir, new SandboxConsortium.Options(SandboxConsortium.DEFAULT_CHAIN, SandboxConsortium.DEFAULT_CHANNEL,
                VALID_FROM, 10, null));
        return new Consortium(dir);
    }

    NetworkRegistry registry() {
        return registry;
    }

    /** Builds a validator that checks envelopes against this consortium's registry as it is now. */
    Validator validator() {
        return Validator.builder().registry(registry).build();
    }

    PrivateKey key(String role) throws Exception {
        return Keys.readPrivateKey(Files.readString(dir.resolve("participants").resolve(role).resolve("key.pem")), null);
    }

    X509Certificate certificate(String role) throws Exception {
        return Pem.certificate(Files.readString(dir.resolve("participants").resolve(role).resolve("cert.pem")));
    }

    X509Certificate caCertificate() throws Exception {
        return Pem.certificate(Files.readString(dir.resolve("ca/ca.cert.pem")));
    }

    PrivateKey caKey() throws Exception {
        return Keys.readPrivateKey(Files.readString(dir.resolve("ca/ca.key.pem")), null);
    }

    PrivateKey operatorKey() throws Exception {
        return Keys.readPrivateKey(Files.readString(dir.resolve("operator/key.pem")), null);
    }

    /** Returns the path of a valid sea example document, which tests read in place. */
    static Path example(String name) {
        return ProjectPaths.examples().resolve("documents/valid/sea").resolve(name);
    }

    /** Signs an example document as the participant of a role, embedding it, with a valid statement. */
    ObjectNode sign(String role, String exampleName, String type, Instant createdAt) throws Exception {
        Path document = example(exampleName);
        DocumentSigning signing = new DocumentSigning(new DocumentReader(SchemaCatalog.bundled()), registry);
        return signing.sign(Files.readAllBytes(document), document.toString(), key(role), List.of(certificate(role)),
                new DocumentSigning.Options(type, null, role, null, List.of(), null, true, createdAt)).envelope();
    }

    /** Signs the commercial invoice as the exporter: the valid envelope most tampering starts from. */
    ObjectNode invoice() throws Exception {
        return sign("exporter", "commercial-invoice.xml", "commercial-invoice", SIGNED_AT);
    }

    /**
     * Signs a statement exactly as given, with any key and chain, for statements the signing API
     * would reject (another organisation, a role not held, another chain).
     */
    static ObjectNode signStatement(Statement statement, byte[] document, PrivateKey key, List<X509Certificate> chain) {
        SignatureAlgorithm algorithm = Keys.algorithmOf(key).orElseThrow();
        return EnvelopeSigner.sign(statement, document, algorithm, key, chain, true);
    }

    /** Adds a certificate to the registered certificates of the participant holding a role, and reloads the registry. */
    void register(String role, X509Certificate certificate) throws Exception {
        ObjectNode tree = (ObjectNode) JSON.readTree(dir.resolve(SandboxConsortium.REGISTRY).toFile());
        String orgId = registry.withRole(role).get(0).orgId();
        for (JsonNode participant : tree.path("participants")) {
            if (participant.path("orgId").asText().equals(orgId)) {
                ((ArrayNode) participant.path("certificates")).add(Pem.toPem(certificate));
            }
        }
        writeRegistry(tree);
    }

    /** Reads the registry again after {@link SandboxConsortium} changed its file. */
    void reload() throws Exception {
        registry = new RegistryLoader().load(dir.resolve(SandboxConsortium.REGISTRY));
    }

    /** Replaces the registry's CRLs, and reloads it. */
    void replaceCrls(List<X509CRL> crls) throws Exception {
        ObjectNode tree = (ObjectNode) JSON.readTree(dir.resolve(SandboxConsortium.REGISTRY).toFile());
        ArrayNode list = tree.putArray("crls");
        for (X509CRL crl : crls) {
            list.add(Pem.toPem(crl));
        }
        writeRegistry(tree);
    }

    /** Replaces the registry's trust anchors and CRLs, and reloads it. */
    void replaceTrust(X509Certificate anchor, X509CRL crl) throws Exception {
        ObjectNode tree = (ObjectNode) JSON.readTree(dir.resolve(SandboxConsortium.REGISTRY).toFile());
        ObjectNode entry = tree.putArray("trustAnchors").addObject();
        entry.put("name", Pem.subject(anchor));
        entry.put("certificate", Pem.toPem(anchor));
        tree.putArray("crls").add(Pem.toPem(crl));
        writeRegistry(tree);
    }

    private void writeRegistry(ObjectNode tree) throws Exception {
        Files.writeString(dir.resolve(SandboxConsortium.REGISTRY), JsonText.write(tree), StandardCharsets.UTF_8);
        registry = new RegistryLoader().load(dir.resolve(SandboxConsortium.REGISTRY));
    }

    /**
     * What a test certificate carries besides its subject and key.
     *
     * @param pathLength the basicConstraints path length of a CA certificate; ignored for an end entity
     */
    record Profile(boolean ca, int pathLength, int keyUsage, NameConstraints nameConstraints, Instant notBefore, Instant notAfter) {

        /** Returns the profile of an end-entity signing certificate like the sandbox issues: digitalSignature and nonRepudiation. */
        static Profile signing() {
            return new Profile(false, 0, KeyUsage.digitalSignature | KeyUsage.nonRepudiation, null, VALID_FROM,
                    VALID_FROM.plusSeconds(3650L * 86400));
        }

        /** Returns the profile of a CA certificate that signs certificates and CRLs. */
        static Profile authority(int pathLength, NameConstraints constraints) {
            return new Profile(true, pathLength, KeyUsage.keyCertSign | KeyUsage.cRLSign, constraints, VALID_FROM,
                    VALID_FROM.plusSeconds(3650L * 86400));
        }

        Profile withKeyUsage(int usage) {
            return new Profile(ca, pathLength, usage, nameConstraints, notBefore, notAfter);
        }
    }

    /** Issues a certificate for any subject public key, signed by the given issuer key (SM2 over SM3 for the sandbox CA). */
    static X509Certificate issue(X500Name subject, SubjectPublicKeyInfo publicKey, X500Name issuer, PrivateKey issuerKey,
                                 Profile profile) throws Exception {
        X509v3CertificateBuilder builder = new X509v3CertificateBuilder(issuer, new BigInteger(64, RANDOM).setBit(63),
                Date.from(profile.notBefore()), Date.from(profile.notAfter()), subject, publicKey);
        builder.addExtension(Extension.basicConstraints, true,
                profile.ca() ? new BasicConstraints(profile.pathLength()) : new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(profile.keyUsage()));
        if (profile.nameConstraints() != null) {
            builder.addExtension(Extension.nameConstraints, true, profile.nameConstraints());
        }
        String algorithm = switch (Keys.algorithmOf(issuerKey).orElseThrow()) {
            case SM2_SM3 -> "SM3withSM2";
            case ES256 -> "SHA256withECDSA";
            case ED25519 -> "Ed25519";
        };
        return new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER)
                .getCertificate(builder.build(new JcaContentSignerBuilder(algorithm).setProvider(BouncyCastle.PROVIDER).build(issuerKey)));
    }

    /** Issues a certificate with the sandbox CA. */
    X509Certificate issue(X500Name subject, PublicKey publicKey, Profile profile) throws Exception {
        X509Certificate ca = caCertificate();
        return issue(subject, SubjectPublicKeyInfo.getInstance(publicKey.getEncoded()),
                X500Name.getInstance(ca.getSubjectX500Principal().getEncoded()), caKey(), profile);
    }

    /** Returns the subject name of a participant's certificate, for a further certificate of the same organisation. */
    X500Name subject(String role) throws Exception {
        return X500Name.getInstance(certificate(role).getSubjectX500Principal().getEncoded());
    }

    /** Creates an empty sandbox ledger for this consortium's network, or another network's. */
    SandboxLedger newLedger(Path ledgerDir, String chainId, String channel) throws Exception {
        LedgerConfig config = new LedgerConfig(chainId, channel, registry.policy().statementDigestAlgorithm(), VALID_FROM);
        return SandboxLedger.create(ledgerDir, config, Files.readAllBytes(dir.resolve(SandboxConsortium.REGISTRY)),
                SignatureAlgorithm.SM2_SM3, operatorKey());
    }

    /** Anchors envelopes in one new block at the given ledger time. */
    List<Anchor> append(SandboxLedger ledger, Instant time, ObjectNode... envelopes) throws Exception {
        return ledger.append(List.of(envelopes), time, SignatureAlgorithm.SM2_SM3, operatorKey());
    }
}
