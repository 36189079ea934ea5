package gov.district.investment.pipeline.app;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import gov.district.investment.pipeline.api.BackwardPlanRequest;
import gov.district.investment.pipeline.api.MilestoneCalendar;
import gov.district.investment.pipeline.api.MilestoneFilter.MilestoneQuery;
import gov.district.investment.pipeline.api.MilestoneInput;
import gov.district.investment.pipeline.api.MilestoneView;
import gov.district.investment.pipeline.domain.BackwardSchedule;
import gov.district.investment.pipeline.domain.Milestone;
import gov.district.investment.pipeline.domain.Project;
import gov.district.investment.pipeline.persistence.MilestoneRepository;
import gov.district.investment.pipeline.persistence.ProjectRepository;
import gov.district.investment.platform.audit.AuditTrail;
import gov.district.investment.platform.audit.HistoryEntry;
import gov.district.investment.platform.concurrency.RetryOnConflict;
import gov.district.investment.platform.domain.FieldError;
import gov.district.investment.platform.domain.NotFound;
import gov.district.investment.platform.error.ProblemException;
import gov.district.investment.platform.http.IfMatch;
import gov.district.investment.platform.json.Inputs;
import gov.district.investment.platform.json.MergePatch;
import gov.district.investment.platform.paging.Page;
import gov.district.investment.platform.paging.PageRequest;
import gov.district.investment.platform.paging.PanachePaging;
import gov.district.investment.platform.paging.SortSpec;
import gov.district.investment.platform.paging.TotalsCache;
import gov.district.investment.platform.time.BusinessClock;
import gov.district.investment.reference.app.ReferenceData;

/**
 * A project's milestones (节点) and backward scheduling (倒排工期). Writers are the project's
 * writers ({@link ProjectAccess}); a milestone is reachable only under its own project's path.
 */
@ApplicationScoped
public class MilestoneService implements MilestoneCalendar {

    /** The list's sortable fields (API name, entity attribute) and its default order. */
    public static final SortSpec SORT = SortSpec.of("dueDate",
            "id", "id",
            "dueDate", "dueDate",
            "doneDate", "doneDate",
            "name", "name",
            "projectId", "projectId",
            "createdAt", "createdAt",
            "updatedAt", "updatedAt");

    /** Fields a client may echo unchanged in a merge patch but never change that way. */
    private static final MergePatch.ReadOnly READ_ONLY = new MergePatch.ReadOnly(
            Set.of("id", "projectId", "status", "createdAt", "updatedAt"), Set.of(),
            field -> field.equals("status") ? "is derived; set doneDate to mark the milestone done" : null);
    private static final Inputs.Rules<MilestoneInput> INPUT = Inputs.Rules.of(MilestoneInput.class, READ_ONLY);

    private final MilestoneRepository milestones;
    private final ProjectRepository projects;
    private final ProjectAccess access;
    private final ReferenceData reference;
    private final BusinessClock clock;
    private final AuditTrail audit;
    private final Inputs inputs;
    private final TotalsCache totals;

    public MilestoneService(MilestoneRepository milestones, ProjectRepository projects, ProjectAccess access,
            ReferenceData reference, BusinessClock clock, AuditTrail audit, Inputs inputs, TotalsCache totals) {
        this.milestones = milestones;
        this.projects = projects;
        this.access = access;
        this.reference = reference;
        this.clock = clock;
        this.audit = audit;
        this.inputs = inputs;
        this.totals = totals;
    }

    @Transactional
    @RetryOnConflict
    public MilestoneView create(long projectId, MilestoneInput request) {
        Project project = project(projectId);
        access.checkWrite(project);
        MilestoneInput input = request.withUnit(project.ownerUnitCode);
        checkUnit(input.responsibleUnitCode());
        LocalDate today = clock.today();
        Milestone milestone = Milestone.of(projectId, clock.now());
        apply(milestone, input, today);
        milestones.persistAndFlush(milestone);
        return MilestoneView.of(milestone, today);
    }

    /**
     * Creates one milestone per step, all or none. 422 when the first step's due date has already
     * passed: a schedule that starts overdue is no plan.
     */
    @Transactional
    @RetryOnConflict
    public List<MilestoneView> planBackward(long projectId, BackwardPlanRequest request) {
        Project project = project(projectId);
        access.checkWrite(project);
        LocalDate today = clock.today();
        List<BackwardPlanRequest.Step> steps = request.steps();
        List<LocalDate> due = BackwardSchedule.dueDates(request.targetDate(),
                steps.stream().map(BackwardPlanRequest.Step::durationDays).toList());
        if (due.get(0).isBefore(today)) {
            throw ProblemException.invalid("steps[0]", "would be due on " + due.get(0) + ", already overdue (today is "
                    + today + "); move targetDate later or shorten the steps")
                    .with("firstDueDate", due.get(0));
        }
        Instant now = clock.now();
        List<Milestone> created = new ArrayList<>(steps.size());
        for (int i = 0; i < steps.size(); i++) {
            BackwardPlanRequest.Step step = steps.get(i);
            Milestone milestone = Milestone.of(projectId, now);
            apply(milestone, new MilestoneInput(step.name(), step.type(), due.get(i), null, project.ownerUnitCode, null),
                    today);
            milestones.persist(milestone);
            created.add(milestone);
        }
        milestones.flush();
        return created.stream().map(m -> MilestoneView.of(m, today)).toList();
    }

    public MilestoneView get(long projectId, long milestoneId) {
        project(projectId);
        return MilestoneView.of(find(projectId, milestoneId), clock.today());
    }

    /** The project's schedule; filters of the cross-project list do not apply here. */
    public Page<MilestoneView> ofProject(long projectId, PageRequest page) {
        project(projectId);
        return list(MilestoneQuery.ofProject(projectId), page);
    }

    /**
     * Milestones overdue on {@code day}: due before it and not done by then (done later, or not
     * yet), oldest first. The views' status is today's.
     *
     * @param projectIds only these projects; null for all
     * @param unit only those of this responsible unit; null for all
     */
    public List<MilestoneView> overdueOn(LocalDate day, Collection<Long> projectIds, String unit) {
        if (projectIds != null && projectIds.isEmpty()) {
            return List.of();
        }
        LocalDate today = clock.today();
        return milestones.overdueOn(day, projectIds, unit).stream().map(m -> MilestoneView.of(m, today)).toList();
    }

    public Page<MilestoneView> list(MilestoneQuery query, PageRequest page) {
        LocalDate today = clock.today();
        PanachePaging.Slice<Milestone> slice = milestones.list(query, page, today, totals);
        return Page.of(slice.items().stream().map(m -> MilestoneView.of(m, today)).toList(), page, slice.total());
    }

    /** RFC 7396 merge patch over the writable fields; read-only fields may be echoed unchanged. */
    @Transactional
    @RetryOnConflict
    public MilestoneView patch(long projectId, long milestoneId, JsonNode patch, IfMatch ifMatch) {
        ObjectNode changes = MergePatch.object(patch);
        Project project = project(projectId);
        Milestone milestone = find(projectId, milestoneId);
        access.checkWrite(project);
        ifMatch.check(milestone.version);
        LocalDate today = clock.today();
        MilestoneView current = MilestoneView.of(milestone, today);

        MilestoneInput input = inputs.merged(changes, current, current.version(), current.input(),
                INPUT.defaults(patched -> patched.withUnit(project.ownerUnitCode)));
        checkUnit(input.responsibleUnitCode());
        if (input.equals(current.input())) {
            return current; // nothing changed: no new version, no audit entry
        }
        apply(milestone, input, today);
        milestones.flush();
        return MilestoneView.of(milestone, today);
    }

    @Transactional
    @RetryOnConflict
    public void delete(long projectId, long milestoneId, IfMatch ifMatch) {
        Project project = project(projectId);
        Milestone milestone = find(projectId, milestoneId);
        access.checkWrite(project);
        ifMatch.check(milestone.version);
        milestones.delete(milestone);
        milestones.flush();
    }

    /** Oldest first; a deleted milestone's trail stays readable under its project. */
    public Page<HistoryEntry> history(long projectId, long milestoneId, PageRequest page) {
        project(projectId);
        // whose milestone it is shows in its first entry (CREATED), whatever page is asked for
        Page<HistoryEntry> first = audit.history(Milestone.class, milestoneId, m -> MilestoneView.of(m, null),
                new PageRequest(0, 1, List.of()));
        if (first.items().isEmpty() || first.items().get(0).after() == null
                || first.items().get(0).after().path("projectId").asLong() != projectId) {
            throw new NotFound("Milestone", milestoneId + " of project " + projectId);
        }
        return audit.history(Milestone.class, milestoneId, m -> MilestoneView.of(m, null), page);
    }

    /** Removes a project's milestones one by one so that the audit trail keeps each (project deletion). */
    public void deleteAllOf(long projectId) {
        milestones.ofProject(projectId).forEach(milestones::delete);
    }

    private Project project(long id) {
        return projects.findByIdOptional(id).orElseThrow(() -> new NotFound("Project", id));
    }

    private Milestone find(long projectId, long milestoneId) {
        Milestone milestone = milestones.find(projectId, milestoneId);
        if (milestone == null) {
            throw new NotFound("Milestone", milestoneId + " of project " + projectId);
        }
        return milestone;
    }

    private void apply(Milestone milestone, MilestoneInput input, LocalDate today) {
        milestone.set(input.name(), input.type(), input.dueDate(), input.doneDate(), input.responsibleUnitCode(),
                input.note(), today, clock.now());
    }

    private void checkUnit(String unitCode) {
        List<FieldError> errors = new ArrayList<>();
        reference.checkUnit("responsibleUnitCode", unitCode, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

}
