package gov.district.investment.leaders.app;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import gov.district.investment.leaders.api.CloseDecisionRequest;
import gov.district.investment.leaders.api.DecisionFilter.DecisionQuery;
import gov.district.investment.leaders.api.DecisionInput;
import gov.district.investment.leaders.api.DecisionView;
import gov.district.investment.leaders.domain.Decision;
import gov.district.investment.leaders.domain.DispatchMeeting;
import gov.district.investment.leaders.persistence.DecisionRepository;
import gov.district.investment.pipeline.api.ProblemDesk;
import gov.district.investment.pipeline.api.ProblemView;
import gov.district.investment.pipeline.api.ProjectRegistry;
import gov.district.investment.platform.audit.AuditTrail;
import gov.district.investment.platform.audit.HistoryEntry;
import gov.district.investment.platform.concurrency.RetryOnConflict;
import gov.district.investment.platform.domain.FieldError;
import gov.district.investment.platform.domain.NotFound;
import gov.district.investment.platform.error.ProblemException;
import gov.district.investment.platform.http.IfMatch;
import gov.district.investment.platform.paging.Page;
import gov.district.investment.platform.paging.PageRequest;
import gov.district.investment.platform.paging.PanachePaging;
import gov.district.investment.platform.paging.SortSpec;
import gov.district.investment.platform.paging.TotalsCache;
import gov.district.investment.platform.security.Caller;
import gov.district.investment.platform.time.BusinessClock;
import gov.district.investment.reference.app.ReferenceData;

/** Follow-up decisions (督办事项) of dispatch meetings, followed "一盯到底" until closed. */
@ApplicationScoped
public class DecisionService {

    /** The list's sortable fields (API name, entity attribute) and its default order. */
    public static final SortSpec SORT = SortSpec.of("dueDate", "id", "id", "dueDate", "dueDate",
            "projectId", "projectId", "meetingId", "meetingId", "createdAt", "createdAt", "updatedAt", "updatedAt");

    private final DecisionRepository decisions;
    private final MeetingService meetings;
    private final ProjectRegistry projects;
    private final ProblemDesk problems;
    private final LeaderAccess access;
    private final ReferenceData reference;
    private final BusinessClock clock;
    private final Caller caller;
    private final AuditTrail audit;
    private final TotalsCache totals;

    public DecisionService(DecisionRepository decisions, MeetingService meetings, ProjectRegistry projects,
            ProblemDesk problems, LeaderAccess access, ReferenceData reference, BusinessClock clock,
            Caller caller, AuditTrail audit, TotalsCache totals) {
        this.decisions = decisions;
        this.meetings = meetings;
        this.projects = projects;
        this.problems = problems;
        this.access = access;
        this.reference = reference;
        this.clock = clock;
        this.caller = caller;
        this.audit = audit;
        this.totals = totals;
    }

    /**
     * Records a decision of a meeting. Linked to a problem, the problem is taken up (OPEN →
     * IN_PROGRESS) in the same transaction; a problem of another project is 422, a RESOLVED or
     * CLOSED one 409.
     */
    @Transactional
    @RetryOnConflict
    public DecisionView create(long meetingId, DecisionInput input) {
        DispatchMeeting meeting = meetings.find(meetingId);
        access.checkMeeting(meeting.chairLeaderId);
        LocalDate today = clock.today();
        List<FieldError> errors = new ArrayList<>();
        reference.checkUnit("responsibleUnitCode", input.responsibleUnitCode(), errors);
        if (input.dueDate().isBefore(today)) {
            errors.add(new FieldError("dueDate", "must not be in the past (today is " + today + ")"));
        }
        if (input.projectId() != null && projects.registry(List.of(input.projectId())).isEmpty()) {
            errors.add(new FieldError("projectId", "unknown project " + input.projectId()));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Long projectId = input.projectId();
        if (input.problemId() != null) {
            ProblemView problem = problems.takeUp(input.problemId(), projectId,
                    "调度会督办：" + meeting.title + "（" + meeting.meetingDate + "）");
            projectId = problem.projectId();
        }
        Decision decision = Decision.open(meetingId, clock.now());
        decision.text = input.text().trim();
        decision.projectId = projectId;
        decision.problemId = input.problemId();
        decision.responsibleUnitCode = input.responsibleUnitCode();
        decision.dueDate = input.dueDate();
        decisions.persistAndFlush(decision);
        return DecisionView.of(decision, today);
    }

    public DecisionView get(long id) {
        return DecisionView.of(find(id), clock.today());
    }

    public Page<DecisionView> list(DecisionQuery query, PageRequest page) {
        LocalDate today = clock.today();
        PanachePaging.Slice<Decision> slice = decisions.list(query, page, today, totals);
        return Page.of(slice.items().stream().map(d -> DecisionView.of(d, today)).toList(), page, slice.total());
    }

    public Page<DecisionView> ofMeeting(long meetingId, PageRequest page) {
        meetings.find(meetingId);
        return list(DecisionQuery.ofMeeting(meetingId), page);
    }

    /** Closes an open decision as done; 409 when it already is. */
    @Transactional
    @RetryOnConflict
    public DecisionView close(long id, CloseDecisionRequest request, IfMatch ifMatch) {
        Decision decision = find(id);
        DispatchMeeting meeting = meetings.find(decision.meetingId);
        access.checkDecision(meeting.chairLeaderId, decision.projectId);
        ifMatch.check(decision.version);
        decision.close(request == null ? null : request.note(), caller.actor(), clock.now());
        decisions.flush();
        return DecisionView.of(decision, clock.today());
    }

    public Page<HistoryEntry> history(long id, PageRequest page) {
        Page<HistoryEntry> entries = audit.history(Decision.class, id, d -> DecisionView.of(d, null), page);
        if (entries.totalItems() == 0) {
            throw new NotFound("Decision", id);
        }
        return entries;
    }

    /** Decisions on these projects (null: all) open past their due date on {@code day}, as known at its end. */
    List<DecisionView> overdueOn(LocalDate day, Collection<Long> projectIds) {
        Instant until = day.plusDays(1).atStartOfDay(clock.zone()).toInstant();
        LocalDate today = clock.today();
        return decisions.overdueOn(day, until, projectIds).stream().map(d -> DecisionView.of(d, today)).toList();
    }

    private Decision find(long id) {
        return decisions.findByIdOptional(id).orElseThrow(() -> new NotFound("Decision", id));
    }

}
