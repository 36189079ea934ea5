package gov.district.investment.pipeline.app;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import gov.district.investment.pipeline.api.EscalationLevel;
import gov.district.investment.pipeline.api.EscalationRequest;
import gov.district.investment.pipeline.api.EscalationView;
import gov.district.investment.pipeline.domain.Problem;
import gov.district.investment.pipeline.domain.ProblemEscalation;
import gov.district.investment.pipeline.domain.Project;
import gov.district.investment.pipeline.persistence.ProblemRepository;
import gov.district.investment.pipeline.persistence.ProjectRepository;
import gov.district.investment.platform.concurrency.RetryOnConflict;
import gov.district.investment.platform.config.AppConfig;
import gov.district.investment.platform.domain.NotFound;
import gov.district.investment.platform.http.IfMatch;
import gov.district.investment.platform.paging.Page;
import gov.district.investment.platform.paging.PageRequest;
import gov.district.investment.platform.security.Caller;
import gov.district.investment.platform.time.BusinessClock;

/**
 * 分级调度: a problem raised one level (UNIT → LEADER → DISTRICT) by hand or, once overdue, by the
 * escalation job, each time with that level's fresh deadline; and the record of those moves.
 */
@ApplicationScoped
public class ProblemEscalations {

    private final ProblemRepository problems;
    private final ProjectRepository projects;
    private final ProjectAccess access;
    private final BusinessClock clock;
    private final Caller caller;
    private final AppConfig.Escalation config;

    public ProblemEscalations(ProblemRepository problems, ProjectRepository projects, ProjectAccess access,
            BusinessClock clock, Caller caller, AppConfig config) {
        this.problems = problems;
        this.projects = projects;
        this.access = access;
        this.clock = clock;
        this.caller = caller;
        this.config = config.escalation();
    }

    public record EscalationResult(EscalationView escalation, long problemVersion) {
    }

    /** Manual escalation: one level up, with that level's fresh deadline. */
    @Transactional
    @RetryOnConflict
    public EscalationResult escalate(long id, EscalationRequest request, IfMatch ifMatch) {
        Problem problem = find(id);
        access.checkProblemWork(project(problem.projectId), problem.responsibleUnitCode);
        ifMatch.check(problem.version);
        ProblemEscalation escalation = raise(problem, request.reason(), false, caller.actor());
        return new EscalationResult(EscalationView.of(escalation), problem.version);
    }

    /**
     * The rule, for one problem in its own transaction: raise it one level if, read again now, it
     * is still open, past its deadline and below the top. A concurrent escalation of the same
     * problem loses on the version (and on the unique level), is retried, and then finds nothing
     * to do; so does a second run on the same day, because the new deadline lies ahead.
     *
     * @return whether it escalated
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @RetryOnConflict
    public boolean escalateIfOverdue(long id, String actor) {
        Problem problem = problems.findById(id);
        LocalDate today = clock.today();
        if (problem == null || !problem.isOverdue(today) || problem.escalationLevel().next() == null) {
            return false;
        }
        raise(problem, "逾期未解决（期限 " + problem.dueDate + "），按规则自动提级", true, actor);
        return true;
    }

    public List<Long> overdueEscalatable() {
        return problems.overdueEscalatable(clock.today());
    }

    public Page<EscalationView> escalations(long id, PageRequest page) {
        find(id);
        return problems.escalations(id, page).map(EscalationView::of);
    }

    public EscalationView escalation(long id, long escalationId) {
        find(id);
        ProblemEscalation escalation = problems.escalation(id, escalationId);
        if (escalation == null) {
            throw new NotFound("Escalation", escalationId + " of problem " + id);
        }
        return EscalationView.of(escalation);
    }

    /** The deadline a level gets, counted from the day of escalation. */
    private LocalDate dueDateFor(EscalationLevel level, LocalDate today) {
        return today.plusDays(switch (level) {
            case LEADER -> config.leaderDays();
            case DISTRICT -> config.districtDays();
            case UNIT -> 0; // never escalated to: problems start there
        });
    }

    private ProblemEscalation raise(Problem problem, String reason, boolean automatic, String actor) {
        EscalationLevel next = problem.escalationLevel().next();
        LocalDate newDue = next == null ? problem.dueDate : dueDateFor(next, clock.today());
        ProblemEscalation escalation = problem.escalate(reason, automatic, actor, newDue, clock.now());
        problems.persistEscalation(escalation);
        problems.flush();
        return escalation;
    }

    private Project project(long id) {
        return projects.findByIdOptional(id).orElseThrow(() -> new NotFound("Project", id));
    }

    private Problem find(long id) {
        return problems.findByIdOptional(id).orElseThrow(() -> new NotFound("Problem", id));
    }
}
