package org.tradecert.crypto;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A thread-safe memo of pure computations with a fixed number of entries. When it is full it
 * starts again empty: a network has few signers, so the entries that matter come back at once,
 * and a hostile stream of distinct certificates cannot make it grow.
 */
public final class BoundedCache<K, V> {

    private final int capacity;
    private final Map<K, V> entries = new ConcurrentHashMap<>();

    public BoundedCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        this.capacity = capacity;
    }

    /** Returns the remembered value of {@code key}, or null. */
    public V get(K key) {
        return entries.get(key);
    }

    /** Remembers a value; values the caller must not remember (failures, say) are simply not put. */
    public void put(K key, V value) {
        if (entries.size() >= capacity) {
            entries.clear();
        }
        entries.put(key, value);
    }

    /** Returns the remembered value, or computes it and remembers it unless it is null. */
    public V computeIfAbsent(K key, Function<K, V> compute) {
        V known = entries.get(key);
        if (known != null) {
            return known;
        }

        V value = compute.apply(key);
        if (value != null) {
            put(key, value);
        }
        return value;
    }
}
