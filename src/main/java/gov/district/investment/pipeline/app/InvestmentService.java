package gov.district.investment.pipeline.app;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import gov.district.investment.pipeline.api.InvestmentFigures;
import gov.district.investment.pipeline.api.InvestmentSummary;
import gov.district.investment.pipeline.domain.ExpectedProgress;
import gov.district.investment.pipeline.domain.ProjectYear;
import gov.district.investment.pipeline.persistence.ProjectRepository;
import gov.district.investment.platform.audit.AuditAsOf;
import gov.district.investment.platform.config.AppConfig;
import gov.district.investment.platform.domain.NotFound;
import gov.district.investment.platform.time.AsOf;
import gov.district.investment.platform.time.BusinessClock;

/**
 * A project's year in numbers: planned, completed (as reported, as of a date), and 均衡进度. Today's
 * figures come from {@link ProjectYear}, kept by the writes (the project view reads it in the same
 * statement as the project); figures as of a past day from the audit trail and the report revisions
 * current then.
 */
@ApplicationScoped
public class InvestmentService implements InvestmentFigures {

    /** Bounds the IN list of one batched statement. */
    private static final int IDS_PER_STATEMENT = 500;

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
            throw new NotFound("Project", projectId);
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

    /** The same for a project known to exist. */
    public InvestmentSummary summaryOf(long projectId, Integer year, LocalDate asOf) {
        Window w = window(year, asOf);
        if (!w.historical()) {
            return today(projectId, w, em.find(ProjectYear.class, new ProjectYear.Key(projectId, w.planYear())));
        }
        Query query = em.createNativeQuery("select (" + planned(w, "a.planned_investment", "a.project_id = :project") + "), ("
                + completed("sum(r.completed_investment)", "r.project_id = :project") + ")")
                .setParameter("project", projectId);
        Object[] row = (Object[]) bindCompleted(bindPlanned(query, w), w).getSingleResult();
        return summary(projectId, w, amount(row[0]), amount(row[1]));
    }

    /**
     * Today's summary for {@code year} from figures already read (the project view reads them with
     * the project); {@code figures} is null when nothing is planned or reported that year.
     */
    public InvestmentSummary summaryToday(long projectId, int year, ProjectYear figures) {
        return today(projectId, window(year, null), figures);
    }

    /** The business year the project view shows. */
    public int currentYear() {
        return clock.today().getYear();
    }

    private InvestmentSummary today(long projectId, Window w, ProjectYear figures) {
        return figures == null
                ? summary(projectId, w, amount(null), amount(null))
                : summary(projectId, w, figures.plannedInvestment, figures.completedThrough(w.last()));
    }

    /**
     * {@link #summaryOf} for many projects at once (a leader's dashboard, a meeting's agenda): one
     * statement per batch of ids for today, two grouped ones as of a past day.
     */
    public Map<Long, InvestmentSummary> summariesOf(Collection<Long> projectIds, Integer year, LocalDate asOf) {
        Window w = window(year, asOf);
        Map<Long, BigDecimal> planned = new HashMap<>();
        Map<Long, BigDecimal> completed = new HashMap<>();
        List<Long> ids = List.copyOf(new LinkedHashSet<>(projectIds));
        if (!w.historical()) {
            Map<Long, ProjectYear> figures = new HashMap<>();
            for (int from = 0; from < ids.size(); from += IDS_PER_STATEMENT) {
                em.createQuery("select f from ProjectYear f where f.year = :year and f.projectId in (:projects)",
                        ProjectYear.class)
                        .setParameter("year", w.planYear())
                        .setParameter("projects", ids.subList(from, Math.min(ids.size(), from + IDS_PER_STATEMENT)))
                        .getResultList().forEach(f -> figures.put(f.projectId, f));
            }
            Map<Long, InvestmentSummary> result = new LinkedHashMap<>();
            ids.forEach(id -> result.put(id, today(id, w, figures.get(id))));
            return result;
        }
        for (int from = 0; from < ids.size(); from += IDS_PER_STATEMENT) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + IDS_PER_STATEMENT));
            collect(bindPlanned(em.createNativeQuery(planned(w, "a.project_id, a.planned_investment",
                    "a.project_id in (:projects)")), w).setParameter("projects", batch), planned);
            collect(bindCompleted(em.createNativeQuery(completed("r.project_id, sum(r.completed_investment)",
                    "r.project_id in (:projects)") + " group by r.project_id"), w).setParameter("projects", batch), completed);
        }
        Map<Long, InvestmentSummary> result = new LinkedHashMap<>();
        for (Long id : ids) {
            result.put(id, summary(id, w, amount(planned.get(id)), amount(completed.get(id))));
        }
        return result;
    }

    /** The plan year, the as-of day, and the months 均衡进度 counts up to that day. */
    private record Window(int planYear, LocalDate date, boolean historical, YearMonth first, YearMonth last, Instant until) {
    }

    private Window window(Integer year, LocalDate asOf) {
        LocalDate date = asOf == null ? clock.today() : asOf;
        int planYear = year == null ? date.getYear() : year;
        // completed counts the months 均衡进度 counts (through October on 27 November); none in early January
        YearMonth counted = ExpectedProgress.lastCountedMonth(planYear, date, basis);
        YearMonth first = YearMonth.of(planYear, 1);
        Instant until = date.plusDays(1).atStartOfDay(clock.zone()).toInstant();
        return new Window(planYear, date, asOf != null, first, counted == null ? first.minusMonths(1) : counted, until);
    }

    /** The year's plan, as it stood at the end of the day when the window is historical. */
    private static String planned(Window w, String columns, String projects) {
        return w.historical()
                ? "select " + columns + " from annual_plan_aud a where " + projects + " and a.plan_year = :year and "
                        + AuditAsOf.isStateAt("annual_plan_aud")
                : "select " + columns + " from annual_plan a where " + projects + " and a.plan_year = :year";
    }

    /** The revision of each month that was current at the end of the day (see V8). */
    private static String completed(String columns, String projects) {
        return "select " + columns + " from monthly_report r where " + projects
                + " and r.report_month between :fromMonth and :toMonth and r.recorded_at < :until"
                + " and (r.superseded_at is null or r.superseded_at >= :until)";
    }

    private static Query bindPlanned(Query query, Window w) {
        query.setParameter("year", w.planYear());
        if (w.historical()) {
            query.setParameter(AuditAsOf.UNTIL, AuditAsOf.until(w.until()));
        }
        return query;
    }

    private static Query bindCompleted(Query query, Window w) {
        return query.setParameter("fromMonth", w.first().toString())
                .setParameter("toMonth", w.last().toString())
                .setParameter("until", w.until());
    }

    private static void collect(Query query, Map<Long, BigDecimal> into) {
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            into.put(((Number) columns[0]).longValue(), amount(columns[1]));
        }
    }

    private InvestmentSummary summary(long projectId, Window w, BigDecimal plannedInvestment, BigDecimal completedInvestment) {
        return summary(projectId, w.planYear(), w.date(), plannedInvestment, completedInvestment);
    }

    @Override
    public InvestmentSummary total(int year, LocalDate day, BigDecimal planned, BigDecimal completed) {
        return summary(null, year, day, planned, completed);
    }

    private InvestmentSummary summary(Long projectId, int year, LocalDate day, BigDecimal planned, BigDecimal completed) {
        BigDecimal expected = ExpectedProgress.expectedRate(year, day, basis);
        BigDecimal rate = ExpectedProgress.completionRate(planned, completed);
        return new InvestmentSummary(projectId, year, day, planned, completed, rate, expected,
                ExpectedProgress.gap(planned, expected, completed),
                ExpectedProgress.status(rate, expected, completed, tolerance));
    }

    private static BigDecimal amount(Object value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : new BigDecimal(value.toString()).setScale(2);
    }
}
