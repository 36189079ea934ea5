package gov.district.investment.pipeline.app;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import gov.district.investment.pipeline.api.YearTargetInput;
import gov.district.investment.pipeline.api.YearTargetView;
import gov.district.investment.pipeline.api.YearTargets;
import gov.district.investment.pipeline.domain.YearTarget;
import gov.district.investment.platform.audit.AuditTrail;
import gov.district.investment.platform.audit.HistoryEntry;
import gov.district.investment.platform.concurrency.RetryOnConflict;
import gov.district.investment.platform.domain.NotFound;
import gov.district.investment.platform.http.IfMatch;
import gov.district.investment.platform.paging.Page;
import gov.district.investment.platform.paging.PageRequest;
import gov.district.investment.platform.time.BusinessClock;

/** The district's yearly targets, written whole by PUT on the year. */
@ApplicationScoped
public class YearTargetService implements YearTargets {

    private final EntityManager em;
    private final BusinessClock clock;
    private final AuditTrail audit;

    public YearTargetService(EntityManager em, BusinessClock clock, AuditTrail audit) {
        this.em = em;
        this.clock = clock;
        this.audit = audit;
    }

    public record Upsert(YearTargetView target, boolean created) {
    }

    @Transactional
    @RetryOnConflict
    public Upsert put(int year, YearTargetInput input, IfMatch ifMatch) {
        YearTargetInput values = input.normalized();
        YearTarget target = find(year);
        Instant now = clock.now();
        if (target == null) {
            ifMatch.checkAbsent("the targets for " + year);
            target = new YearTarget();
            target.year = year;
            target.createdAt = now;
            apply(target, values, now);
            em.persist(target);
            em.flush();
            return new Upsert(YearTargetView.of(target), true);
        }
        ifMatch.check(target.version);
        if (values.equals(YearTargetView.of(target).input())) {
            return new Upsert(YearTargetView.of(target), false);
        }
        apply(target, values, now);
        em.flush();
        return new Upsert(YearTargetView.of(target), false);
    }

    public YearTargetView get(int year) {
        YearTarget target = find(year);
        if (target == null) {
            throw new NotFound("Targets of", year);
        }
        return YearTargetView.of(target);
    }

    public Page<HistoryEntry> history(int year, PageRequest page) {
        YearTarget target = find(year);
        if (target == null) {
            throw new NotFound("Targets of", year);
        }
        return audit.history(YearTarget.class, target.id, YearTargetView::of, page);
    }

    public YearTarget find(int year) {
        return em.createQuery("from YearTarget where year = :year", YearTarget.class)
                .setParameter("year", year).getResultStream().findFirst().orElse(null);
    }

    /**
     * The year's signed-lead investment target (万元) as it stood in the audit trail just before
     * {@code until}; null when none was set. For the leads context's funnel.
     */
    public java.math.BigDecimal signedLeadInvestmentAsOf(int year, Instant until) {
        List<?> found = em.createNativeQuery("select t.signed_lead_investment from "
                + gov.district.investment.platform.audit.AuditAsOf.rows("year_target_aud") + " t where t.target_year = :year")
                .setParameter("year", year)
                .setParameter(gov.district.investment.platform.audit.AuditAsOf.UNTIL,
                        gov.district.investment.platform.audit.AuditAsOf.until(until))
                .getResultList();
        if (found.isEmpty() || found.get(0) == null) {
            return null;
        }
        return new java.math.BigDecimal(found.get(0).toString()).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static void apply(YearTarget target, YearTargetInput input, Instant now) {
        target.newStarts = input.newStarts();
        target.completions = input.completions();
        target.operations = input.operations();
        target.plannedInvestment = input.plannedInvestment();
        target.signedLeadInvestment = input.signedLeadInvestment();
        target.updatedAt = now;
    }
}
