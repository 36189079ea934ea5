package gov.district.investment.pipeline.service;

import gov.district.investment.pipeline.api.InvestmentSummary;
import gov.district.investment.pipeline.domain.ExpectedProgress;
import gov.district.investment.platform.audit.AuditAsOf;
import gov.district.investment.platform.config.AppConfig;
import gov.district.investment.platform.error.ProblemException;
import gov.district.investment.platform.time.AsOf;
import gov.district.investment.platform.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A project's year in numbers: planned, completed (as reported, as of a date), and 均衡进度. One
 * database round trip, since the project view shows it on every read.
 */
@ApplicationScoped
public class InvestmentService {

    private final ProjectRepository projects;
    private final BusinessClock clock;
    private final EntityManager em;
    private final ExpectedProgress.Basis basis;
    private final BigDecimal tolerance;

    public InvestmentService(ProjectRepository projects, BusinessClock clock, EntityManager em, AppConfig config) {
        this.projects = projects;
        this.clock = clock;
        this.em = em;
        this.basis = ExpectedProgress.Basis.valueOf(config.reporting().expectedRateBasis());
        this.tolerance = config.reporting().tolerance();
    }

    /**
     * @param year defaults to the as-of date's year
     * @param asOf defaults to the business today; figures are those known at the end of that day
     */
    public InvestmentSummary summary(long projectId, Integer year, LocalDate asOf) {
        AsOf.notAfter(asOf, clock.today());
        if (projects.count("id", projectId) == 0) {
            throw ProblemException.notFound("Project", projectId);
        }
        return summaryOf(projectId, year, asOf);
    }

    /**
     * 完成投资 to date: the current revision of every month reported, whatever the year (the
     * lineage of a converted lead). Zero before the first report.
     */
    public BigDecimal completedToDate(long projectId) {
        Object sum = em.createNativeQuery("select coalesce(sum(r.completed_investment), 0) from monthly_report r"
                        + " where r.project_id = :project and r.superseded_at is null")
                .setParameter("project", projectId)
                .getSingleResult();
        return sum == null ? BigDecimal.ZERO : new BigDecimal(sum.toString()).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** The same for a project known to exist (the project view). */
    public InvestmentSummary summaryOf(long projectId, Integer year, LocalDate asOf) {
        LocalDate date = asOf == null ? clock.today() : asOf;
        int planYear = year == null ? date.getYear() : year;
        // completed counts the months 均衡进度 counts (through October on 27 November); none in early January
        YearMonth last = ExpectedProgress.lastCountedMonth(planYear, date, basis);
        YearMonth first = YearMonth.of(planYear, 1);
        String planned = asOf == null
                ? "select a.planned_investment from annual_plan a where a.project_id = :project and a.plan_year = :year"
                : "select a.planned_investment from annual_plan_aud a where a.project_id = :project and a.plan_year = :year and "
                        + AuditAsOf.isStateAt("annual_plan_aud");
        // the revision of each month that was current at the end of the day (see V8)
        String completed = "select sum(r.completed_investment) from monthly_report r where r.project_id = :project"
                + " and r.report_month between :fromMonth and :toMonth and r.recorded_at < :until"
                + " and (r.superseded_at is null or r.superseded_at >= :until)";
        Instant until = date.plusDays(1).atStartOfDay(clock.zone()).toInstant();
        Query query = em.createNativeQuery("select (" + planned + "), (" + completed + ")")
                .setParameter("project", projectId)
                .setParameter("year", planYear)
                .setParameter("fromMonth", first.toString())
                .setParameter("toMonth", (last == null ? first.minusMonths(1) : last).toString())
                .setParameter("until", until);
        if (asOf != null) {
            query.setParameter(AuditAsOf.UNTIL, AuditAsOf.until(until));
        }
        Object[] row = (Object[]) query.getSingleResult();
        BigDecimal plannedInvestment = amount(row[0]);
        BigDecimal completedInvestment = amount(row[1]);
        BigDecimal expected = ExpectedProgress.expectedRate(planYear, date, basis);
        BigDecimal rate = ExpectedProgress.completionRate(plannedInvestment, completedInvestment);
        return new InvestmentSummary(projectId, planYear, date, plannedInvestment, completedInvestment, rate, expected,
                ExpectedProgress.gap(plannedInvestment, expected, completedInvestment),
                ExpectedProgress.status(rate, expected, completedInvestment, tolerance));
    }

    private static BigDecimal amount(Object value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : new BigDecimal(value.toString()).setScale(2);
    }
}
