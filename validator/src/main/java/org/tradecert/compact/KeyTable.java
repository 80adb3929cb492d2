package org.tradecert.compact;

import java.io.Closeable;

/**
 * An open-addressing hash table from {@link Key128} to a non-negative int, with linear probing
 * and no removal, stored in a {@link MappedColumn} outside the heap: 20 bytes per slot, at
 * least a quarter of the slots free. Not thread-safe.
 */
public final class KeyTable implements Closeable {

    /** The value {@link #get} and {@link #putIfAbsent} return for a key the table does not contain. */
    public static final int ABSENT = -1;

    private static final int SLOT = 20;

    private MappedColumn slots;
    private long capacity;
    private int size;

    public KeyTable() {
        slots = new MappedColumn();
        capacity = 1024;
    }

    public int size() {
        return size;
    }

    /** Returns the value of {@code key}, or {@link #ABSENT}. */
    public int get(Key128 key) {
        long mask = capacity - 1;
        for (long slot = start(key.high(), key.low(), mask); ; slot = (slot + 1) & mask) {
            int stored = slots.getInt(slot * SLOT + 16);
            if (stored == 0) {
                return ABSENT;
            }
            if (slots.getLong(slot * SLOT) == key.high() && slots.getLong(slot * SLOT + 8) == key.low()) {
                return stored - 1;
            }
        }
    }

    /** Stores {@code value} under {@code key} unless the key is present, and returns the earlier value or {@link #ABSENT}. */
    public int putIfAbsent(Key128 key, int value) {
        if (value < 0 || value == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a value must be from 0 to 2^31 - 2, not " + value);
        }
        int earlier = get(key);
        if (earlier != ABSENT) {
            return earlier;
        }

        if ((size + 1) * 4L > capacity * 3L) {
            grow();
        }
        insert(slots, capacity, key.high(), key.low(), value + 1);
        size++;
        return ABSENT;
    }

    /** Writes a stored value (the value plus one, so that zero marks an empty slot) into the first free slot of its probe. */
    private static void insert(MappedColumn into, long capacity, long high, long low, int stored) {
        long mask = capacity - 1;
        long slot = start(high, low, mask);
        while (into.getInt(slot * SLOT + 16) != 0) {
            slot = (slot + 1) & mask;
        }
        into.putLong(slot * SLOT, high);
        into.putLong(slot * SLOT + 8, low);
        into.putInt(slot * SLOT + 16, stored);
    }

    private void grow() {
        MappedColumn larger = new MappedColumn();
        long largerCapacity = capacity * 2;
        for (long slot = 0; slot < capacity; slot++) {
            int stored = slots.getInt(slot * SLOT + 16);
            if (stored != 0) {
                insert(larger, largerCapacity, slots.getLong(slot * SLOT), slots.getLong(slot * SLOT + 8), stored);
            }
        }
        slots.close();
        slots = larger;
        capacity = largerCapacity;
    }

    /** Returns the first slot to probe. The key is already a cryptographic hash, so its low bits are spread evenly. */
    private static long start(long high, long low, long mask) {
        return (high ^ low) & mask;
    }

    @Override
    public void close() {
        slots.close();
    }
}
