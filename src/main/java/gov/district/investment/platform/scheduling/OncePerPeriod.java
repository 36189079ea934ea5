package gov.district.investment.platform.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.IntSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import gov.district.investment.platform.concurrency.DatabaseErrors;
import gov.district.investment.platform.time.BusinessClock;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Runs a scheduled job's work at most once per period across all replicas. Two guards, because
 * either alone has a hole: the lease row (taken by one atomic UPDATE, expiry judged by the
 * database's clock) keeps two replicas from working at the same time, and the job_run record,
 * unique per (job, period), keeps a later trigger in the same period from running again after
 * the lease is gone. A run that failed leaves its record unfinished; the next trigger in the
 * period takes it over. Every step is its own short transaction: no lock is held while working.
 */
@ApplicationScoped
public class OncePerPeriod {

    private static final Logger LOG = Logger.getLogger(OncePerPeriod.class);

    /** This JVM's name in lease and run rows (the pod name on Kubernetes). */
    private static final String INSTANCE = System.getenv().getOrDefault("HOSTNAME", "local") + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    /** The width of job_run.run_period. */
    public static final int MAX_PERIOD_LENGTH = 64;

    public enum Outcome {
        /** This call did the period's work. */
        RAN,
        /** The period's work was already done. */
        ALREADY_RAN,
        /** Another run holds the lease right now. */
        BUSY
    }

    public record Result(Outcome outcome, int affected) {
    }

    private final EntityManager em;
    private final BusinessClock clock;

    public OncePerPeriod(EntityManager em, BusinessClock clock) {
        this.em = em;
        this.clock = clock;
    }

    /**
     * The period an instant falls in: slots of {@code period} counted from midnight in the
     * business zone, named by their start, e.g. {@code 2026-11-27T00:00} for P1D.
     */
    public static String periodOf(Instant now, ZoneId zone, Duration period) {
        long seconds = Math.max(1, period.toSeconds());
        long local = LocalDateTime.ofInstant(now, zone).toEpochSecond(ZoneOffset.UTC);
        return LocalDateTime.ofEpochSecond(Math.floorDiv(local, seconds) * seconds, 0, ZoneOffset.UTC).toString();
    }

    /**
     * @param work the period's work, run outside any transaction; returns how many records it changed
     */
    public Result run(String job, String period, Duration lease, IntSupplier work) {
        if (period.isBlank() || period.length() > MAX_PERIOD_LENGTH) {
            throw new IllegalArgumentException("A period is named by 1 to " + MAX_PERIOD_LENGTH + " characters: " + period);
        }
        String holder = INSTANCE + "/" + UUID.randomUUID().toString().substring(0, 8);
        if (!acquire(job, holder, lease)) {
            LOG.debugf("Job %s: lease held elsewhere, period %s skipped here", job, period);
            return new Result(Outcome.BUSY, 0);
        }
        try {
            Long runId = start(job, period, holder);
            if (runId == null) {
                return new Result(Outcome.ALREADY_RAN, 0);
            }
            int affected = work.getAsInt();
            QuarkusTransaction.requiringNew().run(() -> {
                JobRun run = em.find(JobRun.class, runId);
                run.finishedAt = clock.now();
                run.affected = affected;
            });
            LOG.infof("Job %s ran for period %s: %d affected", job, period, affected);
            return new Result(Outcome.RAN, affected);
        } finally {
            release(job, holder);
        }
    }

    /** One atomic UPDATE: of racing replicas, exactly one finds the lease free and takes it. */
    private boolean acquire(String job, String holder, Duration lease) {
        if (tryAcquire(job, holder, lease)) {
            return true;
        }
        // a job without its row yet (rows normally come with the migration that adds the job)
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "INSERT INTO job_lease (job_name, holder, lease_until) VALUES (?1, NULL, NULL)")
                    .setParameter(1, job).executeUpdate());
        } catch (RuntimeException e) {
            if (!DatabaseErrors.isConstraintViolation(e)) {
                throw e;
            }
            return false; // the row exists and its lease is held
        }
        return tryAcquire(job, holder, lease);
    }

    private boolean tryAcquire(String job, String holder, Duration lease) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "UPDATE job_lease SET holder = ?1, lease_until = TIMESTAMPADD(SECOND, ?2, LOCALTIMESTAMP)"
                        + " WHERE job_name = ?3 AND (lease_until IS NULL OR lease_until < LOCALTIMESTAMP)")
                .setParameter(1, holder)
                .setParameter(2, Math.max(1, lease.toSeconds()))
                .setParameter(3, job)
                .executeUpdate()) == 1;
    }

    private void release(String job, String holder) {
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "UPDATE job_lease SET holder = NULL, lease_until = NULL WHERE job_name = ?1 AND holder = ?2")
                    .setParameter(1, job).setParameter(2, holder).executeUpdate());
        } catch (RuntimeException e) {
            LOG.warnf(e, "Job %s: could not release the lease; it expires by itself", job);
        }
    }

    /** @return the run to work under, or null when the period's work is already done */
    private Long start(String job, String period, String holder) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                JobRun run = em.createQuery("from JobRun where jobName = :job and period = :period", JobRun.class)
                        .setParameter("job", job).setParameter("period", period)
                        .getResultStream().findFirst().orElse(null);
                if (run != null && run.finishedAt != null) {
                    return null;
                }
                // an unfinished run under a lease we now hold: its runner failed or died; take it over
                boolean fresh = run == null;
                if (fresh) {
                    run = new JobRun();
                    run.jobName = job;
                    run.period = period;
                }
                run.holder = holder;
                run.startedAt = clock.now();
                if (fresh) {
                    em.persist(run); // IDENTITY: inserts right here
                }
                em.flush();
                return run.id;
            });
        } catch (RuntimeException e) {
            if (DatabaseErrors.isConstraintViolation(e)) {
                return null; // recorded by a run whose lease had expired: it is that run's period
            }
            throw e;
        }
    }
}
