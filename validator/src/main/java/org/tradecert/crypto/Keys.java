package org.tradecert.crypto;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMException;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.InputDecryptorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Objects;
import java.util.Optional;

/**
 * Generates key pairs for the signature algorithms and reads and writes them as PEM: private
 * keys as PKCS #8, optionally password-encrypted, and public keys as SubjectPublicKeyInfo.
 * Only named curves are accepted, because explicit curve parameters let a key choose its own
 * group (CVE-2020-0601) or make parsing expensive (CVE-2024-29857).
 */
public final class Keys {

    /**
     * PBKDF2-HMAC-SHA256 iterations for new encrypted keys: 600 000 is the figure of the OWASP
     * Password Storage Cheat Sheet since December 2022.
     */
    static final int PBKDF2_ITERATIONS = 600_000;

    /** Highest PBKDF2 iteration count accepted when reading, so a crafted key file cannot stall the reader. */
    static final int MAX_PBKDF2_ITERATIONS = 10_000_000;

    private static final String SUPPORTED = "SM2 (curve sm2p256v1), ECDSA P-256 or Ed25519";

    private Keys() {
    }

    /** Generates a key pair: SM2 on sm2p256v1, ECDSA on P-256 (secp256r1) or Ed25519. */
    public static KeyPair generate(SignatureAlgorithm algorithm) {
        Objects.requireNonNull(algorithm, "algorithm");
        try {
            KeyPairGenerator generator;
            switch (algorithm) {
                case SM2_SM3 -> {
                    generator = KeyPairGenerator.getInstance("EC", BouncyCastle.PROVIDER);
                    generator.initialize(new ECGenParameterSpec("sm2p256v1"), BouncyCastle.RANDOM);
                }
                case ES256 -> {
                    generator = KeyPairGenerator.getInstance("EC", BouncyCastle.PROVIDER);
                    generator.initialize(new ECGenParameterSpec("secp256r1"), BouncyCastle.RANDOM);
                }
                case ED25519 -> generator = KeyPairGenerator.getInstance("Ed25519", BouncyCastle.PROVIDER);
                default -> throw new IllegalArgumentException("no key generator for " + algorithm);
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the BouncyCastle provider cannot generate " + algorithm.jwsName() + " keys", e);
        }
    }

    /**
     * Writes a private key as PKCS #8 PEM. Without a password the result is
     * {@code -----BEGIN PRIVATE KEY-----}. With a password it is
     * {@code -----BEGIN ENCRYPTED PRIVATE KEY-----}, encrypted with PBES2: AES-256-CBC under a
     * key derived by PBKDF2-HMAC-SHA256 with {@value #PBKDF2_ITERATIONS} iterations and a random salt.
     *
     * @throws IllegalArgumentException if the password is empty
     */
    public static String toPkcs8Pem(PrivateKey key, char[] passwordOrNull) {
        Objects.requireNonNull(key, "key");
        if (passwordOrNull != null && passwordOrNull.length == 0) {
            throw new IllegalArgumentException("the password is empty; pass null to write an unencrypted key");
        }

        OutputEncryptor encryptor = null;
        if (passwordOrNull != null) {
            try {
                encryptor = new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.AES_256_CBC)
                        .setPRF(PKCS8Generator.PRF_HMACSHA256)
                        .setIterationCount(PBKDF2_ITERATIONS)
                        .setRandom(BouncyCastle.RANDOM)
                        .setPassword(passwordOrNull)
                        .setProvider(BouncyCastle.PROVIDER)
                        .build();
            } catch (OperatorCreationException e) {
                throw new IllegalStateException("the BouncyCastle provider cannot encrypt with PBES2 and AES-256-CBC", e);
            }
        }

        try {
            return writePem(new JcaPKCS8Generator(key, encryptor).generate());
        } catch (IOException e) {
            throw new IllegalArgumentException("the private key cannot be encoded as PKCS #8: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a PKCS #8 private key of a supported algorithm from PEM, decrypting it when it is a
     * {@code -----BEGIN ENCRYPTED PRIVATE KEY-----}. Encrypted keys must use PBES2 with PBKDF2.
     * A password given for an unencrypted key is ignored.
     *
     * @throws KeyException if the text contains no private key, the key is encrypted and no password
     *     or a wrong password is given, or the key is not SM2, P-256 or Ed25519
     */
    public static PrivateKey readPrivateKey(String pem, char[] passwordOrNull) throws KeyException {
        Object object = readPemObject(pem, "-----BEGIN PRIVATE KEY-----");

        PrivateKeyInfo info;
        if (object instanceof PKCS8EncryptedPrivateKeyInfo encrypted) {
            info = decrypt(encrypted, passwordOrNull);
        } else if (object instanceof PrivateKeyInfo plain) {
            info = plain;
        } else if (object instanceof PEMKeyPair || object instanceof PEMEncryptedKeyPair) {
            throw new KeyException("the private key is in OpenSSL's traditional format (-----BEGIN EC PRIVATE KEY-----);"
                    + " convert it to PKCS #8 with: openssl pkcs8 -topk8 -in OLD.pem -out NEW.pem");
        } else {
            throw new KeyException("expected -----BEGIN PRIVATE KEY----- or -----BEGIN ENCRYPTED PRIVATE KEY-----, found "
                    + describe(object));
        }

        if (algorithmOf(info.getPrivateKeyAlgorithm()).isEmpty()) {
            throw new KeyException("the private key is " + describe(info.getPrivateKeyAlgorithm()) + "; expected " + SUPPORTED);
        }
        try {
            return new JcaPEMKeyConverter().setProvider(BouncyCastle.PROVIDER).getPrivateKey(info);
        } catch (PEMException | RuntimeException e) {
            throw new KeyException("the private key is damaged: " + e.getMessage(), e);
        }
    }

    /** Writes a public key as {@code -----BEGIN PUBLIC KEY-----} (DER SubjectPublicKeyInfo). */
    public static String toPem(PublicKey key) {
        Objects.requireNonNull(key, "key");
        byte[] encoded = key.getEncoded();
        if (encoded == null) {
            throw new IllegalArgumentException("the public key has no X.509 encoding: " + key.getAlgorithm());
        }
        return writePem(new PemObject("PUBLIC KEY", encoded));
    }

    /**
     * Reads a {@code -----BEGIN PUBLIC KEY-----} of a supported algorithm from PEM.
     *
     * @throws KeyException if the text contains no public key, the key is of another algorithm or
     *     curve or has explicit curve parameters, or its point is not on the curve
     */
    public static PublicKey readPublicKey(String pem) throws KeyException {
        Object object = readPemObject(pem, "-----BEGIN PUBLIC KEY-----");
        if (!(object instanceof SubjectPublicKeyInfo info)) {
            throw new KeyException("expected -----BEGIN PUBLIC KEY-----, found " + describe(object));
        }

        if (algorithmOf(info.getAlgorithm()).isEmpty()) {
            throw new KeyException("the public key is " + describe(info.getAlgorithm()) + "; expected " + SUPPORTED);
        }
        try {
            return new JcaPEMKeyConverter().setProvider(BouncyCastle.PROVIDER).getPublicKey(info);
        } catch (PEMException | RuntimeException e) {
            throw new KeyException("the public key is invalid (for example a point that is not on its curve): " + e.getMessage(), e);
        }
    }

    /**
     * Finds the signature algorithm a public key belongs to: SM2-SM3 for an EC key on the named
     * curve sm2p256v1, ES256 for an EC key on the named curve P-256, Ed25519 for an Ed25519 key.
     * Returns empty for every other key, including EC keys with explicit curve parameters.
     */
    public static Optional<SignatureAlgorithm> algorithmOf(PublicKey key) {
        byte[] encoded = key == null ? null : key.getEncoded();
        if (encoded == null) {
            return Optional.empty();
        }
        try {
            return algorithmOf(SubjectPublicKeyInfo.getInstance(encoded).getAlgorithm());
        } catch (IllegalArgumentException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** Finds the signature algorithm a private key belongs to, by the rules of {@link #algorithmOf(PublicKey)}. */
    public static Optional<SignatureAlgorithm> algorithmOf(PrivateKey key) {
        byte[] encoded = key == null ? null : key.getEncoded();
        if (encoded == null) {
            return Optional.empty();
        }
        try {
            return algorithmOf(PrivateKeyInfo.getInstance(encoded).getPrivateKeyAlgorithm());
        } catch (IllegalArgumentException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    static Optional<SignatureAlgorithm> algorithmOf(AlgorithmIdentifier identifier) {
        ASN1ObjectIdentifier algorithm = identifier.getAlgorithm();
        if (EdECObjectIdentifiers.id_Ed25519.equals(algorithm)) {
            // RFC 8410 §3: the parameters of an Ed25519 key must be absent.
            return identifier.getParameters() == null ? Optional.of(SignatureAlgorithm.ED25519) : Optional.empty();
        }
        if (!X9ObjectIdentifiers.id_ecPublicKey.equals(algorithm)) {
            return Optional.empty();
        }

        // A named curve is an OID; explicit parameters are a SEQUENCE and implicitlyCA is NULL.
        ASN1Encodable parameters = identifier.getParameters();
        if (GMObjectIdentifiers.sm2p256v1.equals(parameters)) {
            return Optional.of(SignatureAlgorithm.SM2_SM3);
        }
        if (SECObjectIdentifiers.secp256r1.equals(parameters)) {
            return Optional.of(SignatureAlgorithm.ES256);
        }
        return Optional.empty();
    }

    private static PrivateKeyInfo decrypt(PKCS8EncryptedPrivateKeyInfo encrypted, char[] password) throws KeyException {
        if (password == null) {
            throw new KeyException("the private key is encrypted (-----BEGIN ENCRYPTED PRIVATE KEY-----); supply its password");
        }
        checkEncryptionScheme(encrypted.getEncryptionAlgorithm());

        try {
            InputDecryptorProvider decryptor = new JceOpenSSLPKCS8DecryptorProviderBuilder()
                    .setProvider(BouncyCastle.PROVIDER)
                    .build(password);
            return encrypted.decryptPrivateKeyInfo(decryptor);
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("the BouncyCastle provider cannot decrypt PKCS #8 keys", e);
        } catch (PKCSException e) {
            throw new KeyException("the private key cannot be decrypted: the password is wrong or the key is damaged", e);
        }
    }

    /** Accepts PBES2 with PBKDF2 up to {@link #MAX_PBKDF2_ITERATIONS} iterations, and rejects every other scheme. */
    private static void checkEncryptionScheme(AlgorithmIdentifier scheme) throws KeyException {
        if (!PKCSObjectIdentifiers.id_PBES2.equals(scheme.getAlgorithm())) {
            throw new KeyException("the private key is encrypted with " + scheme.getAlgorithm().getId() + ", not PBES2;"
                    + " re-encrypt it with: openssl pkcs8 -topk8 -v2 aes-256-cbc -v2prf hmacWithSHA256");
        }
        try {
            PBES2Parameters parameters = PBES2Parameters.getInstance(scheme.getParameters());
            KeyDerivationFunc keyDerivation = parameters.getKeyDerivationFunc();
            if (!PKCSObjectIdentifiers.id_PBKDF2.equals(keyDerivation.getAlgorithm())) {
                throw new KeyException("the private key derives its encryption key with " + keyDerivation.getAlgorithm().getId()
                        + ", not PBKDF2; re-encrypt it with: openssl pkcs8 -topk8 -v2 aes-256-cbc -v2prf hmacWithSHA256");
            }
            int iterations = PBKDF2Params.getInstance(keyDerivation.getParameters()).getIterationCount().intValueExact();
            if (iterations > MAX_PBKDF2_ITERATIONS) {
                throw new KeyException("the private key asks for " + iterations + " PBKDF2 iterations, more than the maximum "
                        + MAX_PBKDF2_ITERATIONS + "; re-encrypt it with fewer");
            }
        } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
            throw new KeyException("the encryption parameters of the private key are damaged: " + e.getMessage(), e);
        }
    }

    /** Reads the first PEM object. When there is none, the error message suggests {@code expectedLine} as the begin line. */
    private static Object readPemObject(String pem, String expectedLine) throws KeyException {
        Objects.requireNonNull(pem, "pem");
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            Object object = parser.readObject();
            if (object == null) {
                throw new KeyException("the text contains no PEM object (a line such as " + expectedLine + ")");
            }
            return object;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new KeyException("the PEM text cannot be read: " + e.getMessage(), e);
        }
    }

    private static String writePem(PemObject pem) {
        StringWriter out = new StringWriter();
        try (PemWriter writer = new PemWriter(out)) {
            writer.writeObject(pem);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a StringWriter failed", e);
        }
        return out.toString();
    }

    private static String describe(Object object) {
        return "a PEM object of type " + object.getClass().getSimpleName();
    }

    private static String describe(AlgorithmIdentifier identifier) {
        ASN1Encodable parameters = identifier.getParameters();
        String text = "algorithm " + identifier.getAlgorithm().getId();
        if (X9ObjectIdentifiers.id_ecPublicKey.equals(identifier.getAlgorithm())) {
            text = parameters instanceof ASN1ObjectIdentifier curve
                    ? "an EC key on curve " + curve.getId()
                    : "an EC key with explicit curve parameters (only named curves are accepted)";
        }
        return text;
    }
}
