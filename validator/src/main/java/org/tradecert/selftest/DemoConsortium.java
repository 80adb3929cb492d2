package org.tradecert.selftest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.tradecert.crypto.KeyException;
import org.tradecert.crypto.Keys;
import org.tradecert.envelope.SubmissionVerifier;
import org.tradecert.json.SafeJson;
import org.tradecert.registry.BouncyCastle;
import org.tradecert.registry.NetworkRegistry;
import org.tradecert.registry.Pem;
import org.tradecert.registry.RegistryException;
import org.tradecert.registry.RegistryLoader;
import org.tradecert.sandbox.SandboxConsortium;
import org.tradecert.schema.generate.JsonText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The demo consortium the fixtures sign with, {@code examples/consortium}: the published demo
 * keys and certificates of every role, its root CA, ledger operator and network registry. A
 * case that changes the consortium (a new certificate, a revocation, an edited registry) works
 * on its own copy, so the examples are never written to.
 */
final class DemoConsortium {

    /** The folder of the demo consortium inside the examples folder. */
    static final String FOLDER = "consortium";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path directory;
    private final Map<String, Object> cache = new ConcurrentHashMap<>();

    DemoConsortium(Path directory) {
        this.directory = directory;
    }

    Path directory() {
        return directory;
    }

    /** Returns true when the folder contains a network registry, which every consortium has. */
    boolean exists() {
        return Files.isRegularFile(directory.resolve(SandboxConsortium.REGISTRY));
    }

    /** Copies the consortium into a folder of its own, for a case that changes it. */
    DemoConsortium copyTo(Path target) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.toList()) {
                Path destination = target.resolve(directory.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(file, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return new DemoConsortium(target);
    }

    /** Reads the private key of a role, or of the root CA for {@code ca}. */
    PrivateKey key(String role) throws FixtureException {
        return (PrivateKey) cached("key:" + role, () -> Keys.readPrivateKey(Files.readString(keyFile(role)), null));
    }

    /** Reads the current certificate of a role, or of the root CA for {@code ca}. */
    X509Certificate certificate(String role) throws FixtureException {
        return (X509Certificate) cached("certificate:" + role, () -> Pem.certificate(Files.readString(certificateFile(role))));
    }

    PrivateKey operatorKey() throws FixtureException {
        return (PrivateKey) cached("operator", () -> Keys.readPrivateKey(Files.readString(directory.resolve("operator/key.pem")), null));
    }

    byte[] registryBytes() {
        try {
            return Files.readAllBytes(directory.resolve(SandboxConsortium.REGISTRY));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The network registry as it is now; a registry that does not load is a problem of the fixture that edited it. */
    NetworkRegistry registry(String where) throws FixtureException {
        try {
            return new RegistryLoader().load(directory.resolve(SandboxConsortium.REGISTRY));
        } catch (RegistryException e) {
            throw FixtureException.of("registry-invalid", where, String.join("; ", e.problems().isEmpty() ? List.of(e.getMessage()) : e.problems()));
        }
    }

    /** Applies the registry edits of a case: JSON Pointer changes of {@code network.json} and revocations by the root CA. */
    void editRegistry(List<Edit> edits) throws FixtureException {
        for (Edit edit : edits) {
            if (edit.operation().equals("revoke")) {
                revoke(edit);
                continue;
            }
            ObjectNode tree = registryTree();
            if (edit.operation().equals("set")) {
                JsonEdits.set(tree, edit.text(), edit.setting("to"), edit.where());
            } else {
                JsonEdits.remove(tree, edit.text(), edit.where());
            }
            writeRegistry(tree);
        }
    }

    private void revoke(Edit edit) throws FixtureException {
        try {
            SandboxConsortium.revoke(directory, certificate(edit.text()), Instant.parse(edit.required("at")), null);
        } catch (IOException | GeneralSecurityException | KeyException e) {
            throw new FixtureException(Problem.of("consortium-failed", edit.where(), String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * Issues a further certificate for a role's key with the validity and key usage of a
     * certificate edit, signed by the root CA or by the key itself. The certificate is registered
     * to the participant unless the edit sets {@code register: false}.
     */
    X509Certificate issue(String role, Edit edit) throws FixtureException {
        JsonNode settings = edit.argument();
        X509Certificate current = certificate(role);
        X509Certificate ca = certificate(EditReader.CA_SIGNER);
        boolean selfIssued = "self".equals(settings.path("issuer").asText("ca"));
        Instant notBefore = Instant.parse(settings.path("not-before").asText(current.getNotBefore().toInstant().toString()));
        Instant notAfter = Instant.parse(settings.path("not-after").asText(current.getNotAfter().toInstant().toString()));
        int usage = keyUsage(settings.path("key-usage"));

        X500Name subject = X500Name.getInstance(current.getSubjectX500Principal().getEncoded());
        X500Name issuer = selfIssued ? subject : X500Name.getInstance(ca.getSubjectX500Principal().getEncoded());
        PrivateKey signingKey = selfIssued ? key(role) : key(EditReader.CA_SIGNER);
        X509Certificate certificate;
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, new BigInteger(64, RANDOM).setBit(63),
                    Date.from(notBefore), Date.from(notAfter), subject, current.getPublicKey());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(usage));
            String algorithm = switch (Keys.algorithmOf(signingKey).orElseThrow()) {
                case SM2_SM3 -> "SM3withSM2";
                case ES256 -> "SHA256withECDSA";
                case ED25519 -> "Ed25519";
            };
            certificate = new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER).getCertificate(
                    builder.build(new JcaContentSignerBuilder(algorithm).setProvider(BouncyCastle.PROVIDER).build(signingKey)));
        } catch (GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException | IOException e) {
            throw new FixtureException(Problem.of("consortium-failed", edit.where(), String.valueOf(e.getMessage())), e);
        }
        if (settings.path("register").asBoolean(true)) {
            register(role, certificate);
        }
        return certificate;
    }

    private static int keyUsage(JsonNode usages) {
        if (usages.isMissingNode() || usages.isEmpty()) {
            return KeyUsage.digitalSignature | KeyUsage.nonRepudiation;
        }
        int bits = 0;
        for (JsonNode usage : usages) {
            bits |= switch (usage.asText()) {
                case "digital-signature" -> KeyUsage.digitalSignature;
                case "non-repudiation" -> KeyUsage.nonRepudiation;
                case "key-encipherment" -> KeyUsage.keyEncipherment;
                case "data-encipherment" -> KeyUsage.dataEncipherment;
                case "key-agreement" -> KeyUsage.keyAgreement;
                case "key-cert-sign" -> KeyUsage.keyCertSign;
                case "crl-sign" -> KeyUsage.cRLSign;
                default -> throw new IllegalStateException("the fixture reader lets no other key usage through: " + usage);
            };
        }
        return bits;
    }

    private void register(String role, X509Certificate certificate) throws FixtureException {
        ObjectNode tree = registryTree();
        String orgId = SubmissionVerifier.organisationIdentifier(certificate(role));
        for (JsonNode participant : tree.path("participants")) {
            if (participant.path("orgId").asText().equals(orgId)) {
                ((ArrayNode) participant.path("certificates")).add(Pem.toPem(certificate));
            }
        }
        writeRegistry(tree);
    }

    private ObjectNode registryTree() {
        try {
            return (ObjectNode) SafeJson.mapper().readTree(registryBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeRegistry(ObjectNode tree) {
        try {
            Files.writeString(directory.resolve(SandboxConsortium.REGISTRY), JsonText.write(tree), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path keyFile(String role) {
        return role.equals(EditReader.CA_SIGNER) ? directory.resolve("ca/ca.key.pem") : directory.resolve("participants").resolve(role).resolve("key.pem");
    }

    private Path certificateFile(String role) {
        return role.equals(EditReader.CA_SIGNER) ? directory.resolve("ca/ca.cert.pem") : directory.resolve("participants").resolve(role).resolve("cert.pem");
    }

    @FunctionalInterface
    private interface Loader {
        Object load() throws IOException, GeneralSecurityException, KeyException;
    }

    private Object cached(String name, Loader loader) throws FixtureException {
        Object value = cache.get(name);
        if (value != null) {
            return value;
        }
        try {
            value = loader.load();
        } catch (IOException | GeneralSecurityException | KeyException e) {
            throw new FixtureException(Problem.of("consortium-unreadable", directory, name, String.valueOf(e.getMessage())), e);
        }
        cache.put(name, value);
        return value;
    }
}
