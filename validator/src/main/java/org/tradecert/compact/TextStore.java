package org.tradecert.compact;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Texts packed as UTF-8 into large byte arrays, each addressed by a long handle: a few bytes of
 * overhead per text instead of a String object's forty. Append-only; not thread-safe.
 */
public final class TextStore {

    private static final int CHUNK = 1 << 20;

    private final List<byte[]> chunks = new ArrayList<>();
    private int used = CHUNK;

    /** Stores a text and returns its handle. */
    public long add(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int needed = Integer.BYTES + bytes.length;
        if (used + needed > current().length) {
            chunks.add(new byte[Math.max(CHUNK, needed)]);
            used = 0;
        }

        byte[] chunk = current();
        int at = used;
        chunk[at] = (byte) (bytes.length >>> 24);
        chunk[at + 1] = (byte) (bytes.length >>> 16);
        chunk[at + 2] = (byte) (bytes.length >>> 8);
        chunk[at + 3] = (byte) bytes.length;
        System.arraycopy(bytes, 0, chunk, at + Integer.BYTES, bytes.length);
        used += needed;
        return ((long) (chunks.size() - 1) << 32) | at;
    }

    /** The text of a handle {@link #add} returned. */
    public String get(long handle) {
        byte[] chunk = chunks.get((int) (handle >>> 32));
        int at = (int) handle;
        int length = (chunk[at] & 0xff) << 24 | (chunk[at + 1] & 0xff) << 16 | (chunk[at + 2] & 0xff) << 8 | (chunk[at + 3] & 0xff);
        return new String(chunk, at + Integer.BYTES, length, StandardCharsets.UTF_8);
    }

    private byte[] current() {
        return chunks.isEmpty() ? new byte[0] : chunks.get(chunks.size() - 1);
    }
}
