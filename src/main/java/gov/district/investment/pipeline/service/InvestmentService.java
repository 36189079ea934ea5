package gov.district.investment.pipeline.service;

import gov.district.investment.pipeline.api.InvestmentSummary;
import gov.district.investment.pipeline.api.MonthlyReportView;
import gov.district.investment.pipeline.domain.ExpectedProgress;
import gov.district.investment.platform.audit.AuditAsOf;
import gov.district.investment.platform.config.AppConfig;
import gov.district.investment.platform.time.AsOf;
import gov.district.investment.platform.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** A project's year in numbers: planned, completed (as reported, as of a date), and 均衡进度. */
@ApplicationScoped
public class InvestmentService {

    private final MonthlyReportService reports;
    private final BusinessClock clock;
    private final EntityManager em;
    private final ExpectedProgress.Basis basis;
    private final BigDecimal tolerance;

    public InvestmentService(MonthlyReportService reports, BusinessClock clock, EntityManager em, AppConfig config) {
        this.reports = reports;
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
        LocalDate date = asOf == null ? clock.today() : asOf;
        int planYear = year == null ? date.getYear() : year;
        AsOf.notAfter(asOf, clock.today());
        YearMonth lastMonth = ExpectedProgress.lastCountedMonth(planYear, date, basis);
        String prefix = planYear + "-";
        BigDecimal completed = BigDecimal.ZERO.setScale(2);
        for (MonthlyReportView report : reports.list(projectId, asOf)) {
            if (lastMonth != null && report.month().startsWith(prefix)
                    && YearMonth.parse(report.month()).compareTo(lastMonth) <= 0) {
                completed = completed.add(report.completedInvestment());
            }
        }
        BigDecimal planned = plannedInvestment(projectId, planYear, asOf);
        BigDecimal expected = ExpectedProgress.expectedRate(planYear, date, basis);
        BigDecimal rate = ExpectedProgress.completionRate(planned, completed);
        return new InvestmentSummary(projectId, planYear, date, planned, completed, rate, expected,
                ExpectedProgress.gap(planned, expected, completed),
                ExpectedProgress.status(rate, expected, completed, tolerance));
    }

    /** The plan as it stands, or as it stood at the end of {@code asOf} (from the audit trail). */
    private BigDecimal plannedInvestment(long projectId, int year, LocalDate asOf) {
        List<?> found;
        if (asOf == null) {
            found = em.createQuery("select plannedInvestment from AnnualPlan where projectId = :project and year = :year")
                    .setParameter("project", projectId).setParameter("year", year).getResultList();
        } else {
            // revisions up to, not including, midnight after asOf (reports use the same bound)
            found = em.createNativeQuery("select a.planned_investment from annual_plan_aud a"
                            + " where a.project_id = :project and a.plan_year = :year and " + AuditAsOf.isStateAt("annual_plan_aud"))
                    .setParameter("project", projectId).setParameter("year", year)
                    .setParameter(AuditAsOf.UNTIL, AuditAsOf.until(asOf.plusDays(1).atStartOfDay(clock.zone()).toInstant()))
                    .getResultList();
        }
        return found.isEmpty() ? BigDecimal.ZERO.setScale(2) : new BigDecimal(found.get(0).toString()).setScale(2);
    }
}
