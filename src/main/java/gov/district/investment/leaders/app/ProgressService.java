package gov.district.investment.leaders.app;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import gov.district.investment.leaders.api.Agenda;
import gov.district.investment.leaders.api.LeaderDashboard;
import gov.district.investment.leaders.api.ProjectProgress;
import gov.district.investment.leaders.domain.AssignmentRole;
import gov.district.investment.leaders.domain.Leader;
import gov.district.investment.leaders.domain.MeetingLevel;
import gov.district.investment.leaders.persistence.AssignmentRepository;
import gov.district.investment.pipeline.api.EscalationLevel;
import gov.district.investment.pipeline.api.InvestmentFigures;
import gov.district.investment.pipeline.api.InvestmentStatus;
import gov.district.investment.pipeline.api.InvestmentSummary;
import gov.district.investment.pipeline.api.MilestoneCalendar;
import gov.district.investment.pipeline.api.ProblemDesk;
import gov.district.investment.pipeline.api.ProblemView;
import gov.district.investment.pipeline.api.ProjectRegistry;
import gov.district.investment.pipeline.api.ProjectStage;
import gov.district.investment.pipeline.api.ProjectView;
import gov.district.investment.platform.domain.FieldError;
import gov.district.investment.platform.error.ProblemException;
import gov.district.investment.platform.time.AsOf;
import gov.district.investment.platform.time.BusinessClock;
import gov.district.investment.reference.app.ReferenceData;

/**
 * What a dispatch meeting must take up (its agenda) and a leader's dashboard: both read the
 * pipeline through its services only, figures "as of" a day through the pipeline's own as-of reads.
 */
@ApplicationScoped
public class ProgressService {

    private final AssignmentRepository assignments;
    private final LeaderService leaders;
    private final DecisionService decisions;
    private final ProjectRegistry projects;
    private final ProblemDesk problems;
    private final MilestoneCalendar milestones;
    private final InvestmentFigures investment;
    private final ReferenceData reference;
    private final BusinessClock clock;

    public ProgressService(AssignmentRepository assignments, LeaderService leaders, DecisionService decisions,
            ProjectRegistry projects, ProblemDesk problems, MilestoneCalendar milestones,
            InvestmentFigures investment, ReferenceData reference, BusinessClock clock) {
        this.assignments = assignments;
        this.leaders = leaders;
        this.decisions = decisions;
        this.projects = projects;
        this.problems = problems;
        this.milestones = milestones;
        this.investment = investment;
        this.reference = reference;
        this.clock = clock;
    }

    /**
     * The agenda of a meeting at {@code level} on {@code date} (default today): the open problems
     * escalated to that level, and on the covered projects the milestones overdue on the date, the
     * projects behind 均衡进度 and the decisions still open past their due date. Covered: at LEADER
     * the leader's current projects (leaderId required), at DISTRICT the key projects, at UNIT the
     * key projects of the unit (all units without one).
     */
    public Agenda agenda(MeetingLevel level, Long leaderId, String unit, LocalDate date) {
        if (level == null) {
            throw ProblemException.badParameter("level", "is required; allowed: DISTRICT, LEADER, UNIT");
        }
        if (level == MeetingLevel.LEADER && leaderId == null) {
            throw ProblemException.badParameter("leaderId", "is required for a LEADER meeting's agenda");
        }
        List<FieldError> errors = new ArrayList<>();
        reference.checkUnit("unit", unit, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        LocalDate today = clock.today();
        LocalDate day = date == null ? today : date;
        List<ProjectView> covered = switch (level) {
            case LEADER -> {
                leaders.find(leaderId);
                yield projects.registry(assignments.currentProjectsOf(leaderId));
            }
            case DISTRICT -> projects.keyProjects(null);
            case UNIT -> projects.keyProjects(unit);
        };
        List<Long> ids = covered.stream().map(ProjectView::id).toList();
        List<ProblemView> escalated = switch (level) {
            case LEADER -> problems.openAt(EscalationLevel.LEADER, ids, null);
            case DISTRICT -> problems.openAt(EscalationLevel.DISTRICT, null, null);
            case UNIT -> problems.openAt(EscalationLevel.UNIT, null, unit);
        };
        // figures of a day to come are today's: the future has no reports yet
        LocalDate asOf = day.isBefore(today) ? day : null;
        List<ProjectProgress> behind = progress(covered, day.getYear(), asOf).stream()
                .filter(p -> p.status() == InvestmentStatus.BEHIND)
                .sorted(Comparator.comparing(ProjectProgress::gap).reversed().thenComparing(ProjectProgress::projectId))
                .toList();
        return new Agenda(level, level == MeetingLevel.LEADER ? leaderId : null, level == MeetingLevel.UNIT ? unit : null,
                day, ids, escalated, milestones.overdueOn(day, ids, null), behind, decisions.overdueOn(day, ids));
    }

    /** A leader's lead projects on {@code asOf} (default today; not in the future) and their state. */
    public LeaderDashboard dashboard(long leaderId, LocalDate asOfParam) {
        LocalDate today = clock.today();
        AsOf.notAfter(asOfParam, today);
        Leader leader = leaders.find(leaderId);
        LocalDate day = asOfParam == null ? today : asOfParam;
        List<ProjectView> lead = projects.registry(assignments.projectsHeldOn(leaderId, AssignmentRole.LEAD, day));
        List<Long> ids = lead.stream().map(ProjectView::id).toList();

        // as of an earlier day, stages and open problems come from the audit trail as they stood then
        Map<Long, ProjectStage> stageOf = new HashMap<>();
        if (asOfParam == null) {
            lead.forEach(p -> stageOf.put(p.id(), p.stage()));
        } else {
            stageOf.putAll(projects.stagesOn(ids, day));
        }
        Map<ProjectStage, List<Long>> byStage = new EnumMap<>(ProjectStage.class);
        ids.forEach(id -> {
            ProjectStage stage = stageOf.get(id);
            if (stage != null) {
                byStage.computeIfAbsent(stage, s -> new ArrayList<>()).add(id);
            }
        });
        List<LeaderDashboard.StageCount> stages = byStage.entrySet().stream()
                .map(e -> new LeaderDashboard.StageCount(e.getKey(), e.getValue().size(), e.getValue())).toList();

        int year = day.getYear();
        List<ProjectProgress> figures = progress(lead, year, asOfParam);
        BigDecimal planned = figures.stream().map(ProjectProgress::plannedInvestment).reduce(zero(), BigDecimal::add);
        BigDecimal completed = figures.stream().map(ProjectProgress::completedInvestment).reduce(zero(), BigDecimal::add);
        InvestmentSummary sum = investment.total(year, day, planned, completed);
        LeaderDashboard.Totals totals = new LeaderDashboard.Totals(planned, completed, sum.completionRate(),
                sum.expectedRate(), sum.gap(), sum.status());

        Map<EscalationLevel, List<Long>> byLevel = new EnumMap<>(EscalationLevel.class);
        if (asOfParam == null) {
            problems.openAt(null, ids, null)
                    .forEach(p -> byLevel.computeIfAbsent(p.escalationLevel(), l -> new ArrayList<>()).add(p.id()));
        } else {
            problems.openLevelsOn(ids, day)
                    .forEach((id, level) -> byLevel.computeIfAbsent(level, l -> new ArrayList<>()).add(id));
        }
        List<LeaderDashboard.LevelCount> levels = byLevel.entrySet().stream()
                .map(e -> new LeaderDashboard.LevelCount(e.getKey(), e.getValue().size(), e.getValue())).toList();

        List<ProjectProgress> behind = figures.stream()
                .filter(p -> p.status() == InvestmentStatus.BEHIND)
                .sorted(Comparator.comparing(ProjectProgress::gap).reversed().thenComparing(ProjectProgress::projectId))
                .toList();
        return new LeaderDashboard(leaderId, leader.name, leader.title, day, year, stages, totals, levels,
                milestones.overdueOn(day, ids, null), decisions.overdueOn(day, ids), behind, figures);
    }

    /** Each project's year as of the day (null: today), read for all of them at once. */
    private List<ProjectProgress> progress(List<ProjectView> covered, int year, LocalDate asOf) {
        Map<Long, InvestmentSummary> summaries = investment.summariesOf(covered.stream().map(ProjectView::id).toList(), year,
                asOf);
        return covered.stream().map(project -> ProjectProgress.of(project, summaries.get(project.id()))).toList();
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
