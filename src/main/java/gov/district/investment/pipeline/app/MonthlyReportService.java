package gov.district.investment.pipeline.app;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import gov.district.investment.pipeline.api.MissingReports;
import gov.district.investment.pipeline.api.MonthlyReportInput;
import gov.district.investment.pipeline.api.MonthlyReportView;
import gov.district.investment.pipeline.api.ProjectStage;
import gov.district.investment.pipeline.domain.MonthlyReport;
import gov.district.investment.pipeline.domain.Project;
import gov.district.investment.pipeline.persistence.ProjectRepository;
import gov.district.investment.pipeline.persistence.ProjectYears;
import gov.district.investment.platform.audit.AuditAsOf;
import gov.district.investment.platform.concurrency.RetryOnConflict;
import gov.district.investment.platform.config.AppConfig;
import gov.district.investment.platform.domain.NotFound;
import gov.district.investment.platform.error.ProblemException;
import gov.district.investment.platform.error.ProblemType;
import gov.district.investment.platform.paging.Page;
import gov.district.investment.platform.paging.PageRequest;
import gov.district.investment.platform.security.Caller;
import gov.district.investment.platform.time.AsOf;
import gov.district.investment.platform.time.BusinessClock;

/**
 * Monthly reports (月报). A month may be written freely until the configured day of the next
 * month; after that a first report (补报) or a change needs a reason and is marked late. Every
 * write is a new revision, so reads "as of" a date reproduce what was known then.
 */
@ApplicationScoped
public class MonthlyReportService {

    /** Stages that report monthly; OPERATING projects are done, PLANNING and CANCELLED never start. */
    static final Set<ProjectStage> REPORTING = EnumSet.of(ProjectStage.PRELIMINARY, ProjectStage.CONSTRUCTION,
            ProjectStage.COMPLETED, ProjectStage.SUSPENDED);
    private static final Set<ProjectStage> MAY_REPORT = EnumSet.complementOf(
            EnumSet.of(ProjectStage.PLANNING, ProjectStage.CANCELLED));

    private final ProjectRepository projects;
    private final ProjectAccess access;
    private final BusinessClock clock;
    private final ProjectYears years;
    private final Caller caller;
    private final EntityManager em;
    private final int deadlineDay;

    public MonthlyReportService(ProjectRepository projects, ProjectAccess access, BusinessClock clock, Caller caller,
            EntityManager em, AppConfig config, ProjectYears years) {
        this.years = years;
        this.projects = projects;
        this.access = access;
        this.clock = clock;
        this.caller = caller;
        this.em = em;
        this.deadlineDay = config.reporting().deadlineDay();
    }

    public record Written(MonthlyReportView report, boolean first) {
    }

    /** The last day a month's report may be written without a reason. */
    public LocalDate deadline(YearMonth month) {
        YearMonth next = month.plusMonths(1);
        return next.atDay(Math.min(deadlineDay, next.lengthOfMonth()));
    }

    @Transactional
    @RetryOnConflict
    public Written put(long projectId, YearMonth month, MonthlyReportInput input) {
        Project project = project(projectId);
        access.checkWrite(project);
        if (!MAY_REPORT.contains(project.stage())) {
            throw new ProblemException(ProblemType.CONFLICT, "Reports start once a project is in PRELIMINARY; this one is "
                    + project.stage()).with("currentStage", project.stage());
        }
        LocalDate today = clock.today();
        if (month.isAfter(YearMonth.from(today))) {
            throw ProblemException.invalid("month", "must not be in the future (this month is " + YearMonth.from(today) + ")");
        }
        MonthlyReport latest = latest(projectId, month.toString(), null);
        BigDecimal amount = input.completedInvestment().setScale(2, java.math.RoundingMode.UNNECESSARY);
        if (latest != null && latest.completedInvestment.compareTo(amount) == 0
                && Objects.equals(latest.physicalProgress, input.physicalProgress())
                && Objects.equals(latest.issues, input.issues())) {
            // nothing changed (a retry, say): no new revision, and no reason needed for saying so again
            return new Written(view(project, latest, null), false);
        }
        boolean late = today.isAfter(deadline(month));
        if (late && (input.reason() == null || input.reason().isBlank())) {
            throw ProblemException.invalid("reason", "is required after the reporting deadline " + deadline(month));
        }
        MonthlyReport report = new MonthlyReport();
        report.projectId = projectId;
        report.month = month.toString();
        report.revision = latest == null ? 1 : latest.revision + 1;
        report.completedInvestment = amount;
        report.physicalProgress = input.physicalProgress();
        report.issues = input.issues();
        report.reason = input.reason() == null || input.reason().isBlank() ? null : input.reason().trim();
        report.late = late;
        report.recordedAt = clock.now();
        report.recordedBy = caller.actor();
        if (latest != null) {
            // the revision before stays as it was, but is current only until now (indicators read ranges)
            em.createNativeQuery("update monthly_report set superseded_at = :now where id = :id and superseded_at is null")
                    .setParameter("now", report.recordedAt).setParameter("id", latest.id).executeUpdate();
        }
        em.persist(report);
        em.flush(); // a concurrent writer's revision number surfaces here, and the write is retried
        years.reported(project, month, amount);
        return new Written(view(project, report, null), latest == null);
    }

    /** Each month's current revision (or the one known at the end of {@code asOf}), oldest month first. */
    public List<MonthlyReportView> list(long projectId, LocalDate asOf) {
        AsOf.notAfter(asOf, clock.today());
        Project project = project(projectId);
        List<MonthlyReportView> views = new ArrayList<>();
        BigDecimal cumulative = BigDecimal.ZERO;
        BigDecimal total = totalInvestment(project, asOf);
        for (MonthlyReport r : currentByMonth(projectId, asOf).values()) {
            cumulative = cumulative.add(r.completedInvestment);
            views.add(MonthlyReportView.of(r, cumulative, total));
        }
        return views;
    }

    public MonthlyReportView get(long projectId, YearMonth month, LocalDate asOf) {
        AsOf.notAfter(asOf, clock.today());
        Project project = project(projectId);
        MonthlyReport report = latest(projectId, month.toString(), asOf);
        if (report == null) {
            throw new NotFound("Report", month + " of project " + projectId
                    + (asOf == null ? "" : " as of " + asOf));
        }
        return view(project, report, asOf);
    }

    /** Every revision of a month, oldest first: the month's full story. */
    public List<MonthlyReportView> revisions(long projectId, YearMonth month) {
        Project project = project(projectId);
        // the months before are the same for every revision: sum them once
        BigDecimal before = cumulativeBefore(projectId, month.toString(), null);
        List<MonthlyReportView> views = new ArrayList<>();
        for (MonthlyReport r : revisions(projectId, month.toString(), null)) {
            views.add(MonthlyReportView.of(r, before.add(r.completedInvestment), project.totalInvestment));
        }
        if (views.isEmpty()) {
            throw new NotFound("Report", month + " of project " + projectId);
        }
        return views;
    }

    /**
     * Projects that owe {@code month}'s report, and the filing rate of each unit. A project owes
     * it when its stage at the month's last day (replayed from the transitions' effective dates,
     * so later moves and back-dated registrations are judged right) is one that reports.
     */
    public MissingReports missing(YearMonth month, PageRequest page) {
        if (month.isAfter(YearMonth.from(clock.today()))) {
            throw ProblemException.invalid("month", "must not be in the future: nobody owes it yet");
        }
        // who owes the month: projects in a reporting stage on its last day. Effective dates never
        // go back, so that stage is the one of the latest transition effective by then.
        String reporting = REPORTING.stream().map(stage -> "'" + stage.name() + "'").collect(Collectors.joining(", "));
        String owers = " from project p join project_transition s on s.project_id = p.id"
                + " join (select x.project_id, max(x.id) as last_id from project_transition x"
                + " where x.effective_date <= :monthEnd group by x.project_id) l on l.last_id = s.id"
                + " where s.to_stage in (" + reporting + ")";
        String filed = "exists (select 1 from monthly_report r where r.project_id = p.id and r.report_month = :month)";
        List<MissingReports.UnitFiling> filing = new ArrayList<>();
        long owingTotal = 0;
        for (Object[] u : rows(em.createNativeQuery("select p.owner_unit_code, count(*), sum(case when " + filed
                + " then 1 else 0 end)" + owers + " group by p.owner_unit_code order by p.owner_unit_code"), month)) {
            long owed = ((Number) u[1]).longValue();
            long done = ((Number) u[2]).longValue();
            owingTotal += owed - done;
            filing.add(new MissingReports.UnitFiling((String) u[0], owed, done, rate(done, owed)));
        }
        List<MissingReports.Owing> owing = new ArrayList<>();
        for (Object[] o : rows(em.createNativeQuery("select p.id, p.code, p.name, p.owner_unit_code, s.to_stage" + owers
                + " and not " + filed + " order by p.owner_unit_code, p.id")
                .setFirstResult(page.offset()).setMaxResults(page.size()), month)) {
            owing.add(new MissingReports.Owing(((Number) o[0]).longValue(), (String) o[1], (String) o[2], (String) o[3],
                    ProjectStage.valueOf((String) o[4])));
        }
        return new MissingReports(month.toString(), filing, Page.of(owing, page, owingTotal));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(jakarta.persistence.Query query, YearMonth month) {
        return query.setParameter("monthEnd", month.atEndOfMonth()).setParameter("month", month.toString()).getResultList();
    }

    private static double rate(long part, long whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    private MonthlyReportView view(Project project, MonthlyReport report, LocalDate asOf) {
        BigDecimal cumulative = cumulativeBefore(project.id, report.month, asOf).add(report.completedInvestment);
        return MonthlyReportView.of(report, cumulative, totalInvestment(project, asOf));
    }

    /**
     * The total the cumulative figure is checked against: as it stood at the end of {@code asOf},
     * so a later change of the total does not re-flag published figures. Today's when the audit
     * trail has nothing for the date (rows loaded around the API).
     */
    private BigDecimal totalInvestment(Project project, LocalDate asOf) {
        if (asOf == null) {
            return project.totalInvestment;
        }
        List<?> found = em.createNativeQuery("select a.total_investment from project_aud a where a.id = :id and "
                + AuditAsOf.isStateAt("project_aud"))
                .setParameter("id", project.id)
                .setParameter(AuditAsOf.UNTIL, AuditAsOf.until(asOf.plusDays(1).atStartOfDay(clock.zone()).toInstant()))
                .getResultList();
        return found.isEmpty() || found.get(0) == null ? project.totalInvestment : new BigDecimal(found.get(0).toString());
    }

    /** Each month's latest revision recorded by the end of {@code asOf} (all when null), by month. */
    private Map<String, MonthlyReport> currentByMonth(long projectId, LocalDate asOf) {
        Map<String, MonthlyReport> byMonth = new TreeMap<>();
        for (MonthlyReport r : revisions(projectId, null, asOf)) {
            byMonth.merge(r.month, r, (a, b) -> a.revision >= b.revision ? a : b);
        }
        return byMonth;
    }

    /** The project's completed investment in the months before {@code month}. */
    private BigDecimal cumulativeBefore(long projectId, String month, LocalDate asOf) {
        BigDecimal sum = BigDecimal.ZERO;
        for (MonthlyReport r : currentByMonth(projectId, asOf).values()) {
            if (r.month.compareTo(month) < 0) {
                sum = sum.add(r.completedInvestment);
            }
        }
        return sum;
    }

    private MonthlyReport latest(long projectId, String month, LocalDate asOf) {
        List<MonthlyReport> all = revisions(projectId, month, asOf);
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    /** Revisions recorded by the end of {@code asOf} (all when null), by month then revision. */
    private List<MonthlyReport> revisions(long projectId, String month, LocalDate asOf) {
        StringBuilder jpql = new StringBuilder("from MonthlyReport where projectId = :project");
        if (month != null) {
            jpql.append(" and month = :month");
        }
        if (asOf != null) {
            jpql.append(" and recordedAt < :until");
        }
        var query = em.createQuery(jpql + " order by month, revision", MonthlyReport.class).setParameter("project", projectId);
        if (month != null) {
            query.setParameter("month", month);
        }
        if (asOf != null) {
            query.setParameter("until", asOf.plusDays(1).atStartOfDay(clock.zone()).toInstant());
        }
        return query.getResultList();
    }

    private Project project(long id) {
        return projects.findByIdOptional(id).orElseThrow(() -> new NotFound("Project", id));
    }
}
