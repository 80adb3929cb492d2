package org.tradecert.examples.ledgers;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tradecert.crypto.KeyException;
import org.tradecert.crypto.Keys;
import org.tradecert.crypto.SignatureAlgorithm;
import org.tradecert.registry.Pem;
import org.tradecert.sandbox.Certificates;
import org.tradecert.schema.generate.JsonText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * An organisation that the demo consortium folder does not hold, added to the registry of one
 * seeded ledger only. Each run makes a new SM2 key and never writes it to disk. The ledger keeps
 * the certificate, which the consortium's demo CA issues for the CA's own validity period.
 */
public record ExtraParticipant(String role, String orgId, String orgIdScheme, Variant.Text name, String country) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A participant's new key and certificate. */
    public record Issued(ExtraParticipant participant, LedgerWriter.Signer signer) {
    }

    /** Makes a key pair and has the consortium CA certify it, with the organisation id as the subject's serial number. */
    public Issued issue(Path consortium) throws IOException {
        try {
            X509Certificate ca = Pem.certificate(Files.readString(consortium.resolve("ca/ca.cert.pem"), StandardCharsets.US_ASCII));
            PrivateKey caKey = Keys.readPrivateKey(Files.readString(consortium.resolve("ca/ca.key.pem"), StandardCharsets.US_ASCII), null);
            KeyPair keys = Keys.generate(SignatureAlgorithm.SM2_SM3);
            X509Certificate certificate = Certificates.signing(
                    Certificates.name(country, name.en(), role, role + " signing key (DEMO)", orgId),
                    keys.getPublic(), ca, caKey, ca.getNotBefore().toInstant(), ca.getNotAfter().toInstant());
            return new Issued(this, new LedgerWriter.Signer(keys.getPrivate(), List.of(certificate)));
        } catch (KeyException | GeneralSecurityException e) {
            throw new IOException("the demo CA in " + consortium + " cannot certify " + orgId + ": " + e.getMessage(), e);
        }
    }

    /** Returns the registry with the issued participants appended to its participant list. */
    public static byte[] registryWith(byte[] registry, List<Issued> issued) throws IOException {
        if (issued.isEmpty()) {
            return registry;
        }
        ObjectNode root = (ObjectNode) JSON.readTree(registry);
        ArrayNode participants = (ArrayNode) root.path("participants");
        for (Issued entry : issued) {
            ExtraParticipant participant = entry.participant();
            ObjectNode node = participants.addObject();
            node.put("orgId", participant.orgId());
            node.put("orgIdScheme", participant.orgIdScheme());
            ObjectNode names = node.putObject("name");
            names.put("en", participant.name().en());
            names.put("zh", participant.name().zh());
            node.putArray("roles").add(participant.role());
            node.putArray("certificates").add(Pem.toPem(entry.signer().chain().get(0)));
        }
        return JsonText.write(root).getBytes(StandardCharsets.UTF_8);
    }
}
