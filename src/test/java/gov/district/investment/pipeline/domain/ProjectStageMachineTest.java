package gov.district.investment.pipeline.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import gov.district.investment.pipeline.api.ProjectStage;
import gov.district.investment.platform.domain.Conflict;
import gov.district.investment.platform.domain.IllegalTransition;
import gov.district.investment.platform.domain.RuleBroken;

import static gov.district.investment.pipeline.api.ProjectStage.*;
import static org.junit.jupiter.api.Assertions.*;

/** Every (from, to) pair of the project stage machine, as DESIGN.md draws it. */
class ProjectStageMachineTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");

    /** The legal targets, written out by hand rather than derived from the code under test. */
    private static final Map<ProjectStage, Set<ProjectStage>> LEGAL = Map.of(
            PLANNING, EnumSet.of(PRELIMINARY, CANCELLED),
            PRELIMINARY, EnumSet.of(CONSTRUCTION, SUSPENDED, CANCELLED),
            CONSTRUCTION, EnumSet.of(COMPLETED, SUSPENDED, CANCELLED),
            COMPLETED, EnumSet.of(OPERATING, CANCELLED),
            OPERATING, EnumSet.noneOf(ProjectStage.class),
            CANCELLED, EnumSet.noneOf(ProjectStage.class));

    /** How to bring a fresh project into each stage; SUSPENDED is covered per origin below. */
    private static final Map<ProjectStage, List<ProjectStage>> PATH = Map.of(
            PLANNING, List.of(),
            PRELIMINARY, List.of(PRELIMINARY),
            CONSTRUCTION, List.of(PRELIMINARY, CONSTRUCTION),
            COMPLETED, List.of(PRELIMINARY, CONSTRUCTION, COMPLETED),
            OPERATING, List.of(PRELIMINARY, CONSTRUCTION, COMPLETED, OPERATING),
            CANCELLED, List.of(CANCELLED));

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (ProjectStage from : LEGAL.keySet()) {
            for (ProjectStage to : ProjectStage.values()) {
                pairs.add(Arguments.of(PATH.get(from), from, to, LEGAL.get(from).contains(to)));
            }
        }
        // a suspended project returns only to the stage it left, or is cancelled
        for (ProjectStage origin : List.of(PRELIMINARY, CONSTRUCTION)) {
            List<ProjectStage> path = new ArrayList<>(PATH.get(origin));
            path.add(SUSPENDED);
            for (ProjectStage to : ProjectStage.values()) {
                pairs.add(Arguments.of(path, SUSPENDED, to, to == origin || to == CANCELLED));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{1} -> {2}: legal={3} (via {0})")
    @MethodSource("everyPair")
    void transition(List<ProjectStage> path, ProjectStage from, ProjectStage to, boolean legal) {
        Project project = projectThrough(path);
        assertEquals(from, project.stage());
        if (legal) {
            ProjectTransition t = project.transitionTo(to, TODAY, "原因", TODAY, "tester", NOW);
            assertEquals(from, t.fromStage);
            assertEquals(to, t.toStage);
            assertEquals(to, project.stage());
        } else {
            IllegalTransition e = assertThrows(IllegalTransition.class,
                    () -> project.transitionTo(to, TODAY, "原因", TODAY, "tester", NOW));
            Set<ProjectStage> expected = from == SUSPENDED
                    ? EnumSet.of(path.get(path.size() - 2), CANCELLED)
                    : LEGAL.get(from);
            assertEquals(expected, e.facts().get("allowedTargets"));
            assertEquals(from, project.stage(), "a refused transition changes nothing");
        }
    }

    @Test
    void terminalStagesAllowNothing() {
        assertTrue(OPERATING.isTerminal());
        assertTrue(CANCELLED.isTerminal());
        assertTrue(OPERATING.allowedTargets(null).isEmpty());
        assertTrue(CANCELLED.allowedTargets(null).isEmpty());
    }

    @Test
    void transitionsSetTheActualDatesOnce() {
        Project p = Project.register("XM-2026-0001", NOW);
        p.transitionTo(PRELIMINARY, LocalDate.of(2025, 3, 1), null, TODAY, "t", NOW);
        p.transitionTo(CONSTRUCTION, LocalDate.of(2025, 6, 1), null, TODAY, "t", NOW);
        p.transitionTo(SUSPENDED, LocalDate.of(2025, 8, 1), "资金未到位", TODAY, "t", NOW);
        assertEquals(CONSTRUCTION, p.suspendedFrom());
        p.transitionTo(CONSTRUCTION, LocalDate.of(2025, 10, 1), null, TODAY, "t", NOW);
        assertNull(p.suspendedFrom());
        assertEquals(LocalDate.of(2025, 6, 1), p.actualStartDate(), "resuming keeps the original start");
        p.transitionTo(COMPLETED, LocalDate.of(2026, 5, 1), null, TODAY, "t", NOW);
        p.transitionTo(OPERATING, LocalDate.of(2026, 9, 1), null, TODAY, "t", NOW);
        assertEquals(LocalDate.of(2026, 5, 1), p.actualCompletionDate());
        assertEquals(LocalDate.of(2026, 9, 1), p.operationDate());
    }

    @Test
    void effectiveDateMayNotBeInTheFutureNorBeforeThePreviousTransition() {
        Project p = Project.register("XM-2026-0002", NOW);
        RuleBroken future = assertThrows(RuleBroken.class,
                () -> p.transitionTo(PRELIMINARY, TODAY.plusDays(1), null, TODAY, "t", NOW));
        assertEquals("effectiveDate", future.violations().get(0).field());

        // creation is not a transition: the first one may carry any past date
        p.transitionTo(PRELIMINARY, LocalDate.of(2019, 1, 1), null, TODAY, "t", NOW);
        RuleBroken earlier = assertThrows(RuleBroken.class,
                () -> p.transitionTo(CONSTRUCTION, LocalDate.of(2018, 12, 31), null, TODAY, "t", NOW));
        assertEquals("effectiveDate", earlier.violations().get(0).field());
        // the same day as the previous transition is fine
        p.transitionTo(CONSTRUCTION, LocalDate.of(2019, 1, 1), null, TODAY, "t", NOW);
    }

    @Test
    void suspendAndCancelNeedAReason() {
        Project p = projectThrough(List.of(PRELIMINARY));
        for (ProjectStage target : List.of(SUSPENDED, CANCELLED)) {
            for (String reason : new String[] { null, "", "   " }) {
                RuleBroken e = assertThrows(RuleBroken.class,
                        () -> p.transitionTo(target, TODAY, reason, TODAY, "t", NOW));
                assertEquals("reason", e.violations().get(0).field());
            }
        }
        assertEquals(PRELIMINARY, p.stage());
    }

    @Test
    void onlyPlanningProjectsCanBeDeleted() {
        Project p = Project.register("XM-2026-0003", NOW);
        p.ensureDeletable();
        p.transitionTo(PRELIMINARY, TODAY, null, TODAY, "t", NOW);
        Conflict e = assertThrows(Conflict.class, p::ensureDeletable);
        assertEquals(PRELIMINARY, e.facts().get("currentStage"));
    }

    private static Project projectThrough(List<ProjectStage> path) {
        Project project = Project.register("XM-2026-9999", NOW);
        LocalDate date = TODAY.minusYears(2);
        for (ProjectStage stage : path) {
            project.transitionTo(stage, date, "原因", TODAY, "tester", NOW);
            date = date.plusMonths(1);
        }
        return project;
    }
}
