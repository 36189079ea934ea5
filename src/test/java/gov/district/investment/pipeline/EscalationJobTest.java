package gov.district.investment.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import gov.district.investment.pipeline.app.EscalationJob;
import gov.district.investment.platform.scheduling.OncePerPeriod;
import gov.district.investment.platform.scheduling.OncePerPeriod.Outcome;
import gov.district.investment.support.Api;
import gov.district.investment.support.BusinessTime;
import gov.district.investment.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;

import static gov.district.investment.pipeline.ProblemResourceTest.PROBLEMS;
import static gov.district.investment.pipeline.ProblemResourceTest.problem;
import static gov.district.investment.pipeline.ProblemResourceTest.raise;
import static gov.district.investment.support.Api.office;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The escalation rule, triggered through the job's core with a fixed clock. Each test names its
 * own periods, so tests never see each other's runs; a run escalates every overdue problem in
 * the database, so assertions look at the test's own problems only.
 */
@QuarkusTest
@BusinessTime("2026-11-27T10:00")
class EscalationJobTest {

    @Inject
    EscalationJob job;

    private static String period() {
        return "test-" + UUID.randomUUID();
    }

    @Test
    void anOverdueProblemClimbsOnceAPeriodAndAgainAfterItsNewDeadline() {
        long id = raise(Api.createProject(), problem("DGZ", "2026-11-30"));
        long notYet = raise(Api.createProject(), problem("DGZ", "2026-12-08"));

        TestClock.at("2026-12-02T09:00");
        String first = period();
        assertEquals(Outcome.RAN, job.runOnce(first).outcome());
        office().get(PROBLEMS + "/" + id).then().statusCode(200)
                .body("escalationLevel", equalTo("LEADER"))
                .body("dueDate", equalTo("2026-12-09")) // LEADER gets 7 days
                .body("overdue", equalTo(false))
                .body("escalations", hasSize(1))
                .body("escalations[0].automatic", equalTo(true))
                .body("escalations[0].actor", equalTo(EscalationJob.ACTOR))
                .body("escalations[0].fromLevel", equalTo("UNIT"))
                .body("escalations[0].previousDueDate", equalTo("2026-11-30"))
                .body("escalations[0].newDueDate", equalTo("2026-12-09"));
        office().get(PROBLEMS + "/" + notYet).then().body("escalationLevel", equalTo("UNIT"));

        // the same period again does nothing; another trigger the same day finds nothing overdue
        assertEquals(Outcome.ALREADY_RAN, job.runOnce(first).outcome());
        assertEquals(Outcome.RAN, job.runOnce(period()).outcome());
        office().get(PROBLEMS + "/" + id).then().body("escalations", hasSize(1));

        // past the LEADER deadline: DISTRICT with 5 days
        TestClock.at("2026-12-10T09:00");
        job.runOnce(period());
        office().get(PROBLEMS + "/" + id).then()
                .body("escalationLevel", equalTo("DISTRICT"))
                .body("dueDate", equalTo("2026-12-15"))
                .body("escalations.toLevel", contains("LEADER", "DISTRICT"));
        office().get(PROBLEMS + "/" + notYet).then().body("escalationLevel", equalTo("LEADER"));

        // at the top it stays, and shows as overdue
        TestClock.at("2026-12-20T09:00");
        job.runOnce(period());
        office().get(PROBLEMS + "/" + id).then()
                .body("escalationLevel", equalTo("DISTRICT")).body("overdue", equalTo(true)).body("escalations", hasSize(2));
        office().get(PROBLEMS + "/" + id + "/history").then()
                .body("items.actor",
                        contains("test-project-office@test.district.local", EscalationJob.ACTOR, EscalationJob.ACTOR));
    }

    @Test
    void resolvedAndClosedProblemsAreNotEscalated() {
        long resolved = raise(Api.createProject(), problem("DGZ", "2026-11-30"));
        office().body(Map.of("toStatus", "IN_PROGRESS")).post(PROBLEMS + "/" + resolved + "/transitions").then()
                .statusCode(200);
        office().body(Map.of("toStatus", "RESOLVED", "resolution", "已协调")).post(PROBLEMS + "/" + resolved + "/transitions")
                .then().statusCode(200);
        long closed = raise(Api.createProject(), problem("DGZ", "2026-11-30"));
        office().body(Map.of("toStatus", "CLOSED", "reason", "撤回")).post(PROBLEMS + "/" + closed + "/transitions").then()
                .statusCode(200);
        long inProgress = raise(Api.createProject(), problem("DGZ", "2026-11-30"));
        office().body(Map.of("toStatus", "IN_PROGRESS")).post(PROBLEMS + "/" + inProgress + "/transitions").then()
                .statusCode(200);

        TestClock.at("2026-12-05T09:00");
        job.runOnce(period());
        office().get(PROBLEMS + "/" + resolved).then().body("escalationLevel", equalTo("UNIT")).body("escalations", hasSize(0));
        office().get(PROBLEMS + "/" + closed).then().body("escalationLevel", equalTo("UNIT")).body("escalations", hasSize(0));
        office().get(PROBLEMS + "/" + inProgress).then().body("escalationLevel", equalTo("LEADER"))
                .body("status", equalTo("IN_PROGRESS")).body("dueDate", equalTo("2026-12-12"));
    }

    @Test
    void twoRunsOfOnePeriodAtOnceEscalateOnce() throws Exception {
        for (int round = 0; round < 3; round++) {
            TestClock.at("2026-11-27T10:00");
            long id = raise(Api.createProject(), problem("DGZ", "2026-11-30"));
            TestClock.at("2026-12-02T09:00");
            String shared = period();
            List<OncePerPeriod.Result> results = race(() -> job.runOnce(shared), () -> job.runOnce(shared));
            assertEquals(1, results.stream().filter(r -> r.outcome() == Outcome.RAN).count(), results.toString());
            office().get(PROBLEMS + "/" + id).then()
                    .body("escalationLevel", equalTo("LEADER")).body("escalations", hasSize(1));
        }
    }

    @Test
    void replicasWhoseClocksDisagreeOnThePeriodStillEscalateOnce() throws Exception {
        // different period names, so the run record does not help: the lease and the problem's own
        // state (version, unique level, deadline moved ahead) must
        for (int round = 0; round < 3; round++) {
            TestClock.at("2026-11-27T10:00");
            long id = raise(Api.createProject(), problem("DGZ", "2026-11-30"));
            TestClock.at("2026-12-02T09:00");
            race(() -> job.runOnce(period()), () -> job.runOnce(period()));
            office().get(PROBLEMS + "/" + id).then()
                    .body("escalationLevel", equalTo("LEADER")).body("escalations", hasSize(1));
        }
    }

    @Test
    void periodsAreSlotsFromMidnightInTheBusinessZone() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        // 23:30 UTC on the 1st is 07:30 on the 2nd in Shanghai
        assertEquals("2026-12-02T00:00",
                OncePerPeriod.periodOf(Instant.parse("2026-12-01T23:30:00Z"), shanghai, Duration.ofDays(1)));
        assertEquals("2026-12-01T00:00",
                OncePerPeriod.periodOf(Instant.parse("2026-12-01T15:59:59Z"), shanghai, Duration.ofDays(1)));
        assertEquals("2026-12-02T06:00",
                OncePerPeriod.periodOf(Instant.parse("2026-12-01T23:30:00Z"), shanghai, Duration.ofHours(6)));
    }

    @SafeVarargs
    private static <T> List<T> race(java.util.function.Supplier<T>... runs) throws Exception {
        CyclicBarrier start = new CyclicBarrier(runs.length);
        List<CompletableFuture<T>> futures = java.util.Arrays.stream(runs).map(run -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return run.get();
        })).toList();
        return futures.stream().map(CompletableFuture::join).toList();
    }
}
