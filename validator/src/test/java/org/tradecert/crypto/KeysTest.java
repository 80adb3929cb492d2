package org.tradecert.crypto;

import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.EncryptionScheme;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.asn1.x9.X962Parameters;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeysTest {

    private static final char[] PASSWORD = "correct horse battery staple".toCharArray();
    private static final byte[] MESSAGE = "statement".getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void generatedKeyBelongsToItsAlgorithm(SignatureAlgorithm algorithm) {
        KeyPair pair = Keys.generate(algorithm);

        assertThat(Keys.algorithmOf(pair.getPublic())).hasValue(algorithm);
        assertThat(Keys.algorithmOf(pair.getPrivate())).hasValue(algorithm);
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void unencryptedPrivateKeyRoundTrips(SignatureAlgorithm algorithm) throws Exception {
        KeyPair pair = Keys.generate(algorithm);

        String pem = Keys.toPkcs8Pem(pair.getPrivate(), null);
        PrivateKey reread = Keys.readPrivateKey(pem, null);

        assertThat(pem).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(reread.getEncoded()).isEqualTo(pair.getPrivate().getEncoded());
        byte[] signature = Signatures.sign(algorithm, reread, MESSAGE);
        assertThat(Signatures.verify(algorithm, pair.getPublic(), MESSAGE, signature, true)).isEqualTo(Verification.VALID);
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void encryptedPrivateKeyRoundTrips(SignatureAlgorithm algorithm) throws Exception {
        KeyPair pair = Keys.generate(algorithm);

        String pem = Keys.toPkcs8Pem(pair.getPrivate(), PASSWORD);
        PrivateKey reread = Keys.readPrivateKey(pem, PASSWORD);

        assertThat(pem).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----");
        assertThat(reread.getEncoded()).isEqualTo(pair.getPrivate().getEncoded());
    }

    @Test
    void encryptedKeyUsesPbes2Aes256() throws Exception {
        String pem = Keys.toPkcs8Pem(Keys.generate(SignatureAlgorithm.SM2_SM3).getPrivate(), PASSWORD);

        PKCS8EncryptedPrivateKeyInfo encrypted;
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            encrypted = (PKCS8EncryptedPrivateKeyInfo) parser.readObject();
        }
        AlgorithmIdentifier scheme = encrypted.getEncryptionAlgorithm();
        PBES2Parameters pbes2 = PBES2Parameters.getInstance(scheme.getParameters());
        PBKDF2Params pbkdf2 = PBKDF2Params.getInstance(pbes2.getKeyDerivationFunc().getParameters());

        assertThat(scheme.getAlgorithm()).isEqualTo(PKCSObjectIdentifiers.id_PBES2);
        assertThat(pbes2.getKeyDerivationFunc().getAlgorithm()).isEqualTo(PKCSObjectIdentifiers.id_PBKDF2);
        assertThat(pbes2.getEncryptionScheme().getAlgorithm()).isEqualTo(NISTObjectIdentifiers.id_aes256_CBC);
        assertThat(pbkdf2.getIterationCount()).isGreaterThanOrEqualTo(BigInteger.valueOf(100_000));
        assertThat(pbkdf2.getPrf().getAlgorithm()).isEqualTo(PKCSObjectIdentifiers.id_hmacWithSHA256);
        assertThat(pbkdf2.getSalt()).hasSizeGreaterThanOrEqualTo(16);
    }

    @Test
    void encryptedPrivateKeyWithoutPasswordRejected() {
        String pem = Keys.toPkcs8Pem(Keys.generate(SignatureAlgorithm.ES256).getPrivate(), PASSWORD);

        assertThatThrownBy(() -> Keys.readPrivateKey(pem, null))
                .isInstanceOf(KeyException.class)
                .hasMessageContaining("encrypted")
                .hasMessageContaining("password");
    }

    @Test
    void encryptedPrivateKeyWithWrongPasswordRejected() {
        String pem = Keys.toPkcs8Pem(Keys.generate(SignatureAlgorithm.ES256).getPrivate(), PASSWORD);

        assertThatThrownBy(() -> Keys.readPrivateKey(pem, "wrong".toCharArray()))
                .isInstanceOf(KeyException.class)
                .hasMessageContaining("password is wrong");
    }

    @Test
    void emptyPasswordRejectedWhenWriting() {
        PrivateKey key = Keys.generate(SignatureAlgorithm.ED25519).getPrivate();

        assertThatThrownBy(() -> Keys.toPkcs8Pem(key, new char[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void legacyEncryptionSchemeRejected() throws Exception {
        PrivateKey key = Keys.generate(SignatureAlgorithm.ES256).getPrivate();
        PemObject legacy = new JcaPKCS8Generator(key, new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.PBE_SHA1_3DES)
                .setPassword(PASSWORD)
                .setProvider(BouncyCastle.PROVIDER)
                .build()).generate();

        assertThatThrownBy(() -> Keys.readPrivateKey(pem(legacy), PASSWORD))
                .isInstanceOf(KeyException.class)
                .hasMessageContaining("not PBES2");
    }

    @Test
    void excessiveIterationCountRejectedBeforeDecrypting() throws Exception {
        // Built by hand, because encrypting with this many iterations would itself take minutes.
        PBKDF2Params kdf = new PBKDF2Params(new byte[16], 2_000_000_000, PKCS8Generator.PRF_HMACSHA256);
        PBES2Parameters pbes2 = new PBES2Parameters(
                new KeyDerivationFunc(PKCSObjectIdentifiers.id_PBKDF2, kdf),
                new EncryptionScheme(NISTObjectIdentifiers.id_aes256_CBC, new DEROctetString(new byte[16])));
        EncryptedPrivateKeyInfo info = new EncryptedPrivateKeyInfo(
                new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBES2, pbes2), new byte[48]);

        assertThatThrownBy(() -> Keys.readPrivateKey(pem(new PemObject("ENCRYPTED PRIVATE KEY", info.getEncoded())), PASSWORD))
                .isInstanceOf(KeyException.class)
                .hasMessageContaining("2000000000 PBKDF2 iterations");
    }

    @Test
    void traditionalEcPrivateKeyRejectedWithConversionHint() throws Exception {
        PrivateKey key = Keys.generate(SignatureAlgorithm.ES256).getPrivate();
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(key);
        }

        assertThat(out.toString()).startsWith("-----BEGIN EC PRIVATE KEY-----");
        assertThatThrownBy(() -> Keys.readPrivateKey(out.toString(), null))
                .isInstanceOf(KeyException.class)
                .hasMessageContaining("openssl pkcs8 -topk8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not a key", "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"})
    void textWithoutPrivateKeyRejected(String text) {
        assertThatThrownBy(() -> Keys.readPrivateKey(text, null)).isInstanceOf(KeyException.class);
    }

    @Test
    void publicKeyPemGivenForPrivateKeyRejected() {
        String pem = Keys.toPem(Keys.generate(SignatureAlgorithm.ES256).getPublic());

        assertThatThrownBy(() -> Keys.readPrivateKey(pem, null))
                .isInstanceOf(KeyException.class)
                .hasMessageContaining("-----BEGIN PRIVATE KEY-----");
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void publicKeyRoundTrips(SignatureAlgorithm algorithm) throws Exception {
        PublicKey key = Keys.generate(algorithm).getPublic();

        String pem = Keys.toPem(key);
        PublicKey reread = Keys.readPublicKey(pem);

        assertThat(pem).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(reread.getEncoded()).isEqualTo(key.getEncoded());
        assertThat(Keys.algorithmOf(reread)).hasValue(algorithm);
    }

    @Test
    void explicitCurveParametersGiveNoAlgorithm() throws Exception {
        PublicKey explicit = explicitParameterKey();

        assertThat(Keys.algorithmOf(explicit)).isEmpty();
        assertThatThrownBy(() -> Keys.readPublicKey(Keys.toPem(explicit)))
                .isInstanceOf(KeyException.class)
                .hasMessageContaining("explicit curve parameters");
        assertThat(Signatures.verify(SignatureAlgorithm.ES256, explicit, MESSAGE, new byte[64], false))
                .isEqualTo(Verification.KEY_MISMATCH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"secp256k1", "secp384r1", "brainpoolP256r1"})
    void otherCurvesGiveNoAlgorithm(String curve) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BouncyCastle.PROVIDER);
        generator.initialize(new ECGenParameterSpec(curve));
        KeyPair pair = generator.generateKeyPair();

        assertThat(Keys.algorithmOf(pair.getPublic())).isEmpty();
        assertThat(Keys.algorithmOf(pair.getPrivate())).isEmpty();
        assertThatThrownBy(() -> Keys.readPublicKey(Keys.toPem(pair.getPublic())))
                .isInstanceOf(KeyException.class)
                .hasMessageContaining("curve");
        assertThatThrownBy(() -> Keys.readPrivateKey(Keys.toPkcs8Pem(pair.getPrivate(), null), null))
                .isInstanceOf(KeyException.class)
                .hasMessageContaining("curve");
    }

    @Test
    void rsaKeyGivesNoAlgorithm() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA", BouncyCastle.PROVIDER);
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();

        assertThat(Keys.algorithmOf(pair.getPublic())).isEmpty();
        assertThatThrownBy(() -> Keys.readPublicKey(Keys.toPem(pair.getPublic())))
                .isInstanceOf(KeyException.class)
                .hasMessageContaining(PKCSObjectIdentifiers.rsaEncryption.getId());
    }

    @Test
    void publicPointOffCurveRejected() throws Exception {
        byte[] point = uncompressedPoint(Keys.generate(SignatureAlgorithm.ES256).getPublic());
        point[point.length - 1] ^= 1;
        SubjectPublicKeyInfo info = new SubjectPublicKeyInfo(
                new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, SECObjectIdentifiers.secp256r1), point);

        assertThatThrownBy(() -> Keys.readPublicKey(pem(new PemObject("PUBLIC KEY", info.getEncoded()))))
                .isInstanceOf(KeyException.class)
                .hasMessageContaining("not on its curve");
    }

    @Test
    void nullKeyGivesNoAlgorithm() {
        assertThat(Keys.algorithmOf((PublicKey) null)).isEmpty();
        assertThat(Keys.algorithmOf((PrivateKey) null)).isEmpty();
    }

    /** Builds a P-256 public key whose SubjectPublicKeyInfo spells the curve out instead of naming it. */
    static PublicKey explicitParameterKey() throws Exception {
        X9ECParameters p256 = CustomNamedCurves.getByName("P-256");
        byte[] point = uncompressedPoint(Keys.generate(SignatureAlgorithm.ES256).getPublic());
        SubjectPublicKeyInfo info = new SubjectPublicKeyInfo(
                new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, new X962Parameters(p256)), point);
        return KeyFactory.getInstance("EC", BouncyCastle.PROVIDER).generatePublic(new X509EncodedKeySpec(info.getEncoded()));
    }

    static byte[] uncompressedPoint(PublicKey key) {
        return SubjectPublicKeyInfo.getInstance(key.getEncoded()).getPublicKeyData().getOctets();
    }

    private static String pem(PemObject object) throws Exception {
        StringWriter out = new StringWriter();
        try (PemWriter writer = new PemWriter(out)) {
            writer.writeObject(object);
        }
        return out.toString();
    }
}
