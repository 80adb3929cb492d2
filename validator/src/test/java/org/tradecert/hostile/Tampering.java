package org.tradecert.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.tradecert.crypto.Jcs;
import org.tradecert.crypto.Keys;
import org.tradecert.crypto.Signatures;
import org.tradecert.envelope.DocumentSigning;
import org.tradecert.envelope.Statement;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/** Helpers that take a signed envelope apart and put it back together changed, signing again where a test needs a valid signature. */
final class Tampering {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder URL_DECODER = Base64.getUrlDecoder();

    private Tampering() {
    }

    /** Decodes the protected header of the first signature. */
    static ObjectNode header(ObjectNode envelope) throws Exception {
        return (ObjectNode) JSON.readTree(URL_DECODER.decode(envelope.path("signatures").get(0).path("protected").asText()));
    }

    /** Copies the envelope with another protected header on the first signature, signed again with the key when one is given. */
    static ObjectNode withHeader(ObjectNode envelope, JsonNode header, PrivateKey key) throws Exception {
        ObjectNode copy = envelope.deepCopy();
        ObjectNode signature = (ObjectNode) copy.path("signatures").get(0);
        signature.put("protected", URL.encodeToString(Jcs.canonicalize(header)));
        if (key != null) {
            signature.put("signature", URL.encodeToString(Signatures.sign(Keys.algorithmOf(key).orElseThrow(), key, signingInput(copy))));
        }
        return copy;
    }

    /** Copies the envelope with another payload (statement bytes), signed again with the key. */
    static ObjectNode withStatementBytes(ObjectNode envelope, byte[] statement, PrivateKey key) {
        ObjectNode copy = envelope.deepCopy();
        copy.put("payload", URL.encodeToString(statement));
        ObjectNode signature = (ObjectNode) copy.path("signatures").get(0);
        signature.put("signature", URL.encodeToString(Signatures.sign(Keys.algorithmOf(key).orElseThrow(), key, signingInput(copy))));
        return copy;
    }

    /** Returns the JWS signing input of the first signature. */
    static byte[] signingInput(ObjectNode envelope) {
        return (envelope.path("signatures").get(0).path("protected").asText() + "." + envelope.path("payload").asText())
                .getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] signatureValue(ObjectNode envelope) {
        return URL_DECODER.decode(envelope.path("signatures").get(0).path("signature").asText());
    }

    /** Copies the envelope with these bytes as the value of its first signature. */
    static ObjectNode withSignatureValue(ObjectNode envelope, byte[] value) {
        ObjectNode copy = envelope.deepCopy();
        ((ObjectNode) copy.path("signatures").get(0)).put("signature", URL.encodeToString(value));
        return copy;
    }

    /** Decodes the statement bytes, exactly as signed, as text. */
    static String statementText(ObjectNode envelope) {
        return new String(URL_DECODER.decode(envelope.path("payload").asText()), StandardCharsets.UTF_8);
    }

    static Statement statement(ObjectNode envelope) throws Exception {
        return DocumentSigning.statementOf(envelope);
    }

    static byte[] document(ObjectNode envelope) {
        return Base64.getDecoder().decode(envelope.path("document").path("content").asText());
    }

    /** Replaces r or s (or both) in {@code r‖s}, writing each value as 32 big-endian bytes. */
    static byte[] withValues(byte[] signature, BigInteger r, BigInteger s) {
        byte[] result = Arrays.copyOf(signature, 64);
        if (r != null) {
            System.arraycopy(fixed(r), 0, result, 0, 32);
        }
        if (s != null) {
            System.arraycopy(fixed(s), 0, result, 32, 32);
        }
        return result;
    }

    static BigInteger r(byte[] signature) {
        return new BigInteger(1, Arrays.copyOfRange(signature, 0, 32));
    }

    static BigInteger s(byte[] signature) {
        return new BigInteger(1, Arrays.copyOfRange(signature, 32, 64));
    }

    /** Writes a value as exactly 32 big-endian bytes. The orders n of both curves are below 2^256, so n and n + 1 fit. */
    static byte[] fixed(BigInteger value) {
        byte[] bytes = value.toByteArray();
        byte[] result = new byte[32];
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, result, 32 - length, length);
        return result;
    }

    /** Encodes a raw signature in DER, {@code SEQUENCE { INTEGER r, INTEGER s }}, followed by the given extra bytes. */
    static byte[] der(byte[] signature, byte[] trailing) throws Exception {
        ASN1EncodableVector vector = new ASN1EncodableVector();
        vector.add(new ASN1Integer(r(signature)));
        vector.add(new ASN1Integer(s(signature)));
        byte[] der = new DERSequence(vector).getEncoded();
        byte[] result = Arrays.copyOf(der, der.length + trailing.length);
        System.arraycopy(trailing, 0, result, der.length, trailing.length);
        return result;
    }

    /** Encodes a raw signature in BER that is not DER: the r INTEGER carries a superfluous leading zero byte. */
    static byte[] nonMinimalDer(byte[] signature) {
        byte[] r = r(signature).toByteArray();
        byte[] s = s(signature).toByteArray();
        byte[] paddedR = new byte[r.length + 1];
        System.arraycopy(r, 0, paddedR, 1, r.length);
        int body = 2 + paddedR.length + 2 + s.length;
        byte[] result = new byte[2 + body];
        int at = 0;
        result[at++] = 0x30;
        result[at++] = (byte) body;
        result[at++] = 0x02;
        result[at++] = (byte) paddedR.length;
        System.arraycopy(paddedR, 0, result, at, paddedR.length);
        at += paddedR.length;
        result[at++] = 0x02;
        result[at++] = (byte) s.length;
        System.arraycopy(s, 0, result, at, s.length);
        return result;
    }

    /** Signs with SM2 over SM3 under any user id, which the envelope profile fixes to 1234567812345678. */
    static byte[] signSm2WithUserId(PrivateKey key, byte[] userId, byte[] message) throws Exception {
        SM2Signer signer = new SM2Signer(PlainDSAEncoding.INSTANCE, new SM3Digest());
        signer.init(true, new ParametersWithID(new ParametersWithRandom(PrivateKeyFactory.createKey(key.getEncoded()), new SecureRandom()),
                userId));
        signer.update(message, 0, message.length);
        return signer.generateSignature();
    }
}
