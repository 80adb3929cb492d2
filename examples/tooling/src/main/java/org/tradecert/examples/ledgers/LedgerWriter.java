package org.tradecert.examples.ledgers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tradecert.crypto.KeyException;
import org.tradecert.crypto.Keys;
import org.tradecert.crypto.SignatureAlgorithm;
import org.tradecert.document.DocumentReader;
import org.tradecert.envelope.DocumentSigning;
import org.tradecert.envelope.SigningException;
import org.tradecert.ledger.Anchor;
import org.tradecert.ledger.LedgerConfig;
import org.tradecert.ledger.LedgerException;
import org.tradecert.ledger.SandboxLedger;
import org.tradecert.registry.NetworkRegistry;
import org.tradecert.registry.Pem;
import org.tradecert.registry.RegistryException;
import org.tradecert.registry.RegistryLoader;
import org.tradecert.schema.catalog.SchemaCatalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/**
 * Signs documents as participants of the demo consortium and anchors each envelope in its own
 * block of a new sandbox ledger, as {@code tradecert sign} and {@code tradecert submit} do.
 * The ledger keeps a copy of the registry it was created with, which may list participants
 * beyond those of the consortium folder.
 */
public final class LedgerWriter {

    /** The creation time of every example ledger, before the first document of either shipment. */
    public static final Instant LEDGER_CREATED = Instant.parse("2026-09-01T00:00:00Z");

    private final Path consortium;
    private final NetworkRegistry registry;
    private final SandboxLedger ledger;
    private final PrivateKey operatorKey;
    private final DocumentSigning signing;

    /** A participant's signing key and certificate chain. */
    public record Signer(PrivateKey key, List<X509Certificate> chain) {
    }

    /**
     * Creates the ledger folder, which must not exist yet.
     *
     * @param consortium    the demo consortium folder ({@code examples/consortium})
     * @param registryBytes the network registry to store with the ledger and to sign against
     */
    public LedgerWriter(Path consortium, Path ledgerDir, byte[] registryBytes) throws IOException {
        this.consortium = consortium;
        try {
            this.registry = new RegistryLoader().load(ledgerDir + "/" + SandboxLedger.REGISTRY, registryBytes);
            this.operatorKey = Keys.readPrivateKey(Files.readString(consortium.resolve("operator/key.pem"), StandardCharsets.US_ASCII), null);
            LedgerConfig config = new LedgerConfig(registry.chainId(), registry.channel(), registry.policy().statementDigestAlgorithm(),
                    LEDGER_CREATED);
            this.ledger = SandboxLedger.create(ledgerDir, config, registryBytes, SignatureAlgorithm.SM2_SM3, operatorKey);
        } catch (RegistryException e) {
            throw new IOException("the registry for " + ledgerDir + " is invalid: " + e.problems(), e);
        } catch (KeyException e) {
            throw new IOException("the operator key of " + consortium + " cannot be read: " + e.getMessage(), e);
        } catch (LedgerException e) {
            throw new IOException("the ledger " + ledgerDir + " cannot be created: " + e.getMessage(), e);
        }
        this.signing = new DocumentSigning(new DocumentReader(SchemaCatalog.bundled()), registry);
    }

    /** Reads the key and certificate of the consortium participant with this role. */
    public Signer participant(String role) throws IOException {
        Path folder = consortium.resolve("participants").resolve(role);
        try {
            return new Signer(Keys.readPrivateKey(Files.readString(folder.resolve("key.pem"), StandardCharsets.US_ASCII), null),
                    Pem.certificates(Files.readString(folder.resolve("cert.pem"), StandardCharsets.US_ASCII)));
        } catch (KeyException | GeneralSecurityException e) {
            throw new IOException("the key or certificate in " + folder + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Signs a document and returns its envelope with the document embedded.
     *
     * @param supersedes the envelope of the version this one replaces, or null
     * @param references the envelopes this one references
     */
    public ObjectNode sign(Signer signer, byte[] document, String name, String type, Instant createdAt, JsonNode supersedes,
                           List<JsonNode> references) throws IOException {
        try {
            return signing.sign(document, name, signer.key(), signer.chain(),
                    new DocumentSigning.Options(type, null, null, supersedes, references, null, true, createdAt)).envelope();
        } catch (SigningException e) {
            throw new IOException(name + " cannot be signed: " + e.getMessage(), e);
        }
    }

    /** Anchors the envelope in a block of its own at the given ledger time and returns the block height. */
    public long anchor(ObjectNode envelope, Instant ledgerTime) throws IOException {
        try {
            List<Anchor> anchors = ledger.append(List.of(envelope), ledgerTime, SignatureAlgorithm.SM2_SM3, operatorKey);
            return anchors.get(0).blockHeight();
        } catch (LedgerException e) {
            throw new IOException("the envelope cannot be anchored: " + e.getMessage(), e);
        }
    }
}
