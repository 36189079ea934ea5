package gov.district.investment.pipeline.app;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import gov.district.investment.pipeline.api.PipelineStats;
import gov.district.investment.platform.audit.AuditAsOf;
import gov.district.investment.platform.time.BusinessClock;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Indicators as of a past month-end, computed once and kept (stats_snapshot, V51).
 *
 * <p>
 * Why this is safe: an answer as of day D reads only what was recorded before the end of D,
 * and every write is stamped with the moment it is made, so nothing written later can change it;
 * a revision made after D shows in a later as-of read and not in this one. The one way to break
 * that is a write stamped before D but made after the answer was kept (a clock set back, rows
 * loaded with past stamps). The {@link Guard} catches it: the number of revisions and report rows
 * stamped before the end of D among the newest ids, taken before computing, is compared on every
 * read, and a different number discards the snapshot.
 */
@ApplicationScoped
public class StatsSnapshots {

    private static final Logger LOG = Logger.getLogger(StatsSnapshots.class);

    /** What an answer was computed over: the rows stamped before its day among the ids above each floor. */
    public record Guard(long revisionFloor, long revisionCount, long reportFloor, long reportCount) {
    }

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final BusinessClock clock;

    public StatsSnapshots(EntityManager em, ObjectMapper mapper, BusinessClock clock) {
        this.em = em;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** The guard as it stands now; take it before computing the answer it is kept with. */
    public Guard guard(Instant until) {
        Object[] floors = (Object[]) em.createNativeQuery("select (select coalesce(max(id), 0) from revinfo) - :window,"
                + " (select coalesce(max(id), 0) from monthly_report) - :window")
                .setParameter("window", StatsCache.LATE_COMMIT_WINDOW).getSingleResult();
        long revisionFloor = ((Number) floors[0]).longValue();
        long reportFloor = ((Number) floors[1]).longValue();
        long[] counts = counts(revisionFloor, reportFloor, until);
        return new Guard(revisionFloor, counts[0], reportFloor, counts[1]);
    }

    /** The kept answer, unless a write since it was kept is stamped before its day (then it is dropped). */
    public Optional<PipelineStats> find(int year, LocalDate date, Instant until) {
        List<?> rows = em.createNativeQuery("select revision_floor, revision_count, report_floor, report_count, body"
                + " from stats_snapshot where stats_year = :year and as_of = :date")
                .setParameter("year", year).setParameter("date", date).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        long[] now = counts(((Number) row[0]).longValue(), ((Number) row[2]).longValue(), until);
        if (now[0] != ((Number) row[1]).longValue() || now[1] != ((Number) row[3]).longValue()) {
            LOG.infof("Indicators as of %s (year %d) were kept before a write stamped on or before that day; recomputing",
                    date, year);
            outside(() -> em.createNativeQuery("delete from stats_snapshot where stats_year = :year and as_of = :date")
                    .setParameter("year", year).setParameter("date", date).executeUpdate());
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.readValue(row[4].toString(), PipelineStats.class));
        } catch (JsonProcessingException e) {
            LOG.warnf(e, "Kept indicators as of %s (year %d) are unreadable; recomputing", date, year);
            return Optional.empty();
        }
    }

    /** Keeps a computed answer; another replica keeping the same one first is fine. */
    public void keep(int year, LocalDate date, Guard guard, PipelineStats answer) {
        String body;
        try {
            body = mapper.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Indicators could not be written as JSON", e);
        }
        outside(() -> em.createNativeQuery("insert into stats_snapshot (stats_year, as_of, computed_at, revision_floor,"
                + " revision_count, report_floor, report_count, body)"
                + " values (:year, :date, :at, :revisionFloor, :revisionCount, :reportFloor, :reportCount, :body)")
                .setParameter("year", year).setParameter("date", date).setParameter("at", clock.now())
                .setParameter("revisionFloor", guard.revisionFloor()).setParameter("revisionCount", guard.revisionCount())
                .setParameter("reportFloor", guard.reportFloor()).setParameter("reportCount", guard.reportCount())
                .setParameter("body", body).executeUpdate());
    }

    private long[] counts(long revisionFloor, long reportFloor, Instant until) {
        Object[] row = (Object[]) em.createNativeQuery("select"
                + " (select count(*) from revinfo where id > :revisionFloor and revtstmp < :" + AuditAsOf.UNTIL + "),"
                + " (select count(*) from monthly_report where id > :reportFloor and recorded_at < :until)")
                .setParameter("revisionFloor", revisionFloor).setParameter(AuditAsOf.UNTIL, AuditAsOf.until(until))
                .setParameter("reportFloor", reportFloor).setParameter("until", until)
                .getSingleResult();
        return new long[] { ((Number) row[0]).longValue(), ((Number) row[1]).longValue() };
    }

    /** Snapshot upkeep in a transaction of its own: a lost race on the key must not fail the read. */
    private static void outside(Runnable write) {
        try {
            QuarkusTransaction.requiringNew().run(write);
        } catch (RuntimeException e) {
            // typically another replica kept or dropped the same snapshot first; the answer stands either way
            LOG.debugf(e, "Snapshot upkeep skipped");
        }
    }
}
