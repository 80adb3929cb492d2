package org.tradecert.conformance.certificate;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tradecert.conformance.Text;
import org.tradecert.crypto.Jcs;
import org.tradecert.crypto.JcsException;
import org.tradecert.crypto.Keys;
import org.tradecert.crypto.SignatureAlgorithm;
import org.tradecert.crypto.Signatures;
import org.tradecert.crypto.Verification;
import org.tradecert.registry.Pem;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;

/**
 * Signs a certificate core as a JWS in the flattened JSON serialisation (RFC 7515 section 7.2.2):
 * {@code {"payload", "protected", "signature"}}, the payload being the core's RFC 8785 bytes and
 * the protected header naming the algorithm, the type and the signer's certificate chain
 * ({@code x5c}). The file is the RFC 8785 form of that object and a line feed, so any changed
 * byte either breaks the signature or makes the file non-canonical.
 */
public final class CertificateSigner {

    /** The {@code typ} of the protected header. */
    public static final String TYPE = "tradecert-conformance-certificate+jws";

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private CertificateSigner() {
    }

    /**
     * Signs a core with the key of the first certificate of the chain.
     *
     * @throws CertificateException when the key is not SM2, P-256 or Ed25519, or does not belong to the certificate
     */
    public static byte[] sign(ObjectNode core, PrivateKey key, List<X509Certificate> chain) throws CertificateException {
        SignatureAlgorithm algorithm = Keys.algorithmOf(key)
                .orElseThrow(() -> new CertificateException(Text.of("certificate.keyUnsupported", key.getAlgorithm())));
        if (chain.isEmpty()) {
            throw new CertificateException(Text.of("certificate.noChain"));
        }

        ObjectNode header = JsonNodeFactory.instance.objectNode();
        header.put("alg", algorithm.jwsName());
        header.put("typ", TYPE);
        var x5c = header.putArray("x5c");
        chain.forEach(certificate -> x5c.add(Pem.toBase64Der(certificate)));
        String protectedHeader = URL.encodeToString(canonical(header));
        String payload = URL.encodeToString(CertificateCore.canonical(core));
        byte[] signingInput = (protectedHeader + "." + payload).getBytes(StandardCharsets.US_ASCII);
        byte[] signature = Signatures.sign(algorithm, key, signingInput);
        if (Signatures.verify(algorithm, chain.get(0).getPublicKey(), signingInput, signature, true) != Verification.VALID) {
            throw new CertificateException(Text.of("certificate.keyMismatch", Pem.subject(chain.get(0))));
        }

        ObjectNode jws = JsonNodeFactory.instance.objectNode();
        jws.put("payload", payload);
        jws.put("protected", protectedHeader);
        jws.put("signature", URL.encodeToString(signature));
        byte[] body = canonical(jws);
        byte[] file = new byte[body.length + 1];
        System.arraycopy(body, 0, file, 0, body.length);
        file[body.length] = '\n';
        return file;
    }

    static byte[] canonical(ObjectNode node) {
        try {
            return Jcs.canonicalize(node);
        } catch (JcsException e) {
            throw new IllegalStateException("an object of strings always has a canonical form", e);
        }
    }
}
