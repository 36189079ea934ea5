package gov.district.investment.pipeline.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

import org.jboss.logging.Logger;

import gov.district.investment.platform.audit.SystemActor;
import gov.district.investment.platform.config.AppConfig;
import gov.district.investment.platform.scheduling.OncePerPeriod;
import gov.district.investment.platform.time.BusinessClock;
import io.quarkus.scheduler.Scheduled;

/**
 * 分级调度 by rule: once per period (a business day by default) every open problem past its
 * deadline climbs one level and gets that level's deadline. Every replica triggers it; the
 * lease and the per-period run record let one of them do the work. Changes are audited under
 * {@link #ACTOR}.
 */
@ApplicationScoped
public class EscalationJob {

    public static final String NAME = "problem-escalation";
    public static final String ACTOR = "system:escalation-job";

    private static final Logger LOG = Logger.getLogger(EscalationJob.class);

    private final ProblemEscalations problems;
    private final OncePerPeriod runs;
    private final BusinessClock clock;
    private final AppConfig.Escalation config;

    public EscalationJob(ProblemEscalations problems, OncePerPeriod runs, BusinessClock clock, AppConfig config) {
        this.problems = problems;
        this.runs = runs;
        this.clock = clock;
        this.config = config.escalation();
    }

    @Scheduled(identity = NAME, every = "${app.escalation.every}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (config.enabled()) {
            runOnce(OncePerPeriod.periodOf(clock.now(), clock.zone(), config.period()));
        }
    }

    /** The job's core: escalates what is overdue today, unless {@code period} has already run. */
    @ActivateRequestContext
    public OncePerPeriod.Result runOnce(String period) {
        return SystemActor.callAs(ACTOR, () -> runs.run(NAME, period, config.lease(), this::escalateOverdue));
    }

    private int escalateOverdue() {
        int escalated = 0;
        for (Long id : problems.overdueEscalatable()) {
            try {
                if (problems.escalateIfOverdue(id, ACTOR)) {
                    escalated++;
                }
            } catch (RuntimeException e) {
                // one problem that cannot be escalated must not hold up the others; the next run retries it
                LOG.warnf(e, "Escalation of problem %d failed", id);
            }
        }
        return escalated;
    }
}
