package org.tradecert.envelope;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tradecert.ledger.Anchor;

import java.util.List;

/**
 * A submission as read from its envelope: the canonical statement bytes and the statement,
 * the signatures as received, the document bytes (embedded or from the file beside the
 * envelope) and, once anchored, where the ledger recorded it.
 *
 * @param payload       the JWS payload as written, BASE64URL of the statement bytes
 * @param statementBytes the decoded JWS payload: the statement in RFC 8785 canonical form
 * @param document       the exact document bytes, or null when neither embedded nor found beside the envelope
 */
public record Envelope(
        String name,
        String payload,
        byte[] statementBytes,
        Statement statement,
        List<SignatureEntry> signatures,
        byte[] document,
        String documentMediaType,
        Anchor anchor) {

    /**
     * One JWS signature.
     *
     * @param protectedHeader the BASE64URL protected header as written
     * @param algorithm       the {@code alg} header value as written
     * @param x5c             the certificate chain entries, standard base64 DER, leaf first
     * @param value           the decoded signature bytes
     * @param signature       the BASE64URL signature as written
     */
    public record SignatureEntry(String protectedHeader, String algorithm, List<String> x5c, List<String> crit,
                                 byte[] value, String signature) {
    }

    /** The JWS part of the envelope, {@code {payload, signatures}}, which the statement digest is computed over. */
    public ObjectNode jwsJson() {
        ObjectNode node = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        node.put("payload", payload);
        var list = node.putArray("signatures");
        for (SignatureEntry entry : signatures) {
            ObjectNode signature = list.addObject();
            signature.put("protected", entry.protectedHeader());
            signature.put("signature", entry.signature());
        }
        return node;
    }

    /** The JWS signing input of one signature: {@code BASE64URL(protected) "." BASE64URL(payload)} in ASCII. */
    public byte[] signingInput(SignatureEntry entry) {
        return (entry.protectedHeader() + "." + payload).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
