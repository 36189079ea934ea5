package gov.district.investment.pipeline.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import gov.district.investment.pipeline.api.EscalationLevel;
import gov.district.investment.pipeline.api.EscalationView;
import gov.district.investment.pipeline.api.ProblemDesk;
import gov.district.investment.pipeline.api.ProblemFilter.ProblemQuery;
import gov.district.investment.pipeline.api.ProblemInput;
import gov.district.investment.pipeline.api.ProblemTransitionRequest;
import gov.district.investment.pipeline.api.ProblemView;
import gov.district.investment.pipeline.domain.Problem;
import gov.district.investment.pipeline.domain.ProblemStatus;
import gov.district.investment.pipeline.domain.Project;
import gov.district.investment.pipeline.persistence.ProblemRepository;
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
import gov.district.investment.platform.security.Caller;
import gov.district.investment.platform.time.BusinessClock;
import gov.district.investment.reference.app.ReferenceData;

/**
 * Problems (困难和问题): raised against a project, worked by their responsible unit, moved through
 * their status machine and escalated (分级调度) by hand or, past their deadline, by
 * {@link EscalationJob}.
 */
@ApplicationScoped
public class ProblemService implements ProblemDesk {

    /** The list's sortable fields (API name, entity attribute) and its default order. */
    public static final SortSpec SORT = SortSpec.of("dueDate",
            "id", "id",
            "dueDate", "dueDate",
            "projectId", "projectId",
            "createdAt", "createdAt",
            "updatedAt", "updatedAt");

    /** Fields a client may echo unchanged in a merge patch but never change that way. */
    private static final MergePatch.ReadOnly READ_ONLY = new MergePatch.ReadOnly(Set.of("id", "projectId", "status",
            "escalationLevel", "overdue", "allowedTargets", "resolution", "statusReason", "closedAt", "escalations",
            "createdAt", "updatedAt"), Set.of(), field -> switch (field) {
                case "status", "resolution", "statusReason" -> "is read-only; use POST /api/v1/problems/{id}/transitions";
                case "escalationLevel" -> "is read-only; use POST /api/v1/problems/{id}/escalations";
                default -> null;
            });
    private static final Inputs.Rules<ProblemInput> INPUT = Inputs.Rules.of(ProblemInput.class, READ_ONLY);

    private final ProblemRepository problems;
    private final ProjectRepository projects;
    private final ProjectAccess access;
    private final ReferenceData reference;
    private final BusinessClock clock;
    private final Caller caller;
    private final AuditTrail audit;
    private final Inputs inputs;
    private final TotalsCache totals;

    public ProblemService(ProblemRepository problems, ProjectRepository projects, ProjectAccess access,
            ReferenceData reference, BusinessClock clock, Caller caller, AuditTrail audit,
            Inputs inputs, TotalsCache totals) {
        this.problems = problems;
        this.projects = projects;
        this.access = access;
        this.reference = reference;
        this.clock = clock;
        this.caller = caller;
        this.audit = audit;
        this.inputs = inputs;
        this.totals = totals;
    }

    @Transactional
    @RetryOnConflict
    public ProblemView create(long projectId, ProblemInput input) {
        Project project = project(projectId);
        access.checkWrite(project);
        LocalDate today = clock.today();
        checkRules(input, null, today);
        Problem problem = Problem.raise(projectId, clock.now());
        apply(problem, input);
        problems.persistAndFlush(problem);
        return ProblemView.of(problem, today, List.of());
    }

    /** With the escalation history. */
    public ProblemView get(long id) {
        Problem problem = find(id);
        return ProblemView.of(problem, clock.today(), escalationViews(id));
    }

    public Page<ProblemView> list(ProblemQuery query, PageRequest page) {
        LocalDate today = clock.today();
        PanachePaging.Slice<Problem> slice = problems.list(query, page, today, totals);
        return Page.of(slice.items().stream().map(p -> ProblemView.of(p, today, null)).toList(), page, slice.total());
    }

    /** RFC 7396 merge patch over title, description, category, responsible unit and deadline of an open problem. */
    @Transactional
    @RetryOnConflict
    public ProblemView patch(long id, JsonNode patch, IfMatch ifMatch) {
        ObjectNode changes = MergePatch.object(patch);
        Problem problem = find(id);
        access.checkWrite(project(problem.projectId));
        ifMatch.check(problem.version);
        LocalDate today = clock.today();
        ProblemView current = ProblemView.of(problem, today, null);

        Optional<ProblemInput> changed = inputs.changed(changes, current, current.version(), current.input(), INPUT);
        if (changed.isEmpty()) {
            return current;
        }
        ProblemInput input = changed.get();
        if (!problem.status().isOpen()) {
            throw ProblemException.conflict("A " + problem.status() + " problem is no longer changed")
                    .with("currentStatus", problem.status());
        }
        checkRules(input, problem.dueDate, today);
        apply(problem, input);
        problem.updatedAt = clock.now();
        problems.flush();
        return ProblemView.of(problem, today, null);
    }

    @Transactional
    @RetryOnConflict
    public ProblemView transition(long id, ProblemTransitionRequest request, IfMatch ifMatch) {
        Problem problem = find(id);
        access.checkProblemWork(project(problem.projectId), problem.responsibleUnitCode);
        ifMatch.check(problem.version);
        problem.transitionTo(request.toStatus(), request.reason(), request.resolution(), clock.now());
        problems.flush();
        return ProblemView.of(problem, clock.today(), escalationViews(id));
    }

    /**
     * A problem taken up by a dispatch decision (督办): OPEN moves to IN_PROGRESS, IN_PROGRESS stays.
     * 422 (field problemId) when it belongs to another project than {@code projectId} (if given);
     * 409 when it is RESOLVED or CLOSED. The caller's right to act is the calling context's rule;
     * this joins its transaction.
     *
     * @return the problem as it is now
     */
    @Transactional
    public ProblemView takeUp(long problemId, Long projectId, String reason) {
        Problem problem = problems.findByIdOptional(problemId)
                .orElseThrow(() -> ProblemException.invalid("problemId", "unknown problem " + problemId));
        if (projectId != null && !problem.projectId.equals(projectId)) {
            throw ProblemException.invalid("problemId", "problem " + problemId + " belongs to project "
                    + problem.projectId + ", not " + projectId);
        }
        if (!problem.status().isOpen()) {
            throw ProblemException.conflict("A " + problem.status() + " problem is not taken up again")
                    .with("currentStatus", problem.status());
        }
        if (problem.status() == ProblemStatus.OPEN) {
            problem.transitionTo(ProblemStatus.IN_PROGRESS, reason, null, clock.now());
            problems.flush();
        }
        return ProblemView.of(problem, clock.today(), null);
    }

    /**
     * Open problems at an escalation level (分级调度: what a meeting at that level takes up), oldest
     * deadline first.
     *
     * @param projectIds only these projects; null for all
     * @param unit only those assigned to this unit; null for all
     */
    public List<ProblemView> openAt(EscalationLevel level, Collection<Long> projectIds, String unit) {
        if (projectIds != null && projectIds.isEmpty()) {
            return List.of();
        }
        LocalDate today = clock.today();
        return problems.open(level, projectIds, unit).stream().map(p -> ProblemView.of(p, today, null)).toList();
    }

    /** The open problems of these projects at the end of {@code day}, with the level each had then, by id. */
    public Map<Long, EscalationLevel> openLevelsOn(Collection<Long> projectIds, LocalDate day) {
        return problems.openLevelsAt(projectIds, day.plusDays(1).atStartOfDay(clock.zone()).toInstant());
    }

    /** Oldest first. */
    public Page<HistoryEntry> history(long id, PageRequest page) {
        Page<HistoryEntry> entries = audit.history(Problem.class, id, p -> ProblemView.of(p, null, null), page);
        if (entries.totalItems() == 0) {
            throw new NotFound("Problem", id);
        }
        return entries;
    }

    /** Removes a project's problems one by one so that the audit trail keeps each (project deletion). */
    public void deleteAllOf(long projectId) {
        problems.ofProject(projectId).forEach(problems::delete);
    }

    private List<EscalationView> escalationViews(long id) {
        return problems.escalations(id).stream().map(EscalationView::of).toList();
    }

    private Project project(long id) {
        return projects.findByIdOptional(id).orElseThrow(() -> new NotFound("Project", id));
    }

    private Problem find(long id) {
        return problems.findByIdOptional(id).orElseThrow(() -> new NotFound("Problem", id));
    }

    /** Unknown unit codes; a new deadline (on create or when changed) may not lie in the past. */
    private void checkRules(ProblemInput input, LocalDate currentDueDate, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        reference.checkUnit("responsibleUnitCode", input.responsibleUnitCode(), errors);
        if (!Objects.equals(input.dueDate(), currentDueDate) && input.dueDate().isBefore(today)) {
            errors.add(new FieldError("dueDate", "must not be in the past (today is " + today + ")"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static void apply(Problem problem, ProblemInput input) {
        problem.title = input.title();
        problem.description = input.description();
        problem.category = input.category();
        problem.responsibleUnitCode = input.responsibleUnitCode();
        problem.dueDate = input.dueDate();
    }
}
