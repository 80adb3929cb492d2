package org.tradecert.compact;

import java.util.Arrays;

/**
 * An open-addressing hash table from {@link Key128} to a non-negative int, with linear probing
 * and no removal. It holds 20 bytes per slot and keeps at least a quarter of its slots free.
 * Not thread-safe.
 */
public final class KeyTable {

    /** What {@link #get} and {@link #putIfAbsent} return for a key the table does not hold. */
    public static final int ABSENT = -1;

    private long[] keys;
    private int[] values;
    private int size;

    public KeyTable() {
        allocate(64);
    }

    public int size() {
        return size;
    }

    /** The value of {@code key}, or {@link #ABSENT}. */
    public int get(Key128 key) {
        int mask = values.length - 1;
        for (int slot = start(key, mask); values[slot] != ABSENT; slot = (slot + 1) & mask) {
            if (keys[2 * slot] == key.high() && keys[2 * slot + 1] == key.low()) {
                return values[slot];
            }
        }
        return ABSENT;
    }

    /** Stores {@code value} under {@code key} unless the key is present; returns the earlier value or {@link #ABSENT}. */
    public int putIfAbsent(Key128 key, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("values are non-negative: " + value);
        }
        int earlier = get(key);
        if (earlier != ABSENT) {
            return earlier;
        }

        if ((size + 1) * 4L > values.length * 3L) {
            grow();
        }
        insert(key.high(), key.low(), value);
        size++;
        return ABSENT;
    }

    private void insert(long high, long low, int value) {
        int mask = values.length - 1;
        int slot = start(high, low, mask);
        while (values[slot] != ABSENT) {
            slot = (slot + 1) & mask;
        }
        keys[2 * slot] = high;
        keys[2 * slot + 1] = low;
        values[slot] = value;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        allocate(values.length * 2);
        for (int slot = 0; slot < oldValues.length; slot++) {
            if (oldValues[slot] != ABSENT) {
                insert(oldKeys[2 * slot], oldKeys[2 * slot + 1], oldValues[slot]);
            }
        }
    }

    private void allocate(int slots) {
        keys = new long[2 * slots];
        values = new int[slots];
        Arrays.fill(values, ABSENT);
    }

    private static int start(Key128 key, int mask) {
        return start(key.high(), key.low(), mask);
    }

    /** The key is already a cryptographic hash, so its low bits are spread evenly. */
    private static int start(long high, long low, int mask) {
        return (int) (high ^ low) & mask;
    }
}
