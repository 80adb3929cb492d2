package org.tradecert.crossdoc.risk;

import java.util.LinkedHashMap;
import java.util.Map;

/** A map of bounded size that drops the entry used least recently, so a summary over a long ledger stays small. */
final class LeastRecentlyUsed<K, V> extends LinkedHashMap<K, V> {

    private final int capacity;

    LeastRecentlyUsed(int capacity) {
        super(16, 0.75f, true);
        if (capacity < 1) {
            throw new IllegalArgumentException("the capacity must be at least 1, not " + capacity);
        }
        this.capacity = capacity;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
    }
}
