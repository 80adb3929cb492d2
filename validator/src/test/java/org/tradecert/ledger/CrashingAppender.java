package org.tradecert.ledger;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tradecert.crypto.DigestAlgorithm;
import org.tradecert.crypto.Keys;
import org.tradecert.crypto.SignatureAlgorithm;
import org.tradecert.envelope.EnvelopeSigner;
import org.tradecert.envelope.Statement;
import org.tradecert.registry.Pem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Appends large blocks to a sandbox ledger until it is killed: the process the crash test
 * kills in the middle of an append. Arguments: the sandbox folder and the ledger folder.
 * Each block holds 48 submissions of 256 KiB, written slowly (40 ms a mebibyte) so that a kill often lands mid-block.
 */
public final class CrashingAppender {

    static final String READY = "appending";
    /** Printed after each chunk of a block file is written, so the test can kill the process while a block is half on disk. */
    static final String CHUNK = "chunk";

    private CrashingAppender() {
    }

    public static void main(String[] args) throws Exception {
        Path sandbox = Path.of(args[0]);
        SandboxLedger ledger = SandboxLedger.open(Path.of(args[1]));
        PrivateKey operator = Keys.readPrivateKey(Files.readString(sandbox.resolve("operator/key.pem")), null);
        PrivateKey carrier = Keys.readPrivateKey(Files.readString(sandbox.resolve("participants/ocean-carrier/key.pem")), null);
        List<X509Certificate> chain = Pem.certificates(Files.readString(sandbox.resolve("participants/ocean-carrier/cert.pem")));
        String orgId = org.tradecert.envelope.SubmissionVerifier.organisationIdentifier(chain.get(0));
        SecureRandom random = new SecureRandom();

        SandboxLedger.chunkWritten = () -> {
            System.out.println(CHUNK);
            System.out.flush();
            try {
                Thread.sleep(40);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        System.out.println(READY);
        System.out.flush();
        while (true) {
            Instant now = Instant.now();
            List<ObjectNode> envelopes = new ArrayList<>();
            for (int i = 0; i < 48; i++) {
                byte[] payload = new byte[256 * 1024];
                random.nextBytes(payload);
                byte[] nonce = new byte[16];
                random.nextBytes(nonce);
                Statement statement = new Statement(Statement.PROFILE, UUID.randomUUID().toString(),
                        Base64.getUrlEncoder().withoutPadding().encodeToString(nonce), now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                        ledger.config().chainId(), ledger.config().channel(), "transport-event", "EV-" + UUID.randomUUID(), 1, null,
                        "transport-event@1.0.0", "application/xml", payload.length, "SHA-256", DigestAlgorithm.SHA256.hex(payload),
                        orgId, "USCC", "ocean-carrier", List.of());
                envelopes.add(EnvelopeSigner.sign(statement, payload, SignatureAlgorithm.ED25519, carrier, chain, true));
            }
            ledger.append(envelopes, now, SignatureAlgorithm.SM2_SM3, operator);
        }
    }
}
