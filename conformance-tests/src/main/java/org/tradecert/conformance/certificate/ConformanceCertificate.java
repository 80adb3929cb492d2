package org.tradecert.conformance.certificate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tradecert.conformance.Text;
import org.tradecert.crypto.Jcs;
import org.tradecert.crypto.SignatureAlgorithm;
import org.tradecert.crypto.Signatures;
import org.tradecert.crypto.Verification;
import org.tradecert.json.SafeJson;
import org.tradecert.registry.Pem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A conformance certificate read from its file and checked in form and signature: the file is
 * exactly the RFC 8785 form of a flattened JWS and a line feed, every base64url value decodes
 * and re-encodes to itself, the header and payload are canonical JSON, and the signature
 * verifies with the key of the first certificate of {@code x5c}. Whether that certificate is
 * trusted is the verifier's question.
 *
 * @param core  the signed core
 * @param chain the signer's certificate chain from {@code x5c}, leaf first
 */
public record ConformanceCertificate(ObjectNode core, SignatureAlgorithm algorithm, List<X509Certificate> chain) {

    private static final Set<String> MEMBERS = Set.of("payload", "protected", "signature");
    private static final Set<String> HEADER_MEMBERS = Set.of("alg", "typ", "x5c");

    /** Reads and checks a certificate file; a problem is a {@link CertificateException} whose text names it. */
    public static ConformanceCertificate read(byte[] file) throws CertificateException {
        JsonNode jws = json(file, "certificate.notJson");
        if (!jws.isObject()) {
            throw new CertificateException(Text.of("certificate.notJws"));
        }
        for (Iterator<String> names = jws.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!MEMBERS.contains(name)) {
                throw new CertificateException(Text.of("certificate.unknownMember", name));
            }
        }
        String payload = text(jws, "payload");
        String protectedHeader = text(jws, "protected");
        String signatureText = text(jws, "signature");
        checkCanonicalFile(file, (ObjectNode) jws);

        byte[] headerBytes = base64Url(protectedHeader, "protected");
        byte[] coreBytes = base64Url(payload, "payload");
        byte[] signature = base64Url(signatureText, "signature");

        JsonNode header = json(headerBytes, "certificate.headerNotJson");
        if (!header.isObject() || !Jcs.isCanonical(headerBytes)) {
            throw new CertificateException(Text.of("certificate.headerNotCanonical"));
        }
        for (Iterator<String> names = header.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!HEADER_MEMBERS.contains(name)) {
                throw new CertificateException(Text.of("certificate.headerMember", name));
            }
        }
        if (!CertificateSigner.TYPE.equals(header.path("typ").asText(null))) {
            throw new CertificateException(Text.of("certificate.wrongType", header.path("typ").asText(""), CertificateSigner.TYPE));
        }
        SignatureAlgorithm algorithm = SignatureAlgorithm.byJwsName(header.path("alg").asText(""))
                .orElseThrow(() -> new CertificateException(Text.of("certificate.algorithm", header.path("alg").asText(""))));
        List<X509Certificate> chain = chain(header.path("x5c"));

        JsonNode core = json(coreBytes, "certificate.payloadNotJson");
        if (!core.isObject() || !Jcs.isCanonical(coreBytes)) {
            throw new CertificateException(Text.of("certificate.payloadNotCanonical"));
        }
        if (!CertificateCore.PROFILE.equals(core.path("profile").asText(null))) {
            throw new CertificateException(Text.of("certificate.profile", core.path("profile").asText(""), CertificateCore.PROFILE));
        }

        byte[] signingInput = (protectedHeader + "." + payload).getBytes(StandardCharsets.US_ASCII);
        Verification verification;
        try {
            verification = Signatures.verify(algorithm, chain.get(0).getPublicKey(), signingInput, signature, true);
        } catch (RuntimeException e) {
            verification = Verification.INVALID;
        }
        if (verification == Verification.INVALID) {
            throw new CertificateException(Text.of("certificate.signatureInvalid", subject(chain.get(0))));
        }
        if (verification != Verification.VALID) {
            throw new CertificateException(Text.of("certificate.signatureUnusable", subject(chain.get(0)),
                    Text.of("signature." + verification.name())));
        }
        return new ConformanceCertificate((ObjectNode) core, algorithm, chain);
    }

    /**
     * A certificate's subject for a message. A name that cannot be decoded (a changed byte in a
     * UTF-8 attribute, for example) is described instead of failing the check that reports it.
     */
    public static String subject(X509Certificate certificate) {
        try {
            return Pem.subject(certificate);
        } catch (RuntimeException e) {
            return "(subject not readable: " + e.getMessage() + ")";
        }
    }

    /** The signer's certificate. */
    public X509Certificate signer() {
        return chain.get(0);
    }

    public Instant issuedAt() throws CertificateException {
        return instant("issuedAt");
    }

    public Instant expiresAt() throws CertificateException {
        return instant("expiresAt");
    }

    private Instant instant(String member) throws CertificateException {
        try {
            return Instant.parse(core.path(member).asText(""));
        } catch (DateTimeParseException e) {
            throw new CertificateException(Text.of("certificate.badTime", member, core.path(member).asText("")), e);
        }
    }

    /** The file must be the canonical form of what it holds, so no byte can change without the check seeing it. */
    private static void checkCanonicalFile(byte[] file, ObjectNode jws) throws CertificateException {
        byte[] body = CertificateSigner.canonical(jws);
        byte[] expected = Arrays.copyOf(body, body.length + 1);
        expected[body.length] = '\n';
        if (!Arrays.equals(file, expected)) {
            int at = Arrays.mismatch(file, expected);
            throw new CertificateException(Text.of("certificate.notCanonical", at));
        }
    }

    private static JsonNode json(byte[] bytes, String key) throws CertificateException {
        try {
            JsonNode node = SafeJson.mapper().readTree(bytes);
            if (node == null || node.isMissingNode()) {
                throw new CertificateException(Text.of(key));
            }
            return node;
        } catch (IOException | RuntimeException e) {
            // The parser's message (a character code, a token name) means nothing to a certificate's
            // reader, so the text names only the damaged part and the cause keeps the parser's message.
            throw new CertificateException(Text.of(key), e);
        }
    }

    private static String text(JsonNode jws, String member) throws CertificateException {
        JsonNode value = jws.get(member);
        if (value == null || !value.isTextual()) {
            throw new CertificateException(Text.of("certificate.missingMember", member));
        }
        return value.asText();
    }

    /** Decodes base64url without padding, accepting only the one encoding that re-encodes to the same text. */
    private static byte[] base64Url(String text, String member) throws CertificateException {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(text);
            if (!Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(text)) {
                throw new CertificateException(Text.of("certificate.base64", member));
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            throw new CertificateException(Text.of("certificate.base64", member), e);
        }
    }

    private static List<X509Certificate> chain(JsonNode x5c) throws CertificateException {
        if (!x5c.isArray() || x5c.isEmpty()) {
            throw new CertificateException(Text.of("certificate.noChain"));
        }
        List<X509Certificate> chain = new ArrayList<>();
        for (JsonNode entry : x5c) {
            String text = entry.asText("");
            try {
                byte[] der = Base64.getDecoder().decode(text);
                if (!Base64.getEncoder().encodeToString(der).equals(text)) {
                    throw new CertificateException(Text.of("certificate.x5c", chain.size()));
                }
                X509Certificate certificate = Pem.fromBase64Der(text);
                // BouncyCastle decodes the key on first use; a malformed one fails here, not in the signature check.
                certificate.getPublicKey();
                chain.add(certificate);
            } catch (GeneralSecurityException | RuntimeException e) {
                throw new CertificateException(Text.of("certificate.x5c", chain.size()), e);
            }
        }
        return chain;
    }
}
