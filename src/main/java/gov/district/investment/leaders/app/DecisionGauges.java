package gov.district.investment.leaders.app;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import gov.district.investment.leaders.domain.DecisionStatus;
import gov.district.investment.platform.time.BusinessClock;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;

/**
 * {@code investment_decisions_overdue}: follow-up decisions still open after their due date, the
 * derived OVERDUE status as of the business day (Asia/Shanghai). Recounted every
 * {@code app.metrics.refresh-every} with one COUNT the (status, due_date) index answers.
 */
@ApplicationScoped
@Startup // registers the gauge at start (-1 until the first count), before any scrape
public class DecisionGauges {

    private static final Logger LOG = Logger.getLogger(DecisionGauges.class);

    private final EntityManager em;
    private final BusinessClock clock;
    private final AtomicLong overdue = new AtomicLong(-1);

    public DecisionGauges(EntityManager em, BusinessClock clock, MeterRegistry registry) {
        this.em = em;
        this.clock = clock;
        Gauge.builder("investment.decisions.overdue", overdue, AtomicLong::doubleValue)
                .description("Follow-up decisions open past their due date (business day in the business zone)")
                .register(registry);
    }

    /** Recounts now (the scheduler calls it; tests too). */
    @Scheduled(identity = "decision-gauges", every = "${app.metrics.refresh-every:30s}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void refresh() {
        try {
            overdue.set(QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                    "select count(d) from Decision d where d.status = :open and d.dueDate < :today", Long.class)
                    .setParameter("open", DecisionStatus.OPEN)
                    .setParameter("today", clock.today())
                    .getSingleResult()));
        } catch (RuntimeException e) {
            LOG.debugf(e, "Decision gauge not refreshed");
        }
    }
}
