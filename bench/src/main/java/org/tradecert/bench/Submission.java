package org.tradecert.bench;

import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.tradecert.crypto.DigestAlgorithm;
import org.tradecert.crypto.SignatureAlgorithm;
import org.tradecert.document.DocumentSyntax;
import org.tradecert.envelope.Envelope;
import org.tradecert.envelope.EnvelopeReader;
import org.tradecert.registry.Pem;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

/**
 * One signed submission held in memory, in the two forms the benchmarks compare. The validator
 * reads the envelope bytes. The cost floor works on pieces taken out of the envelope
 * beforehand: document bytes, JWS signing input, signature, signer's public key and the
 * stated payload digest.
 *
 * @param name          the envelope's file name, ending in {@code .envelope.json}
 * @param publicKeyInfo the leaf certificate's SubjectPublicKeyInfo, DER
 * @param publicKey     the same key converted to BouncyCastle parameters once; BouncyCastle keeps
 *                      precomputed multiples on such a key object, so reusing it makes later checks cheaper
 */
record Submission(String name, byte[] envelope, byte[] document, DocumentSyntax syntax, byte[] signingInput, byte[] signature,
                  SignatureAlgorithm algorithm, byte[] publicKeyInfo, AsymmetricKeyParameter publicKey,
                  DigestAlgorithm digestAlgorithm, byte[] statedDigest) {

    private static final EnvelopeReader READER = new EnvelopeReader();

    /**
     * Splits an envelope into the floor's pieces.
     *
     * @throws IllegalArgumentException if the envelope cannot be read or lacks an embedded document
     */
    static Submission of(String name, byte[] envelopeBytes) {
        EnvelopeReader.Result read = READER.read(envelopeBytes, name, () -> null);
        Envelope envelope = read.envelope();
        if (envelope == null || envelope.document() == null) {
            throw new IllegalArgumentException(name + " is not an envelope with an embedded document: " + read.findings());
        }
        Envelope.SignatureEntry entry = envelope.signatures().get(0);
        SignatureAlgorithm algorithm = SignatureAlgorithm.byJwsName(entry.algorithm())
                .orElseThrow(() -> new IllegalArgumentException(name + " is signed with an unknown algorithm " + entry.algorithm()));
        DigestAlgorithm digest = DigestAlgorithm.byName(envelope.statement().payloadDigestAlgorithm())
                .orElseThrow(() -> new IllegalArgumentException(name + " states an unknown digest algorithm"));
        byte[] keyInfo;
        AsymmetricKeyParameter key;
        try {
            X509Certificate leaf = Pem.fromBase64Der(entry.x5c().get(0));
            keyInfo = leaf.getPublicKey().getEncoded();
            key = PublicKeyFactory.createKey(keyInfo);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException(name + " carries a certificate that cannot be read: " + e.getMessage(), e);
        }
        return new Submission(name, envelopeBytes, envelope.document(), DocumentSyntax.sniff(envelope.document()),
                envelope.signingInput(entry), entry.value(), algorithm, keyInfo, key, digest,
                HexFormat.of().parseHex(envelope.statement().payloadDigest()));
    }
}
