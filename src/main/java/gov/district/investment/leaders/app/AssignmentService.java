package gov.district.investment.leaders.app;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import gov.district.investment.leaders.api.AssignmentInput;
import gov.district.investment.leaders.api.AssignmentView;
import gov.district.investment.leaders.domain.Assignment;
import gov.district.investment.leaders.domain.AssignmentRole;
import gov.district.investment.leaders.domain.Leader;
import gov.district.investment.leaders.persistence.AssignmentRepository;
import gov.district.investment.leaders.persistence.LeaderRepository;
import gov.district.investment.pipeline.api.ProjectLevel;
import gov.district.investment.pipeline.api.ProjectRegistry;
import gov.district.investment.pipeline.api.ProjectView;
import gov.district.investment.platform.audit.AuditTrail;
import gov.district.investment.platform.concurrency.RetryOnConflict;
import gov.district.investment.platform.domain.NotFound;
import gov.district.investment.platform.error.ProblemException;
import gov.district.investment.platform.error.ProblemType;
import gov.district.investment.platform.paging.Page;
import gov.district.investment.platform.paging.PageRequest;
import gov.district.investment.platform.time.BusinessClock;

/**
 * Leaders on key projects (分包). Exactly one LEAD at a time: assigning a new lead ends the old one
 * in the same transaction, and the database's unique index on the current lead refuses a second
 * one from a concurrent request, which is then retried ({@link RetryOnConflict}) against the
 * winner's lead (and ends it) or, after the last attempt, answered 409.
 */
@ApplicationScoped
public class AssignmentService {

    private final AssignmentRepository assignments;
    private final LeaderRepository leaderRepository;
    private final LeaderService leaders;
    private final ProjectRegistry projects;
    private final BusinessClock clock;
    private final AuditTrail audit;

    public AssignmentService(AssignmentRepository assignments, LeaderRepository leaderRepository, LeaderService leaders,
            ProjectRegistry projects, BusinessClock clock, AuditTrail audit) {
        this.assignments = assignments;
        this.leaderRepository = leaderRepository;
        this.leaders = leaders;
        this.projects = projects;
        this.clock = clock;
        this.audit = audit;
    }

    public record Assigned(AssignmentView assignment, List<AssignmentView> ended) {
    }

    @Transactional
    @RetryOnConflict
    public Assigned assign(long projectId, AssignmentInput input) {
        ProjectView project = projects.registry(projectId);
        if (project.level() == ProjectLevel.NONE) {
            throw ProblemException.invalid("projectId", "project " + projectId
                    + " is not a key project (level NONE); only key projects take leaders");
        }
        Leader leader = leaders.active(input.leaderId(), "leaderId");
        // a concurrent deactivation of the leader fails this transaction at commit (version check)
        leaderRepository.getEntityManager().lock(leader, LockModeType.OPTIMISTIC);
        LocalDate today = clock.today();
        LocalDate since = input.since() == null ? today : input.since();
        if (since.isAfter(today)) {
            throw ProblemException.invalid("since", "must not be in the future (today is " + today + ")");
        }
        Instant now = clock.now();
        List<Assignment> ended = new ArrayList<>();
        for (Assignment current : assignments.currentOf(projectId)) {
            boolean sameLeader = current.leaderId.equals(leader.id);
            if (sameLeader && current.role == input.role()) {
                throw new ProblemException(ProblemType.DUPLICATE, "Leader " + leader.id + " is already " + current.role
                        + " of project " + projectId + " since " + current.since)
                        .with("assignmentId", current.id);
            }
            if (sameLeader || (input.role() == AssignmentRole.LEAD && current.role == AssignmentRole.LEAD)) {
                current.end(since, now);
                ended.add(current);
            }
        }
        // the ends must reach the database before the insert: Hibernate would insert first
        assignments.flush();
        Assignment assignment = Assignment.start(projectId, leader.id, input.role(), since, now);
        assignments.persistAndFlush(assignment);
        Map<Long, Leader> names = leaderRepository.byIds(ended.stream().map(a -> a.leaderId).toList());
        return new Assigned(AssignmentView.of(assignment, leader, project.name()),
                ended.stream().map(a -> AssignmentView.of(a, names.get(a.leaderId), project.name())).toList());
    }

    /** Ends the leader's current assignment to the project today; 404 when there is none. */
    @Transactional
    @RetryOnConflict
    public AssignmentView end(long projectId, long leaderId) {
        ProjectView project = projects.registry(projectId);
        Assignment current = assignments.currentOf(projectId).stream().filter(a -> a.leaderId == leaderId).findFirst()
                .orElseThrow(() -> new NotFound("Current assignment", "of leader " + leaderId
                        + " to project " + projectId));
        current.end(clock.today(), clock.now());
        assignments.flush();
        return AssignmentView.of(current, leaderRepository.findById(leaderId), project.name());
    }

    /** A project's assignments, current and past, newest first. */
    public Page<AssignmentView> ofProject(long projectId, PageRequest page) {
        ProjectView project = projects.registry(projectId);
        Page<Assignment> all = assignments.ofProject(projectId, page);
        Map<Long, Leader> names = leaderRepository.byIds(all.items().stream().map(a -> a.leaderId).distinct().toList());
        return all.map(a -> AssignmentView.of(a, names.get(a.leaderId), project.name()));
    }

    /** A leader's assignments, newest first; current true/false narrows to current or past ones. */
    public Page<AssignmentView> ofLeader(long leaderId, Boolean current, PageRequest page) {
        Leader leader = leaders.find(leaderId);
        Page<Assignment> all = assignments.ofLeader(leaderId, current, page);
        Map<Long, String> names = projects.registry(all.items().stream().map(a -> a.projectId).distinct().toList()).stream()
                .collect(Collectors.toMap(ProjectView::id, ProjectView::name));
        return all.map(a -> AssignmentView.of(a, leader, names.get(a.projectId)));
    }
}
