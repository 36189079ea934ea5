package gov.district.investment.pipeline.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import gov.district.investment.pipeline.api.EscalationLevel;
import gov.district.investment.platform.domain.Conflict;
import gov.district.investment.platform.domain.IllegalTransition;
import gov.district.investment.platform.domain.RuleBroken;

import static org.junit.jupiter.api.Assertions.*;

/** Backward arithmetic, derived milestone status, the problem status machine and its escalation. */
class ScheduleRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void lastStepIsDueOnTheTargetAndEachEarlierStepItsSuccessorsDurationBefore() {
        assertEquals(List.of(d("2027-03-02"), d("2027-04-01"), d("2027-04-11"), d("2027-06-30")),
                BackwardSchedule.dueDates(d("2027-06-30"), List.of(99, 30, 10, 80)));
    }

    @Test
    void crossesMonthAndYearEnds() {
        // 2027-01-10 − 10 days = 2026-12-31; − 12 more = 2026-12-19
        assertEquals(List.of(d("2026-12-19"), d("2026-12-31"), d("2027-01-10")),
                BackwardSchedule.dueDates(d("2027-01-10"), List.of(5, 12, 10)));
        // into February of a leap year and of a common year
        assertEquals(List.of(d("2028-02-29"), d("2028-03-01")), BackwardSchedule.dueDates(d("2028-03-01"), List.of(7, 1)));
        assertEquals(List.of(d("2027-02-28"), d("2027-03-01")), BackwardSchedule.dueDates(d("2027-03-01"), List.of(7, 1)));
        // across a whole leap year: 366 days before 2029-01-01 is 2028-01-01
        assertEquals(List.of(d("2028-01-01"), d("2029-01-01")), BackwardSchedule.dueDates(d("2029-01-01"), List.of(0, 366)));
    }

    @Test
    void zeroDurationsShareADayAndOneStepIsDueOnTheTarget() {
        assertEquals(List.of(d("2026-12-31"), d("2026-12-31")), BackwardSchedule.dueDates(d("2026-12-31"), List.of(3, 0)));
        assertEquals(List.of(d("2026-12-31")), BackwardSchedule.dueDates(d("2026-12-31"), List.of(400)));
    }

    @Test
    void milestoneStatusIsDerivedFromTheDay() {
        assertEquals(MilestoneStatus.PENDING, MilestoneStatus.of(TODAY, null, TODAY));
        assertEquals(MilestoneStatus.OVERDUE, MilestoneStatus.of(TODAY.minusDays(1), null, TODAY));
        assertEquals(MilestoneStatus.DONE, MilestoneStatus.of(TODAY.minusDays(30), TODAY, TODAY));
        assertEquals(MilestoneStatus.DONE, MilestoneStatus.of(TODAY.plusDays(30), TODAY, TODAY));
    }

    @Test
    void problemStatusMachine() {
        assertEquals(EnumSet.of(ProblemStatus.IN_PROGRESS, ProblemStatus.CLOSED), ProblemStatus.OPEN.allowedTargets());
        assertEquals(EnumSet.of(ProblemStatus.RESOLVED, ProblemStatus.CLOSED), ProblemStatus.IN_PROGRESS.allowedTargets());
        assertTrue(ProblemStatus.RESOLVED.allowedTargets().isEmpty());
        assertTrue(ProblemStatus.CLOSED.allowedTargets().isEmpty());

        Problem problem = problem();
        assertThrows(IllegalTransition.class, () -> problem.transitionTo(ProblemStatus.RESOLVED, null, "done", NOW));
        problem.transitionTo(ProblemStatus.IN_PROGRESS, null, null, NOW);
        assertThrows(RuleBroken.class, () -> problem.transitionTo(ProblemStatus.RESOLVED, null, " ", NOW));
        problem.transitionTo(ProblemStatus.RESOLVED, null, " 已解决 ", NOW);
        assertEquals("已解决", problem.resolution());
        assertEquals(NOW, problem.closedAt());
        assertFalse(problem.isOverdue(TODAY.plusYears(1)), "a resolved problem is never overdue");
    }

    @Test
    void closingNeedsAReasonAndTakesNoResolution() {
        Problem problem = problem();
        assertThrows(RuleBroken.class, () -> problem.transitionTo(ProblemStatus.CLOSED, null, null, NOW));
        assertThrows(RuleBroken.class, () -> problem.transitionTo(ProblemStatus.CLOSED, "撤回", "方案", NOW));
        problem.transitionTo(ProblemStatus.CLOSED, "项目单位撤回诉求", null, NOW);
        assertEquals(ProblemStatus.CLOSED, problem.status());
        assertThrows(Conflict.class, () -> problem.escalate("再提级", false, "x", TODAY, NOW));
    }

    @Test
    void escalationClimbsOneLevelAtATimeWithANewDeadlineAndStopsAtDistrict() {
        Problem problem = problem();
        ProblemEscalation first = problem.escalate("逾期", true, "system:escalation-job", TODAY.plusDays(7), NOW);
        assertEquals(EscalationLevel.UNIT, first.fromLevel);
        assertEquals(EscalationLevel.LEADER, first.toLevel);
        assertEquals(TODAY.minusDays(1), first.previousDueDate);
        assertEquals(TODAY.plusDays(7), problem.dueDate);
        assertTrue(first.automatic);
        problem.escalate("需区政府调度", false, "li", TODAY.plusDays(5), NOW);
        assertEquals(EscalationLevel.DISTRICT, problem.escalationLevel());
        assertThrows(Conflict.class, () -> problem.escalate("更高", false, "li", TODAY, NOW));
    }

    /** An open problem of project 1, due yesterday. */
    private static Problem problem() {
        Problem problem = Problem.raise(1L, NOW);
        problem.title = "征拆";
        problem.category = ProblemCategory.DEMOLITION;
        problem.responsibleUnitCode = "DGZ";
        problem.dueDate = TODAY.minusDays(1);
        assertTrue(problem.isOverdue(TODAY));
        return problem;
    }
}
