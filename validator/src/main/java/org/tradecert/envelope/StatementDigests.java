package org.tradecert.envelope;

import org.tradecert.crypto.DigestAlgorithm;
import org.tradecert.crypto.Jcs;
import org.tradecert.crypto.JcsException;

/**
 * The statement digest identifies a submission on the ledger and in references: the digest of
 * the RFC 8785 form of the envelope's JWS part (payload and signatures), so the ledger time
 * bounds every signature and a re-signed statement gets a new digest.
 */
public final class StatementDigests {

    private StatementDigests() {
    }

    public static String of(Envelope envelope, DigestAlgorithm algorithm) {
        try {
            return algorithm.hex(Jcs.canonicalize(envelope.jwsJson()));
        } catch (JcsException e) {
            throw new IllegalStateException("the JWS part of an envelope holds only strings and cannot fail canonicalisation", e);
        }
    }

    /** The statement digest of an envelope as JSON: only its payload and the protected headers and values of its signatures count. */
    public static String of(com.fasterxml.jackson.databind.JsonNode envelope, DigestAlgorithm algorithm) {
        com.fasterxml.jackson.databind.node.ObjectNode jws = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        jws.put("payload", envelope.path("payload").asText());
        var list = jws.putArray("signatures");
        for (com.fasterxml.jackson.databind.JsonNode signature : envelope.path("signatures")) {
            var entry = list.addObject();
            entry.put("protected", signature.path("protected").asText());
            entry.put("signature", signature.path("signature").asText());
        }
        try {
            return algorithm.hex(Jcs.canonicalize(jws));
        } catch (JcsException e) {
            throw new IllegalStateException("the JWS part of an envelope holds only strings and cannot fail canonicalisation", e);
        }
    }
}
