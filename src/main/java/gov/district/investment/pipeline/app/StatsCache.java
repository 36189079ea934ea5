package gov.district.investment.pipeline.app;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Computed indicators, reused while a fingerprint of the data behind them is unchanged. Every
 * replica checks the fingerprint against the database on every request, so an answer is never
 * stale because another replica wrote; the TTL is only a backstop. Bounded, least recently used out.
 */
public final class StatsCache<V> {

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
    private final ConcurrentHashMap<String, CompletableFuture<V>> inFlight = new ConcurrentHashMap<>();

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
     * TTL; otherwise computes it. Concurrent callers needing the same computation wait for the
     * one already running instead of starting their own (a cold start under load would otherwise
     * run it once per caller).
     */
    V get(String key, String fingerprint, Supplier<V> compute) {
        long now = System.nanoTime();
        synchronized (entries) {
            Entry<V> entry = entries.get(key);
            if (entry != null && entry.fingerprint.equals(fingerprint) && now - entry.computedAtNanos < ttlNanos) {
                return entry.value;
            }
        }
        String flight = key + "@" + fingerprint;
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> running = inFlight.putIfAbsent(flight, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        try {
            V value = compute.get();
            synchronized (entries) {
                entries.put(key, new Entry<>(fingerprint, value, now));
            }
            mine.complete(value);
            return value;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(flight, mine);
        }
    }
}
