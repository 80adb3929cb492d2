package org.tradecert.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tradecert.crypto.Keys;
import org.tradecert.crypto.SignatureAlgorithm;
import org.tradecert.document.DocumentReader;
import org.tradecert.envelope.DocumentSigning;
import org.tradecert.registry.NetworkRegistry;
import org.tradecert.registry.Pem;
import org.tradecert.registry.RegistryLoader;
import org.tradecert.sandbox.SandboxConsortium;
import org.tradecert.schema.catalog.SchemaCatalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/** A demo consortium created for a test, with shortcuts to sign documents as its participants and to build ledgers. */
final class Sandbox {

    static final Instant VALID_FROM = Instant.parse("2026-01-01T00:00:00Z");

    final Path dir;
    final NetworkRegistry registry;

    private Sandbox(Path dir) throws Exception {
        this.dir = dir;
        this.registry = new RegistryLoader().load(dir.resolve(SandboxConsortium.REGISTRY));
    }

    static Sandbox create(Path dir) throws Exception {
        SandboxConsortium.init(dir, new SandboxConsortium.Options(SandboxConsortium.DEFAULT_CHAIN, SandboxConsortium.DEFAULT_CHANNEL,
                VALID_FROM, 10, null));
        return new Sandbox(dir);
    }

    PrivateKey key(String role) throws Exception {
        return Keys.readPrivateKey(Files.readString(dir.resolve("participants").resolve(role).resolve("key.pem")), null);
    }

    List<X509Certificate> chain(String role) throws Exception {
        return Pem.certificates(Files.readString(dir.resolve("participants").resolve(role).resolve("cert.pem")));
    }

    ObjectNode sign(String role, Path document, String type, Instant createdAt, JsonNode... references) throws Exception {
        DocumentSigning signing = new DocumentSigning(new DocumentReader(SchemaCatalog.bundled()), registry);
        return signing.sign(Files.readAllBytes(document), document.toString(), key(role), chain(role),
                new DocumentSigning.Options(type, null, null, null, List.of(references), null, true, createdAt)).envelope();
    }

    SandboxLedger newLedger(Path ledgerDir) throws Exception {
        PrivateKey operator = Keys.readPrivateKey(Files.readString(dir.resolve("operator/key.pem")), null);
        LedgerConfig config = new LedgerConfig(registry.chainId(), registry.channel(), registry.policy().statementDigestAlgorithm(), VALID_FROM);
        return SandboxLedger.create(ledgerDir, config, Files.readAllBytes(dir.resolve(SandboxConsortium.REGISTRY)),
                SignatureAlgorithm.SM2_SM3, operator);
    }

    List<Anchor> append(SandboxLedger ledger, Instant time, ObjectNode... envelopes) throws Exception {
        PrivateKey operator = Keys.readPrivateKey(Files.readString(dir.resolve("operator/key.pem")), null);
        return ledger.append(List.of(envelopes), time, SignatureAlgorithm.SM2_SM3, operator);
    }

    LedgerVerifier.Report verify(BlockSource source) {
        return new LedgerVerifier(registry, SchemaCatalog.bundled()).verify(source, null);
    }
}
