package gov.district.investment.pipeline.app;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import gov.district.investment.pipeline.api.InvestmentSummary;
import gov.district.investment.pipeline.api.ProjectInput;
import gov.district.investment.pipeline.api.ProjectLeaders;
import gov.district.investment.pipeline.api.ProjectQuery;
import gov.district.investment.pipeline.api.ProjectRegistry;
import gov.district.investment.pipeline.api.ProjectStage;
import gov.district.investment.pipeline.api.ProjectView;
import gov.district.investment.pipeline.domain.Project;
import gov.district.investment.pipeline.persistence.ProjectCodes;
import gov.district.investment.pipeline.persistence.ProjectRepository;
import gov.district.investment.pipeline.persistence.ProjectYears;
import gov.district.investment.platform.audit.AuditTrail;
import gov.district.investment.platform.audit.HistoryEntry;
import gov.district.investment.platform.concurrency.RetryOnConflict;
import gov.district.investment.platform.domain.FieldError;
import gov.district.investment.platform.domain.NotFound;
import gov.district.investment.platform.error.ProblemException;
import gov.district.investment.platform.error.ProblemType;
import gov.district.investment.platform.http.IfMatch;
import gov.district.investment.platform.json.Inputs;
import gov.district.investment.platform.json.MergePatch;
import gov.district.investment.platform.paging.Page;
import gov.district.investment.platform.paging.PageRequest;
import gov.district.investment.platform.paging.PanachePaging;
import gov.district.investment.platform.paging.SortSpec;
import gov.district.investment.platform.paging.TotalsCache;
import gov.district.investment.platform.security.Caller;
import gov.district.investment.platform.time.BusinessClock;
import gov.district.investment.reference.app.ReferenceData;

/**
 * The project registry's use cases. Each write is one transaction; reads run without one (a
 * transaction interceptor on every GET costs measurable throughput and buys nothing).
 */
@ApplicationScoped
public class ProjectService implements ProjectRegistry {

    /** The list's sortable fields (API name, entity attribute) and its default order. */
    public static final SortSpec SORT = SortSpec.of("-id",
            "id", "id",
            "code", "code",
            "name", "name",
            "totalInvestment", "totalInvestment",
            "stage", "stage",
            "level", "level",
            "plannedStartDate", "plannedStartDate",
            "actualStartDate", "actualStartDate",
            "createdAt", "createdAt",
            "updatedAt", "updatedAt");

    /** Fields a client may send back unchanged in a merge patch but never change that way. */
    /** investment and leaders are derived from other resources: echoing an older copy back is ignored. */
    private static final MergePatch.ReadOnly READ_ONLY = new MergePatch.ReadOnly(Set.of("id", "code", "stage",
            "suspendedFrom", "allowedTargets", "actualStartDate", "actualCompletionDate", "operationDate", "leadId",
            "createdAt", "updatedAt"), Set.of("investment", "leaders"),
            field -> field.equals("stage") ? "is read-only; use POST /api/v1/projects/{id}/transitions" : null);
    private static final Inputs.Rules<ProjectInput> INPUT = Inputs.Rules.of(ProjectInput.class, READ_ONLY)
            .defaults(ProjectInput::withDefaults).normalise(ProjectInput::normalized);

    private final ProjectRepository projects;
    private final ProjectCodes codes;
    private final ProjectAccess access;
    private final ReferenceData reference;
    private final BusinessClock clock;
    private final Caller caller;
    private final AuditTrail audit;
    private final Inputs inputs;
    private final TotalsCache totals;
    private final InvestmentService investment;
    private final MilestoneService milestones;
    private final ProblemService problems;
    private final Instance<ProjectLeaders> leaders;
    private final ProjectYears years;

    public ProjectService(ProjectRepository projects, ProjectCodes codes, ProjectAccess access, ReferenceData reference,
            BusinessClock clock, Caller caller, AuditTrail audit, Inputs inputs,
            TotalsCache totals, InvestmentService investment, MilestoneService milestones,
            ProblemService problems, Instance<ProjectLeaders> leaders, ProjectYears years) {
        this.projects = projects;
        this.codes = codes;
        this.access = access;
        this.reference = reference;
        this.clock = clock;
        this.caller = caller;
        this.audit = audit;
        this.inputs = inputs;
        this.totals = totals;
        this.investment = investment;
        this.milestones = milestones;
        this.problems = problems;
        this.leaders = leaders;
        this.years = years;
    }

    /** The single-project view: what lists show plus this year's investment and the current leaders. */
    private ProjectView view(Project project) {
        return view(project, investment.summaryOf(project.id, null, null));
    }

    private ProjectView view(Project project, InvestmentSummary summary) {
        return ProjectView.of(project, summary, leaders.isResolvable() ? leaders.get().current(project.id) : null);
    }

    @Transactional
    @RetryOnConflict
    public ProjectView create(ProjectInput request) {
        ProjectInput input = inputs.created(request, INPUT);
        access.checkOwnerUnit(input.ownerUnitCode());
        checkRules(input, null);
        Instant now = clock.now();
        Project project = Project.register(codes.next(clock.currentYear()), now);
        apply(project, input);
        projects.persistAndFlush(project);
        return view(project);
    }

    /**
     * The project a converted investment lead becomes, inside the caller's transaction (the leads
     * context marks its lead CONVERTED in the same one, so either both happen or neither). The
     * leads context has authorised the conversion, so the project's own unit rule does not apply.
     * Starting in PRELIMINARY records the move PLANNING → PRELIMINARY like any transition.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ProjectView createFromLead(long leadId, ProjectInput request, boolean preliminary, String reason) {
        ProjectInput input = inputs.created(request, INPUT);
        checkRules(input, null);
        Instant now = clock.now();
        Project project = Project.register(codes.next(clock.currentYear()), now);
        apply(project, input);
        project.leadId = leadId;
        projects.persistAndFlush(project);
        if (preliminary) {
            LocalDate today = clock.today();
            projects.persistTransition(project.transitionTo(ProjectStage.PRELIMINARY, today, reason, today,
                    caller.actor(), now));
            projects.flush();
        }
        return view(project);
    }

    /** The project and this year's figures in one statement, then its leaders: two round trips. */
    public ProjectView get(long id) {
        int year = investment.currentYear();
        ProjectRepository.WithYear found = projects.withYear(id, year)
                .orElseThrow(() -> new NotFound("Project", id));
        return view(found.project(), investment.summaryToday(id, year, found.figures()));
    }

    /** The registry fields alone (as lists show them), for other contexts; 404 when unknown. */
    public ProjectView registry(long id) {
        return ProjectView.of(find(id));
    }

    /** The registry fields of the given projects, in id order; unknown ids are left out. */
    public List<ProjectView> registry(Collection<Long> ids) {
        return projects.byIds(ids).stream().map(ProjectView::of).toList();
    }

    /** Each project's stage at the end of {@code day}, from the audit trail (absent: it did not exist yet). */
    public Map<Long, ProjectStage> stagesOn(Collection<Long> ids, LocalDate day) {
        return projects.stagesAt(ids, day.plusDays(1).atStartOfDay(clock.zone()).toInstant());
    }

    /** Key projects (level other than NONE), optionally of one owner unit, registry fields, in id order. */
    public List<ProjectView> keyProjects(String ownerUnitCode) {
        return projects.keyProjects(ownerUnitCode).stream().map(ProjectView::of).toList();
    }

    public Page<ProjectView> list(ProjectQuery query, PageRequest page) {
        PanachePaging.Slice<Project> slice = projects.list(query, page, clock.currentYear(), totals);
        return Page.of(slice.items().stream().map(ProjectView::of).toList(), page, slice.total());
    }

    /** RFC 7396 merge patch over the writable fields; read-only fields may be echoed unchanged. */
    @Transactional
    @RetryOnConflict
    public ProjectView patch(long id, JsonNode patch, IfMatch ifMatch) {
        ObjectNode changes = MergePatch.object(patch);
        Project project = find(id);
        access.checkWrite(project);
        ifMatch.check(project.version);
        ProjectView current = ProjectView.of(project);

        ProjectInput input = inputs.merged(changes, current, current.version(), current.input(), INPUT);
        if (!Objects.equals(input.ownerUnitCode(), project.ownerUnitCode)) {
            access.checkOwnerUnit(input.ownerUnitCode());
        }
        checkRules(input, project.id);
        if (input.equals(current.input())) {
            return view(project); // nothing changed: no new version, no audit entry
        }
        apply(project, input);
        project.updatedAt = clock.now();
        projects.flush();
        years.placed(project);
        return view(project);
    }

    @Transactional
    @RetryOnConflict
    public void delete(long id, IfMatch ifMatch) {
        Project project = find(id);
        access.checkWrite(project);
        ifMatch.check(project.version);
        project.ensureDeletable();
        if (leaders.isResolvable()) {
            leaders.get().beforeProjectDelete(id);
        }
        // one by one through JPA, not by a cascading key, so the audit trail keeps each
        milestones.deleteAllOf(id);
        problems.deleteAllOf(id);
        projects.delete(project);
        projects.flush();
    }

    /** Oldest first; a deleted project's history stays readable by admin. */
    public Page<HistoryEntry> history(long id, PageRequest page) {
        boolean exists = projects.findByIdOptional(id).isPresent();
        Page<HistoryEntry> entries = audit.history(Project.class, id, ProjectView::of, page);
        if (entries.totalItems() == 0) {
            throw new NotFound("Project", id);
        }
        if (!exists) {
            access.checkHistoryOfDeleted();
        }
        return entries;
    }

    private Project find(long id) {
        return projects.findByIdOptional(id).orElseThrow(() -> new NotFound("Project", id));
    }

    /** Rules beyond single fields: reference codes, date order, uniqueness. */
    private void checkRules(ProjectInput input, Long projectId) {
        List<FieldError> errors = new ArrayList<>();
        reference.checkIndustry("industryCode", input.industryCode(), errors);
        reference.checkArea("areaCode", input.areaCode(), errors);
        reference.checkUnit("ownerUnitCode", input.ownerUnitCode(), errors);
        if (input.plannedStartDate() != null && input.plannedCompletionDate() != null
                && input.plannedCompletionDate().isBefore(input.plannedStartDate())) {
            errors.add(new FieldError("plannedCompletionDate", "must not be before plannedStartDate"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (input.nationalProjectCode() != null && projects.nationalCodeTaken(input.nationalProjectCode(), projectId)) {
            throw new ProblemException(ProblemType.DUPLICATE,
                    "Another project already has nationalProjectCode " + input.nationalProjectCode(),
                    List.of(new FieldError("nationalProjectCode", "already used by another project")));
        }
    }

    private static void apply(Project project, ProjectInput input) {
        project.name = input.name();
        project.description = input.description();
        project.industryCode = input.industryCode();
        project.areaCode = input.areaCode();
        project.ownerUnitCode = input.ownerUnitCode();
        project.ownerName = input.ownerName();
        project.ownerCreditCode = input.ownerCreditCode();
        project.nationalProjectCode = input.nationalProjectCode();
        project.statsRegistered = Boolean.TRUE.equals(input.statsRegistered());
        project.totalInvestment = input.totalInvestment();
        project.level = input.level();
        project.plannedStartDate = input.plannedStartDate();
        project.plannedCompletionDate = input.plannedCompletionDate();
    }
}
