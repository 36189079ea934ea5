package gov.district.investment.platform.idempotency;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Keeps the idempotency table to the replay window. Idempotent, so every replica may run it. */
@ApplicationScoped
public class IdempotencyPurgeJob {

    private static final Logger LOG = Logger.getLogger(IdempotencyPurgeJob.class);

    private final Idempotency idempotency;

    public IdempotencyPurgeJob(Idempotency idempotency) {
        this.idempotency = idempotency;
    }

    @Scheduled(every = "${app.idempotency.purge-every:1h}", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        long removed = idempotency.purgeExpired();
        if (removed > 0) {
            LOG.infof("Removed %d expired idempotency records", removed);
        }
    }
}
