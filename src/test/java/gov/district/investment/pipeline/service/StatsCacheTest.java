package gov.district.investment.pipeline.service;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StatsCacheTest {

    private final AtomicInteger computed = new AtomicInteger();

    private String compute() {
        return "answer-" + computed.incrementAndGet();
    }

    @Test
    void reusedWhileTheFingerprintHolds() {
        StatsCache<String> cache = new StatsCache<>(4, Duration.ofMinutes(10));
        assertEquals("answer-1", cache.get("2026/2026-11-27", "10:3", this::compute));
        assertEquals("answer-1", cache.get("2026/2026-11-27", "10:3", this::compute));
        assertEquals("answer-2", cache.get("2026/2026-11-27", "11:3", this::compute), "a write in between");
        assertEquals("answer-3", cache.get("2025/2026-11-27", "11:3", this::compute), "another key");
        assertEquals("answer-2", cache.get("2026/2026-11-27", "11:3", this::compute));
    }

    @Test
    void theTtlIsABackstop() {
        StatsCache<String> cache = new StatsCache<>(4, Duration.ZERO);
        cache.get("k", "same", this::compute);
        assertEquals("answer-2", cache.get("k", "same", this::compute));
    }

    @Test
    void boundedLeastRecentlyUsedOut() {
        StatsCache<String> cache = new StatsCache<>(2, Duration.ofMinutes(10));
        cache.get("a", "f", this::compute);
        cache.get("b", "f", this::compute);
        cache.get("a", "f", this::compute); // a is now the most recent
        cache.get("c", "f", this::compute); // evicts b
        assertEquals(3, computed.get());
        assertEquals("answer-1", cache.get("a", "f", this::compute));
        assertEquals("answer-4", cache.get("b", "f", this::compute));
    }
}
