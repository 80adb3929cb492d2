package org.tradecert.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bouncycastle.asn1.x500.X500Name;
import org.tradecert.crypto.DigestAlgorithm;
import org.tradecert.crypto.KeyException;
import org.tradecert.crypto.Keys;
import org.tradecert.crypto.SignatureAlgorithm;
import org.tradecert.ledger.LedgerConfig;
import org.tradecert.ledger.LedgerException;
import org.tradecert.ledger.SandboxLedger;
import org.tradecert.registry.Pem;
import org.tradecert.schema.generate.JsonText;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A demo consortium for trying the network out: an SM2 root CA, one participant of every role
 * with its key and certificate, the ledger operator, the network registry and policy, and an
 * empty sandbox ledger. Every key it writes is a published demo key, marked as such, and must
 * never sign anything real.
 *
 * <pre>
 * DIR/README.txt                      what the folder is, in English and Chinese
 * DIR/network.json                    registry and policy (tradecert-network/1)
 * DIR/ca/ca.cert.pem, ca.key.pem      the root CA; crl-*.pem its CRLs
 * DIR/operator/cert.pem, key.pem      the ledger operator
 * DIR/participants/ROLE/cert.pem, key.pem
 * DIR/ledger/                         the sandbox ledger, with a copy of network.json
 * </pre>
 */
public final class SandboxConsortium {

    public static final String REGISTRY = "network.json";
    public static final String DEFAULT_CHAIN = "tianjin-port-trade";
    public static final String DEFAULT_CHANNEL = "trade-documents";

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * How to create the consortium.
     *
     * @param validFrom   start of every certificate's validity and of the first CRL
     * @param validYears  how long certificates and the first CRL are valid
     * @param keyPassword protects every private key as encrypted PKCS#8, or null for plain PKCS#8
     */
    public record Options(String chainId, String channel, Instant validFrom, int validYears, char[] keyPassword) {
    }

    private SandboxConsortium() {
    }

    public static void init(Path dir, Options options) throws IOException, GeneralSecurityException, LedgerException {
        if (Files.exists(dir.resolve(REGISTRY))) {
            throw new IOException(dir + " already holds a consortium (" + REGISTRY + " exists); choose an empty folder");
        }
        Files.createDirectories(dir);
        Instant notBefore = options.validFrom();
        Instant notAfter = notBefore.atZone(ZoneOffset.UTC).plusYears(options.validYears()).toInstant();

        KeyPair caKeys = Keys.generate(SignatureAlgorithm.SM2_SM3);
        X500Name caName = Certificates.name("CN", "tradecert sandbox", null, "tradecert Sandbox Root CA (DEMO)", null);
        X509Certificate ca = Certificates.selfSignedCa(caName, caKeys.getPublic(), caKeys.getPrivate(), notBefore, notAfter);
        writeKeyAndCertificate(dir.resolve("ca"), "ca.cert.pem", "ca.key.pem", ca, caKeys.getPrivate(), options.keyPassword());
        X509CRL crl = Certificates.crl(ca, caKeys.getPrivate(), notBefore, notAfter, Map.of());
        Files.writeString(dir.resolve("ca/crl-0001.pem"), Pem.toPem(crl), StandardCharsets.US_ASCII);

        KeyPair operatorKeys = Keys.generate(SignatureAlgorithm.SM2_SM3);
        X509Certificate operator = Certificates.signing(
                Certificates.name("CN", "tradecert sandbox", "ledger-operator", "tradecert Sandbox Ledger Operator (DEMO)", null),
                operatorKeys.getPublic(), ca, caKeys.getPrivate(), notBefore, notAfter);
        writeKeyAndCertificate(dir.resolve("operator"), "cert.pem", "key.pem", operator, operatorKeys.getPrivate(), options.keyPassword());

        ObjectNode registry = registry(options, ca, operator, List.of(crl));
        ArrayNode participants = registry.putArray("participants");
        for (DemoParticipant member : DemoParticipant.ALL) {
            KeyPair keys = Keys.generate(member.algorithm());
            X509Certificate certificate = Certificates.signing(
                    Certificates.name(member.country(), member.certificateName(), member.role(), member.role() + " signing key (DEMO)", member.orgId()),
                    keys.getPublic(), ca, caKeys.getPrivate(), notBefore, notAfter);
            writeKeyAndCertificate(dir.resolve("participants").resolve(member.role()), "cert.pem", "key.pem", certificate,
                    keys.getPrivate(), options.keyPassword());
            ObjectNode entry = participants.addObject();
            entry.put("orgId", member.orgId());
            entry.put("orgIdScheme", member.orgIdScheme());
            ObjectNode name = entry.putObject("name");
            name.put("en", member.name().en());
            name.put("zh", member.name().zh());
            entry.putArray("roles").add(member.role());
            entry.putArray("certificates").add(Pem.toPem(certificate));
        }
        byte[] registryBytes = JsonText.write(registry).getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve(REGISTRY), registryBytes);
        Files.writeString(dir.resolve("README.txt"), readme(), StandardCharsets.UTF_8);

        LedgerConfig config = new LedgerConfig(options.chainId(), options.channel(), DigestAlgorithm.SM3, notBefore);
        SandboxLedger.create(dir.resolve("ledger"), config, registryBytes, SignatureAlgorithm.SM2_SM3, operatorKeys.getPrivate());
    }

    private static ObjectNode registry(Options options, X509Certificate ca, X509Certificate operator, List<X509CRL> crls) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", "tradecert-network/1");
        ObjectNode network = root.putObject("network");
        network.put("chainId", options.chainId());
        network.put("channel", options.channel());
        ObjectNode name = network.putObject("name");
        name.put("en", "tradecert sandbox network (demo keys, not for production)");
        name.put("zh", "tradecert 沙箱网络（演示密钥，不得用于生产）");
        network.put("demo", true);

        ObjectNode policy = root.putObject("policy");
        policy.putArray("signatureAlgorithms").add("SM2-SM3").add("ES256").add("Ed25519");
        policy.putArray("digestAlgorithms").add("SM3").add("SHA-256");
        policy.put("statementDigestAlgorithm", "SM3");
        policy.put("maxClockSkewSeconds", 300);
        policy.put("maxSubmissionAgeSeconds", 86400);
        policy.put("requireLowS", true);
        ObjectNode types = policy.putObject("documentTypes");
        types.putArray("booking").add("exporter").add("importer").add("freight-forwarder").add("ocean-carrier").add("airline");
        types.putArray("commercial-invoice").add("exporter");
        types.putArray("packing-list").add("exporter");
        types.putArray("goods-declaration").add("customs-broker");
        types.putArray("sea-transport-document").add("ocean-carrier");
        types.putArray("air-waybill").add("airline").add("freight-forwarder");
        types.putArray("transport-event").add("ocean-carrier").add("airline").add("terminal-operator").add("freight-forwarder").add("customs");
        types.putArray("payment-advice").add("bank");

        ObjectNode anchor = root.putArray("trustAnchors").addObject();
        anchor.put("name", "tradecert Sandbox Root CA (DEMO)");
        anchor.put("certificate", Pem.toPem(ca));
        ArrayNode crlList = root.putArray("crls");
        crls.forEach(crl -> crlList.add(Pem.toPem(crl)));
        ObjectNode ledgerOperator = root.putObject("ledgerOperator");
        ledgerOperator.put("name", "tradecert Sandbox Ledger Operator (DEMO)");
        ledgerOperator.put("certificate", Pem.toPem(operator));
        return root;
    }

    /**
     * Revokes a certificate: the CA issues a new CRL listing it, which is added to the registry
     * beside the earlier CRLs (so submissions checked at earlier times keep a CRL that covers them)
     * and copied into the ledger's registry.
     */
    public static X509CRL revoke(Path dir, X509Certificate certificate, Instant revokedAt, char[] keyPassword)
            throws IOException, GeneralSecurityException, KeyException {
        X509Certificate ca = Pem.certificate(Files.readString(dir.resolve("ca/ca.cert.pem")));
        PrivateKey caKey = Keys.readPrivateKey(Files.readString(dir.resolve("ca/ca.key.pem")), keyPassword);

        ObjectNode registry = (ObjectNode) JSON.readTree(Files.readAllBytes(dir.resolve(REGISTRY)));
        Map<BigInteger, Instant> revoked = new TreeMap<>();
        for (JsonNode pem : registry.path("crls")) {
            X509CRL earlier = Pem.crl(pem.asText());
            if (earlier.getRevokedCertificates() != null) {
                earlier.getRevokedCertificates().forEach(entry -> revoked.put(entry.getSerialNumber(), entry.getRevocationDate().toInstant()));
            }
        }
        revoked.put(certificate.getSerialNumber(), revokedAt);
        Instant thisUpdate = revokedAt.isBefore(ca.getNotBefore().toInstant()) ? ca.getNotBefore().toInstant() : revokedAt;
        X509CRL crl = Certificates.crl(ca, caKey, thisUpdate, ca.getNotAfter().toInstant(), revoked);

        ((ArrayNode) registry.path("crls")).add(Pem.toPem(crl));
        int number = registry.path("crls").size();
        Files.writeString(dir.resolve(String.format("ca/crl-%04d.pem", number)), Pem.toPem(crl), StandardCharsets.US_ASCII);
        writeRegistry(dir, registry);
        return crl;
    }

    /**
     * Issues a further certificate to a participant for its existing key, with the given validity,
     * and registers it; used to try out expired and not-yet-valid certificates.
     */
    public static X509Certificate issue(Path dir, String role, Instant notBefore, Instant notAfter, Path out, char[] keyPassword)
            throws IOException, GeneralSecurityException, KeyException {
        X509Certificate ca = Pem.certificate(Files.readString(dir.resolve("ca/ca.cert.pem")));
        PrivateKey caKey = Keys.readPrivateKey(Files.readString(dir.resolve("ca/ca.key.pem")), keyPassword);
        X509Certificate current = Pem.certificate(Files.readString(dir.resolve("participants").resolve(role).resolve("cert.pem")));
        X509Certificate certificate = Certificates.signing(X500Name.getInstance(current.getSubjectX500Principal().getEncoded()),
                current.getPublicKey(), ca, caKey, notBefore, notAfter);
        Files.writeString(out, Pem.toPem(certificate), StandardCharsets.US_ASCII);

        ObjectNode registry = (ObjectNode) JSON.readTree(Files.readAllBytes(dir.resolve(REGISTRY)));
        String orgId = org.tradecert.envelope.SubmissionVerifier.organisationIdentifier(current);
        for (JsonNode participant : registry.path("participants")) {
            if (participant.path("orgId").asText().equals(orgId)) {
                ((ArrayNode) participant.path("certificates")).add(Pem.toPem(certificate));
            }
        }
        writeRegistry(dir, registry);
        return certificate;
    }

    private static void writeRegistry(Path dir, ObjectNode registry) throws IOException {
        byte[] bytes = JsonText.write(registry).getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve(REGISTRY), bytes);
        Path ledgerCopy = dir.resolve("ledger").resolve(SandboxLedger.REGISTRY);
        if (Files.exists(ledgerCopy)) {
            Files.write(ledgerCopy, bytes);
        }
    }

    private static void writeKeyAndCertificate(Path folder, String certificateName, String keyName, X509Certificate certificate,
                                               PrivateKey key, char[] password) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(certificateName), Pem.toPem(certificate), StandardCharsets.US_ASCII);
        Files.writeString(folder.resolve(keyName), Keys.toPkcs8Pem(key, password), StandardCharsets.US_ASCII);
    }

    private static String readme() {
        return """
                DEMO CONSORTIUM - THE PRIVATE KEYS IN THIS FOLDER ARE DEMO KEYS. NEVER USE THEM FOR REAL DOCUMENTS.
                演示联盟——本目录中的私钥均为演示密钥，切勿用于真实单证。

                network.json                registry and policy of the sandbox network / 沙箱网络的注册表和策略
                ca/                         SM2 root CA, its key and CRLs / SM2 根证书颁发机构、私钥和证书吊销列表
                operator/                   ledger operator key and certificate / 账本运营方的私钥和证书
                participants/ROLE/          one participant per role: key.pem (PKCS#8) and cert.pem / 每种角色一个参与方
                ledger/                     the sandbox ledger / 沙箱账本

                Sign:   tradecert sign --key participants/exporter/key.pem --cert participants/exporter/cert.pem --type commercial-invoice --doc-id ID FILE
                Submit: tradecert submit --ledger ledger FILE.envelope.json
                Verify: tradecert ledger verify ledger
                """;
    }
}
