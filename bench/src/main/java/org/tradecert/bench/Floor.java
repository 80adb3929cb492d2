package org.tradecert.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.tradecert.document.DocumentSyntax;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The cost floor of one submission: the least work any validator must do. It parses the
 * document bytes once (XML with a hardened SAX parser, JSON with Jackson's {@code readTree}),
 * computes the payload digest and compares it with the stated one, and verifies the JWS
 * signature with BouncyCastle's lightweight API under the envelope's algorithm, decoding the
 * signer's public key from its SubjectPublicKeyInfo for each check. Everything a real
 * validator adds (reading the envelope, certificate paths, schemas, code lists, rules) is what
 * the benchmark compares against this floor.
 *
 * <p>{@link #checkWithDecodedKey} reuses a key object decoded beforehand instead, as a
 * validator that keeps one key object per signer could. BouncyCastle then keeps its
 * precomputed multiples of the key between checks, so that variant shows what such a cache saves.
 *
 * <p>Thread-safe: each thread keeps its own SAX parser, as a real service would.
 */
final class Floor {

    private static final byte[] SM2_USER_ID = "1234567812345678".getBytes(StandardCharsets.US_ASCII);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ThreadLocal<SAXParser> SAX = ThreadLocal.withInitial(Floor::hardenedParser);

    private Floor() {
    }

    /**
     * Does the floor's work for one submission and returns a number derived from it, which
     * callers consume so the JIT cannot drop the work.
     *
     * @throws IllegalStateException if the digest or the signature does not verify, since the floor is
     *                               only meaningful over valid submissions
     */
    static int check(Submission submission) {
        AsymmetricKeyParameter key;
        try {
            key = PublicKeyFactory.createKey(submission.publicKeyInfo());
        } catch (IOException e) {
            throw new UncheckedIOException(submission.name() + ": the signer's public key cannot be decoded", e);
        }
        return check(submission, key);
    }

    /** Does the same as {@link #check} with the key object decoded when the submission was loaded. */
    static int checkWithDecodedKey(Submission submission) {
        return check(submission, submission.publicKey());
    }

    private static int check(Submission submission, AsymmetricKeyParameter key) {
        int parsed = parse(submission);

        byte[] digest = digest(submission);
        if (!MessageDigest.isEqual(digest, submission.statedDigest())) {
            throw new IllegalStateException(submission.name() + ": the payload digest differs from the stated one");
        }

        if (!verify(submission, key)) {
            throw new IllegalStateException(submission.name() + ": the signature does not verify");
        }
        return parsed + digest[0];
    }

    private static int parse(Submission submission) {
        if (submission.syntax() == DocumentSyntax.JSON) {
            try {
                return JSON.readTree(submission.document()).size();
            } catch (IOException e) {
                throw new UncheckedIOException(submission.name() + ": the document is not JSON", e);
            }
        }
        SAXParser parser = SAX.get();
        ElementCounter counter = new ElementCounter();
        try {
            parser.parse(new ByteArrayInputStream(submission.document()), counter);
        } catch (SAXException e) {
            throw new IllegalStateException(submission.name() + ": the document is not well-formed XML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            parser.reset();
        }
        return counter.elements;
    }

    private static byte[] digest(Submission submission) {
        Digest digest = switch (submission.digestAlgorithm()) {
            case SM3 -> new SM3Digest();
            case SHA256 -> new SHA256Digest();
        };
        byte[] document = submission.document();
        digest.update(document, 0, document.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return out;
    }

    private static boolean verify(Submission submission, AsymmetricKeyParameter key) {
        byte[] message = submission.signingInput();
        byte[] signature = submission.signature();
        switch (submission.algorithm()) {
            case SM2_SM3 -> {
                SM2Signer signer = new SM2Signer(PlainDSAEncoding.INSTANCE, new SM3Digest());
                signer.init(false, new ParametersWithID(key, SM2_USER_ID));
                signer.update(message, 0, message.length);
                return signer.verifySignature(signature);
            }
            case ES256 -> {
                SHA256Digest sha256 = new SHA256Digest();
                sha256.update(message, 0, message.length);
                byte[] hash = new byte[32];
                sha256.doFinal(hash, 0);
                ECDSASigner verifier = new ECDSASigner();
                verifier.init(false, (ECPublicKeyParameters) key);
                return verifier.verifySignature(hash, new BigInteger(1, Arrays.copyOfRange(signature, 0, 32)),
                        new BigInteger(1, Arrays.copyOfRange(signature, 32, 64)));
            }
            case ED25519 -> {
                Ed25519Signer verifier = new Ed25519Signer();
                verifier.init(false, (Ed25519PublicKeyParameters) key);
                verifier.update(message, 0, message.length);
                return verifier.verifySignature(signature);
            }
            default -> throw new IllegalStateException("no floor for " + submission.algorithm());
        }
    }

    /** Creates a SAX parser that rejects DTDs and reads nothing but the bytes it is given. */
    private static SAXParser hardenedParser() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory.newSAXParser();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's SAX parser does not support the hardening features: " + e.getMessage(), e);
        }
    }

    /** Counts elements, the least a handler can do while still seeing the document. */
    private static final class ElementCounter extends DefaultHandler {
        private int elements;

        @Override
        public void startElement(String uri, String localName, String qualifiedName, Attributes attributes) {
            elements++;
        }
    }
}
