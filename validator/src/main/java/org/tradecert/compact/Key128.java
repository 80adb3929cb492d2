package org.tradecert.compact;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A 128-bit key: the first half of the SHA-256 of its parts. Each part is length-prefixed, so
 * ("ab", "c") and ("a", "bc") differ, and so do a null part and an empty one. Among a billion
 * keys, the odds that two distinct ones collide are about 10^-21.
 */
public record Key128(long high, long low) {

    public static Key128 of(String... parts) {
        MessageDigest sha256 = sha256();
        ByteBuffer length = ByteBuffer.allocate(Integer.BYTES);
        for (String part : parts) {
            length.clear();
            if (part == null) {
                sha256.update(length.putInt(-1).array());
                continue;
            }
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            sha256.update(length.putInt(bytes.length).array());
            sha256.update(bytes);
        }

        ByteBuffer digest = ByteBuffer.wrap(sha256.digest());
        return new Key128(digest.getLong(), digest.getLong());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
