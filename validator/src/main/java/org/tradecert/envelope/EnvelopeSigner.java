package org.tradecert.envelope;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tradecert.crypto.DigestAlgorithm;
import org.tradecert.crypto.Jcs;
import org.tradecert.crypto.JcsException;
import org.tradecert.crypto.SignatureAlgorithm;
import org.tradecert.crypto.Signatures;
import org.tradecert.registry.Pem;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Builds and signs envelopes: the statement commits to the document's exact length and
 * digest, is serialised in RFC 8785 canonical form and signed as the payload of a JWS in JSON
 * serialisation. The document itself is never transformed.
 */
public final class EnvelopeSigner {

    public static final String TYPE = "tradecert-envelope+jws";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private EnvelopeSigner() {
    }

    /** What the submitter states about a document; the submission id, nonce and creation time are filled in when signing. */
    public record Request(byte[] document, String mediaType, String docType, String docId, int docVersion, String supersedes,
                          String schemaId, String orgId, String orgIdScheme, String role, String chainId, String channel,
                          DigestAlgorithm payloadDigest, List<Statement.Reference> references) {
    }

    /**
     * Signs a request and returns the envelope JSON.
     *
     * @param embed true to carry the document base64-encoded in the envelope, false to leave it beside the envelope
     */
    public static ObjectNode sign(Request request, SignatureAlgorithm algorithm, PrivateKey key, List<X509Certificate> chain,
                                  boolean embed, Instant createdAt) {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        Statement statement = new Statement(
                Statement.PROFILE,
                UUID.randomUUID().toString(),
                URL.encodeToString(nonce),
                createdAt.truncatedTo(ChronoUnit.SECONDS),
                request.chainId(),
                request.channel(),
                request.docType(),
                request.docId(),
                request.docVersion(),
                request.supersedes(),
                request.schemaId(),
                request.mediaType(),
                request.document().length,
                request.payloadDigest().jwsName(),
                request.payloadDigest().hex(request.document()),
                request.orgId(),
                request.orgIdScheme(),
                request.role(),
                request.references());
        return sign(statement, request.document(), algorithm, key, chain, embed);
    }

    /** Signs a prepared statement; the statement's length and digest must describe the document. */
    public static ObjectNode sign(Statement statement, byte[] document, SignatureAlgorithm algorithm, PrivateKey key,
                                  List<X509Certificate> chain, boolean embed) {
        String payload = URL.encodeToString(StatementCodec.canonical(statement));

        ObjectNode header = JsonNodeFactory.instance.objectNode();
        header.put("alg", algorithm.jwsName());
        header.put("typ", TYPE);
        var x5c = header.putArray("x5c");
        chain.forEach(certificate -> x5c.add(Pem.toBase64Der(certificate)));
        String protectedHeader;
        try {
            protectedHeader = URL.encodeToString(Jcs.canonicalize(header));
        } catch (JcsException e) {
            throw new IllegalStateException("a protected header of strings cannot fail canonicalisation", e);
        }

        byte[] signingInput = (protectedHeader + "." + payload).getBytes(StandardCharsets.US_ASCII);
        byte[] signature = Signatures.sign(algorithm, key, signingInput);

        ObjectNode envelope = JsonNodeFactory.instance.objectNode();
        envelope.put("payload", payload);
        ObjectNode entry = envelope.putArray("signatures").addObject();
        entry.put("protected", protectedHeader);
        entry.put("signature", URL.encodeToString(signature));
        if (embed) {
            ObjectNode embedded = envelope.putObject("document");
            embedded.put("mediaType", statement.mediaType());
            embedded.put("content", Base64.getEncoder().encodeToString(document));
        }
        return envelope;
    }
}
