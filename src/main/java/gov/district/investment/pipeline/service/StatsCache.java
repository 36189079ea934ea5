package gov.district.investment.pipeline.service;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Computed indicators, reused while a fingerprint of the data behind them is unchanged. Every
 * replica checks the fingerprint against the database on every request, so an answer is never
 * stale because another replica wrote; the TTL is only a backstop. Bounded, least recently used out.
 */
final class StatsCache<V> {

    /**
     * How far below the newest id a row may commit late and still be noticed: ids are taken at
     * insert, not at commit, so a long transaction can commit a lower id after a higher one.
     */
    static final int LATE_COMMIT_WINDOW = 1000;

    private record Entry<V>(String fingerprint, V value, long computedAtNanos) {
    }

    private final int maxEntries;
    private final long ttlNanos;
    private final Map<String, Entry<V>> entries;

    StatsCache(int maxEntries, Duration ttl) {
        this.maxEntries = maxEntries;
        this.ttlNanos = ttl.toNanos();
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry<V>> eldest) {
                return size() > StatsCache.this.maxEntries;
            }
        };
    }

    /**
     * The cached value for {@code key} if it was computed on the same fingerprint and within the
     * TTL; otherwise computes it (outside the lock: two callers may both compute, neither waits).
     */
    V get(String key, String fingerprint, Supplier<V> compute) {
        long now = System.nanoTime();
        synchronized (entries) {
            Entry<V> entry = entries.get(key);
            if (entry != null && entry.fingerprint.equals(fingerprint) && now - entry.computedAtNanos < ttlNanos) {
                return entry.value;
            }
        }
        V value = compute.get();
        synchronized (entries) {
            entries.put(key, new Entry<>(fingerprint, value, now));
        }
        return value;
    }
}
