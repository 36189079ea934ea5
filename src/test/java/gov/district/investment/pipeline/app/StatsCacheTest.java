package gov.district.investment.pipeline.app;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

    @Test
    void concurrentCallersShareOneComputation() throws Exception {
        StatsCache<String> cache = new StatsCache<>(4, Duration.ofMinutes(10));
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> first = pool.submit(() -> cache.get("k", "f", () -> {
                computing.countDown();
                await(release);
                return compute();
            }));
            computing.await();
            Future<String> second = pool.submit(() -> cache.get("k", "f", this::compute));
            Thread.sleep(50); // the second caller is now waiting on the first computation
            release.countDown();
            assertEquals("answer-1", first.get(5, TimeUnit.SECONDS));
            assertEquals("answer-1", second.get(5, TimeUnit.SECONDS));
            assertEquals(1, computed.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedComputationIsNotKept() {
        StatsCache<String> cache = new StatsCache<>(4, Duration.ofMinutes(10));
        assertThrows(IllegalStateException.class, () -> cache.get("k", "f", () -> {
            throw new IllegalStateException("database down");
        }));
        assertEquals("answer-1", cache.get("k", "f", this::compute));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
