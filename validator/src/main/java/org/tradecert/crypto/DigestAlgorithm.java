package org.tradecert.crypto;

import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.util.encoders.Hex;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The digest algorithms a statement may name for payload digests, attachment digests and batch
 * trees: SM3 (GB/T 32905) and SHA-256 (FIPS 180-4). Both give 32-byte digests.
 */
public enum DigestAlgorithm {

    SM3("SM3", SM3Digest::new),
    SHA256("SHA-256", SHA256Digest::new);

    private final String jwsName;
    private final Supplier<Digest> factory;

    DigestAlgorithm(String jwsName, Supplier<Digest> factory) {
        this.jwsName = jwsName;
        this.factory = factory;
    }

    /** Returns the name a statement uses in {@code payloadDigest.alg}: {@code SM3} or {@code SHA-256}. */
    public String jwsName() {
        return jwsName;
    }

    /** Finds the algorithm whose {@link #jwsName()} is exactly {@code name}; the match is case-sensitive. */
    public static Optional<DigestAlgorithm> byName(String name) {
        for (DigestAlgorithm algorithm : values()) {
            if (algorithm.jwsName.equals(name)) {
                return Optional.of(algorithm);
            }
        }
        return Optional.empty();
    }

    /** Length of a digest in bytes. */
    public int digestLength() {
        return factory.get().getDigestSize();
    }

    public byte[] digest(byte[] data) {
        Objects.requireNonNull(data, "data");
        return digest(new byte[][] {data});
    }

    /**
     * Computes the digest of the concatenation of {@code parts}. Plain concatenation is ambiguous
     * when the parts can vary in length, so use it only for fixed-layout input such as a Merkle
     * node (one prefix byte followed by two digests).
     */
    public byte[] digest(byte[]... parts) {
        Digest digest = factory.get();
        for (byte[] part : parts) {
            Objects.requireNonNull(part, "part");
            digest.update(part, 0, part.length);
        }
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return out;
    }

    /** Computes the digest of {@code data} and returns it as lowercase hexadecimal. */
    public String hex(byte[] data) {
        return Hex.toHexString(digest(data));
    }
}
