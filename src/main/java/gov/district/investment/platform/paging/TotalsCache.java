package gov.district.investment.platform.paging;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import gov.district.investment.platform.config.AppConfig;

/**
 * Remembers the total count of a filtered list for a short while: the count is most of a list
 * page's database cost (measured at 73 % at 100,000 projects), while dashboards ask the same few
 * filters over and over. A write through this replica drops the totals of its resource when its
 * transaction commits, so a client sees its own changes at once; writes through another replica
 * show in the totals within the TTL. The items of a page are never cached.
 */
@ApplicationScoped
public class TotalsCache {

    private record Entry(long total, long expiresAtNanos, long generation) {
    }

    private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();
    private final Map<Key, Entry> totals = new ConcurrentHashMap<>();
    private final TransactionSynchronizationRegistry transactions;
    private final long ttlNanos;
    private final int maxEntries;

    private record Key(String resource, Object filter) {
    }

    public TotalsCache(TransactionSynchronizationRegistry transactions, AppConfig config) {
        this.transactions = transactions;
        this.ttlNanos = config.paging().totalsTtl().toNanos();
        this.maxEntries = config.paging().totalsMaxEntries();
    }

    /**
     * @param resource names what is counted (one generation per resource)
     * @param filter a value object (record) identifying the filter
     */
    public long total(String resource, Object filter, LongSupplier count) {
        if (ttlNanos <= 0) {
            return count.getAsLong();
        }
        Key key = new Key(resource, filter);
        long now = System.nanoTime();
        long generation = generation(resource).get();
        Entry entry = totals.get(key);
        if (entry != null && entry.generation() == generation && entry.expiresAtNanos() - now > 0) {
            return entry.total();
        }
        long total = count.getAsLong();
        if (totals.size() >= maxEntries) {
            totals.clear();
        }
        // stored under the generation read before counting: a write committing meanwhile invalidates it
        totals.put(key, new Entry(total, now + ttlNanos, generation));
        return total;
    }

    /** Drops the resource's totals when the current transaction completes (at once without one). */
    public void invalidateOnCompletion(String resource) {
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    generation(resource).incrementAndGet();
                }
            });
        } else {
            generation(resource).incrementAndGet();
        }
    }

    private AtomicLong generation(String resource) {
        return generations.computeIfAbsent(resource, r -> new AtomicLong());
    }
}
