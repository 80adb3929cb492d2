package org.tradecert.compact;

import java.io.Closeable;

/** A growable array of longs in a {@link MappedColumn}, outside the heap. Unset entries read as {@code 0}. Not thread-safe. */
public final class LongColumn implements Closeable {

    private final MappedColumn bytes = new MappedColumn();

    public long get(long index) {
        return bytes.getLong(index * Long.BYTES);
    }

    public void set(long index, long value) {
        bytes.putLong(index * Long.BYTES, value);
    }

    @Override
    public void close() {
        bytes.close();
    }
}
