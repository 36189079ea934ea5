package gov.district.investment.pipeline.app;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import gov.district.investment.pipeline.api.EscalationLevel;
import gov.district.investment.pipeline.api.ProjectStage;
import gov.district.investment.pipeline.domain.ProblemStatus;
import gov.district.investment.platform.observability.CountGauges;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;

/**
 * Pipeline gauges on /q/metrics: {@code investment_projects{stage}} and
 * {@code investment_problems_open{escalation_level}}. Recounted every {@code app.metrics.refresh-every}
 * by GROUP BY queries the indexes serve (project (stage, ...), problem (status, ...)), so a scrape
 * never touches the database. Every replica counts and reports the same figures: aggregate with max().
 */
@ApplicationScoped
@Startup // registers the gauges at start (-1 until the first count), before any scrape
public class PipelineGauges {

    private static final Logger LOG = Logger.getLogger(PipelineGauges.class);

    private final EntityManager em;
    private final CountGauges projects;
    private final CountGauges openProblems;

    public PipelineGauges(EntityManager em, MeterRegistry registry) {
        this.em = em;
        this.projects = new CountGauges(registry, "investment.projects", "Projects by stage", "stage",
                Arrays.stream(ProjectStage.values()).map(Enum::name).toList());
        this.openProblems = new CountGauges(registry, "investment.problems.open",
                "Open problems (OPEN or IN_PROGRESS) by escalation level", "escalation_level",
                Arrays.stream(EscalationLevel.values()).map(Enum::name).toList());
    }

    /** Recounts now (the scheduler calls it; tests too). */
    @Scheduled(identity = "pipeline-gauges", every = "${app.metrics.refresh-every:30s}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void refresh() {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                projects.set(counts(em.createQuery("select p.stage, count(p) from Project p group by p.stage", Object[].class)
                        .getResultList()));
                openProblems.set(counts(em.createQuery("select p.escalationLevel, count(p) from Problem p"
                        + " where p.status in :open group by p.escalationLevel", Object[].class)
                        .setParameter("open", ProblemStatus.openStatuses())
                        .getResultList()));
            });
        } catch (RuntimeException e) {
            // the database is away: readiness says so; the gauges keep their last counts
            LOG.debugf(e, "Pipeline gauges not refreshed");
        }
    }

    static Map<String, Long> counts(List<Object[]> rows) {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            if (row[0] != null) {
                counts.put(((Enum<?>) row[0]).name(), ((Number) row[1]).longValue());
            }
        }
        return counts;
    }
}
