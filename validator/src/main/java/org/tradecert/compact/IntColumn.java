package org.tradecert.compact;

import java.io.Closeable;

/** A growable array of ints in a {@link MappedColumn}, outside the heap. Unset entries read as {@code 0}. Not thread-safe. */
public final class IntColumn implements Closeable {

    private final MappedColumn bytes = new MappedColumn();

    public int get(long index) {
        return bytes.getInt(index * Integer.BYTES);
    }

    public void set(long index, int value) {
        bytes.putInt(index * Integer.BYTES, value);
    }

    @Override
    public void close() {
        bytes.close();
    }
}
