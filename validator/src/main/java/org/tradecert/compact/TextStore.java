package org.tradecert.compact;

import java.io.Closeable;
import java.nio.charset.StandardCharsets;

/**
 * Texts packed as UTF-8 into a {@link MappedColumn} outside the heap, each addressed by a long
 * handle (its offset). Append-only and not thread-safe.
 */
public final class TextStore implements Closeable {

    private final MappedColumn bytes = new MappedColumn();
    private long used;

    /** Stores a text and returns its handle. */
    public long add(String text) {
        byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
        long handle = used;
        bytes.putInt(handle, encoded.length);
        bytes.put(handle + Integer.BYTES, encoded);
        used += Integer.BYTES + encoded.length;
        return handle;
    }

    /** Returns the text of a handle that {@link #add} returned. */
    public String get(long handle) {
        int length = bytes.getInt(handle);
        return new String(bytes.get(handle + Integer.BYTES, length), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        bytes.close();
    }
}
