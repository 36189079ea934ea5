package gov.district.investment.pipeline.app;

import java.time.Instant;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import gov.district.investment.pipeline.api.AnnualPlanInput;
import gov.district.investment.pipeline.api.AnnualPlanView;
import gov.district.investment.pipeline.domain.AnnualPlan;
import gov.district.investment.pipeline.domain.Project;
import gov.district.investment.pipeline.persistence.ProjectRepository;
import gov.district.investment.pipeline.persistence.ProjectYears;
import gov.district.investment.platform.audit.AuditTrail;
import gov.district.investment.platform.audit.HistoryEntry;
import gov.district.investment.platform.concurrency.RetryOnConflict;
import gov.district.investment.platform.domain.NotFound;
import gov.district.investment.platform.http.IfMatch;
import gov.district.investment.platform.paging.Page;
import gov.district.investment.platform.paging.PageRequest;
import gov.district.investment.platform.paging.PanachePaging;
import gov.district.investment.platform.time.BusinessClock;

/** Annual plans: one per project and year, written whole by PUT (an upsert on the natural key). */
@ApplicationScoped
public class AnnualPlanService {

    private final ProjectRepository projects;
    private final ProjectAccess access;
    private final BusinessClock clock;
    private final ProjectYears years;
    private final AuditTrail audit;
    private final EntityManager em;

    public AnnualPlanService(ProjectRepository projects, ProjectAccess access, BusinessClock clock, AuditTrail audit,
            EntityManager em, ProjectYears years) {
        this.years = years;
        this.projects = projects;
        this.access = access;
        this.clock = clock;
        this.audit = audit;
        this.em = em;
    }

    public record Upsert(AnnualPlanView plan, boolean created) {
    }

    /**
     * Creates or replaces the plan. Two writers creating the same year at once: the unique key
     * refuses the second insert and {@link RetryOnConflict} runs it again, now as an update.
     */
    @Transactional
    @RetryOnConflict
    public Upsert put(long projectId, int year, AnnualPlanInput input, IfMatch ifMatch) {
        Project project = project(projectId);
        access.checkWrite(project);
        AnnualPlanInput plan = input.normalized();
        AnnualPlan existing = find(projectId, year);
        Instant now = clock.now();
        if (existing == null) {
            ifMatch.checkAbsent("the plan for " + year + " of project " + projectId);
            AnnualPlan created = new AnnualPlan();
            created.projectId = projectId;
            created.year = year;
            created.createdAt = now;
            apply(created, plan, now);
            em.persist(created);
            em.flush();
            years.planned(project, year, created.plannedInvestment);
            return new Upsert(AnnualPlanView.of(created), true);
        }
        ifMatch.check(existing.version);
        if (existing.plannedInvestment.equals(plan.plannedInvestment()) && Objects.equals(existing.goals, plan.goals())
                && existing.keyProject == plan.keyProject()) {
            return new Upsert(AnnualPlanView.of(existing), false); // unchanged: no new version, no audit entry
        }
        apply(existing, plan, now);
        em.flush();
        years.planned(project, year, existing.plannedInvestment);
        return new Upsert(AnnualPlanView.of(existing), false);
    }

    public AnnualPlanView get(long projectId, int year) {
        project(projectId);
        AnnualPlan plan = find(projectId, year);
        if (plan == null) {
            throw new NotFound("Annual plan", year + " of project " + projectId);
        }
        return AnnualPlanView.of(plan);
    }

    /** Oldest year first. */
    /** By year. */
    public Page<AnnualPlanView> list(long projectId, PageRequest page) {
        project(projectId);
        return PanachePaging.page(em, AnnualPlan.class, "from AnnualPlan where projectId = :project", "year",
                java.util.Map.of("project", projectId), page).map(AnnualPlanView::of);
    }

    public Page<HistoryEntry> history(long projectId, int year, PageRequest page) {
        project(projectId);
        AnnualPlan plan = find(projectId, year);
        if (plan == null) {
            throw new NotFound("Annual plan", year + " of project " + projectId);
        }
        return audit.history(AnnualPlan.class, plan.id, AnnualPlanView::of, page);
    }

    private Project project(long id) {
        return projects.findByIdOptional(id).orElseThrow(() -> new NotFound("Project", id));
    }

    private AnnualPlan find(long projectId, int year) {
        return em.createQuery("from AnnualPlan where projectId = :project and year = :year", AnnualPlan.class)
                .setParameter("project", projectId)
                .setParameter("year", year)
                .getResultStream().findFirst().orElse(null);
    }

    private static void apply(AnnualPlan plan, AnnualPlanInput input, Instant now) {
        plan.plannedInvestment = input.plannedInvestment();
        plan.goals = input.goals();
        plan.keyProject = input.keyProject();
        plan.updatedAt = now;
    }
}
