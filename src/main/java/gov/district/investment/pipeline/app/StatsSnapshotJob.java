package gov.district.investment.pipeline.app;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

import gov.district.investment.platform.audit.SystemActor;
import gov.district.investment.platform.config.AppConfig;
import gov.district.investment.platform.scheduling.OncePerPeriod;
import gov.district.investment.platform.time.BusinessClock;
import io.quarkus.scheduler.Scheduled;

/**
 * Computes last month-end's indicators once a month, ahead of the first request that asks for them
 * (the monthly review does, by every unit), so that no caller waits for the audit-trail pass.
 * Every replica triggers it; the per-month run record lets one of them do the work.
 */
@ApplicationScoped
public class StatsSnapshotJob {

    public static final String NAME = "stats-month-end";
    public static final String ACTOR = "system:stats-snapshot-job";

    private final PipelineStatsService stats;
    private final OncePerPeriod runs;
    private final BusinessClock clock;
    private final AppConfig.Stats config;

    public StatsSnapshotJob(PipelineStatsService stats, OncePerPeriod runs, BusinessClock clock, AppConfig config) {
        this.stats = stats;
        this.runs = runs;
        this.clock = clock;
        this.config = config.stats();
    }

    @Scheduled(identity = NAME, every = "${app.stats.snapshot-job-every}", delayed = "${app.stats.snapshot-job-delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (config.snapshotJobEnabled()) {
            runOnce(clock.today().withDayOfMonth(1).minusDays(1));
        }
    }

    /** Keeps the indicators as of {@code monthEnd} for its year, unless this month-end already ran. */
    @ActivateRequestContext
    public OncePerPeriod.Result runOnce(LocalDate monthEnd) {
        return SystemActor.callAs(ACTOR, () -> runs.run(NAME, monthEnd.toString(), config.snapshotJobLease(), () -> {
            stats.pipeline(monthEnd.getYear(), monthEnd);
            return 1;
        }));
    }
}
