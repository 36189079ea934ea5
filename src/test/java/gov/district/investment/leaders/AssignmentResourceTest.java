package gov.district.investment.leaders;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import gov.district.investment.support.Api;
import gov.district.investment.support.BusinessTime;
import gov.district.investment.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import static gov.district.investment.leaders.Fixtures.LEADERS;
import static gov.district.investment.support.Api.MERGE_PATCH;
import static gov.district.investment.support.Api.PROBLEM_JSON;
import static gov.district.investment.support.Api.PROJECTS;
import static gov.district.investment.support.Api.office;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@BusinessTime("2026-11-27T10:00")
class AssignmentResourceTest {

    private static String leadersOf(long projectId) {
        return PROJECTS + "/" + projectId + "/leaders";
    }

    /** The project list's leaderId total is counted once and reused: an assignment must drop it on commit. */
    @Test
    void theLeadersProjectCountFollowsAssignmentsAtOnce() {
        long leader = Fixtures.createLeader("副区长");
        long first = Fixtures.keyProject();
        long second = Fixtures.keyProject();
        office().body(Map.of("leaderId", leader, "role", "LEAD", "since", "2026-02-01")).post(leadersOf(first)).then()
                .statusCode(201);
        office().body(Map.of("leaderId", leader, "role", "ASSIST", "since", "2026-02-01")).post(leadersOf(second)).then()
                .statusCode(201);
        // size 1 keeps the page full, so the total is the counted (and cached) one
        office().queryParam("leaderId", leader).queryParam("size", 1).get(PROJECTS).then().body("totalItems", equalTo(2));
        long third = Fixtures.keyProject();
        office().body(Map.of("leaderId", leader, "role", "LEAD", "since", "2026-03-01")).post(leadersOf(third)).then()
                .statusCode(201);
        office().queryParam("leaderId", leader).queryParam("size", 1).get(PROJECTS).then().body("totalItems", equalTo(3));
        office().delete(leadersOf(second) + "/" + leader).then().statusCode(204);
        office().queryParam("leaderId", leader).queryParam("size", 1).get(PROJECTS).then().body("totalItems", equalTo(2));
    }

    @Test
    void assignLeadAndAssistThenANewLeadEndsTheOld() {
        long project = Fixtures.keyProject();
        long first = Fixtures.createLeader("常务副区长");
        long helper = Fixtures.createLeader("副区长");
        long second = Fixtures.createLeader("区长");
        office().body(Map.of("leaderId", first, "role", "LEAD", "since", "2026-02-01")).post(leadersOf(project)).then()
                .statusCode(201)
                .header("Location", endsWith(leadersOf(project)))
                .body("leaderId", equalTo((int) first))
                .body("projectId", equalTo((int) project))
                .body("role", equalTo("LEAD"))
                .body("since", equalTo("2026-02-01"))
                .body("current", equalTo(true))
                .body("$", not(hasKey("until")));
        Fixtures.assign(project, helper, "ASSIST", null); // since defaults to today
        office().get(PROJECTS + "/" + project).then().statusCode(200)
                .body("leaders.leaderId", contains((int) first, (int) helper))
                .body("leaders.role", contains("LEAD", "ASSIST"))
                .body("leaders[0].title", equalTo("常务副区长"))
                .body("leaders[1].since", equalTo("2026-11-27"));

        Fixtures.assign(project, second, "LEAD", "2026-10-01");
        office().get(leadersOf(project)).then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.find { it.leaderId == " + first + " }.until", equalTo("2026-10-01"))
                .body("items.find { it.leaderId == " + first + " }.current", equalTo(false))
                .body("items.find { it.leaderId == " + second + " }", not(hasKey("until")))
                .body("items.find { it.leaderId == " + helper + " }.current", equalTo(true));
        office().get(PROJECTS + "/" + project).then()
                .body("leaders.leaderId", contains((int) second, (int) helper));

        // the leader's projects: current and past
        office().get(LEADERS + "/" + first + "/projects").then().statusCode(200)
                .body("items.projectId", contains((int) project))
                .body("items[0].until", equalTo("2026-10-01"))
                .body("items[0].projectName", notNullValue());
        office().queryParam("current", "true").get(LEADERS + "/" + first + "/projects").then().body("totalItems", equalTo(0));
        office().queryParam("current", "false").get(LEADERS + "/" + first + "/projects").then().body("totalItems", equalTo(1));

        // the project list's leaderId filter: current assignments only
        office().queryParam("leaderId", second).get(PROJECTS).then().statusCode(200).body("items.id", contains((int) project));
        office().queryParam("leaderId", helper).get(PROJECTS).then().body("items.id", contains((int) project));
        office().queryParam("leaderId", first).get(PROJECTS).then().body("totalItems", equalTo(0));
        office().queryParam("leaderId", "x").get(PROJECTS).then().statusCode(400).body("errors[0].field", equalTo("leaderId"));

        // DELETE ends the assignment and keeps it
        office().delete(leadersOf(project) + "/" + helper).then().statusCode(204);
        office().delete(leadersOf(project) + "/" + helper).then().statusCode(404).contentType(PROBLEM_JSON);
        office().get(leadersOf(project)).then()
                .body("items.find { it.leaderId == " + helper + " }.until", equalTo("2026-11-27"));
        office().get(PROJECTS + "/" + project).then().body("leaders.leaderId", contains((int) second));
        office().queryParam("leaderId", helper).get(PROJECTS).then().body("totalItems", equalTo(0));
    }

    @Test
    void aClientEchoingTheProjectViewInAMergePatchIsNotRefused() {
        long project = Fixtures.keyProject();
        Fixtures.assign(project, Fixtures.createLeader(), "LEAD", null);
        Map<String, Object> view = office().get(PROJECTS + "/" + project).then().extract().jsonPath().getMap("$");
        view.put("description", "更新说明");
        office().contentType(MERGE_PATCH).body(view).patch(PROJECTS + "/" + project).then().statusCode(200)
                .body("description", equalTo("更新说明"))
                .body("leaders", hasSize(1));
        // lists do not carry leaders
        office().queryParam("q", view.get("name")).get(PROJECTS).then().body("items[0]", not(hasKey("leaders")));
    }

    @Test
    void rules() {
        long project = Fixtures.keyProject();
        long leader = Fixtures.createLeader();
        office().body(Map.of("leaderId", leader, "role", "LEAD")).post(leadersOf(Fixtures.ordinaryProject())).then()
                .statusCode(422).body("errors[0].field", equalTo("projectId"));
        office().body(Map.of("leaderId", 987654321, "role", "LEAD")).post(leadersOf(project)).then()
                .statusCode(422).body("errors[0].field", equalTo("leaderId"));
        office().body(Map.of("leaderId", leader, "role", "LEAD", "since", "2026-11-28")).post(leadersOf(project)).then()
                .statusCode(422).body("errors[0].field", equalTo("since"));
        office().body(Map.of("leaderId", leader, "role", "BOSS")).post(leadersOf(project)).then()
                .statusCode(400).body("errors[0].field", equalTo("role"));
        office().body(Map.of("role", "LEAD")).post(leadersOf(project)).then()
                .statusCode(422).body("errors[0].field", equalTo("leaderId"));
        office().body(Map.of("leaderId", leader, "role", "LEAD")).post(leadersOf(987654321)).then().statusCode(404);
        Fixtures.assign(project, leader, "LEAD", "2026-05-01");
        office().body(Map.of("leaderId", leader, "role", "LEAD")).post(leadersOf(project)).then()
                .statusCode(409).contentType(PROBLEM_JSON);
        // a new lead cannot start before the current one did
        office().body(Map.of("leaderId", Fixtures.createLeader(), "role", "LEAD", "since", "2026-04-01"))
                .post(leadersOf(project)).then()
                .statusCode(422).body("errors[0].field", equalTo("since"));
        // the same leader changing role: the old assignment ends, the new one starts
        Fixtures.assign(project, leader, "ASSIST", "2026-09-01");
        office().get(leadersOf(project)).then().body("totalItems", equalTo(2))
                .body("items.role", contains("ASSIST", "LEAD"))
                .body("items[1].until", equalTo("2026-09-01"));
        office().get(PROJECTS + "/" + project).then().body("leaders.role", contains("ASSIST"));

        Api.as(Tokens.leader(leader)).body(Map.of("leaderId", leader, "role", "LEAD")).post(leadersOf(project)).then()
                .statusCode(403);
        Api.as(Tokens.unit("GCJ")).delete(leadersOf(project) + "/" + leader).then().statusCode(403);
        Api.reader().get(leadersOf(project)).then().statusCode(200);
        office().get(LEADERS + "/987654321/projects").then().statusCode(404);
        office().delete(leadersOf(project) + "/abc").then().statusCode(400);
    }

    @Test
    void deletingAPlanningProjectTakesItsAssignmentsAlong() {
        long project = Fixtures.keyProject();
        long leader = Fixtures.createLeader();
        Fixtures.assign(project, leader, "LEAD", null);
        office().delete(PROJECTS + "/" + project).then().statusCode(204);
        office().queryParam("current", "true").get(LEADERS + "/" + leader + "/projects").then().body("totalItems", equalTo(0));
    }

    /** Concurrent LEAD assignments, on MariaDB too: never two current leads, never a 500. */
    @Test
    void concurrentLeadAssignmentsLeaveExactlyOneLead() throws Exception {
        for (int round = 0; round < 5; round++) {
            long project = Fixtures.keyProject();
            List<Long> leaders = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                leaders.add(Fixtures.createLeader());
            }
            List<Callable<Response>> calls = new ArrayList<>();
            for (long leader : leaders) {
                calls.add(() -> office().body(Map.of("leaderId", leader, "role", "LEAD")).post(leadersOf(project)));
            }
            List<Response> responses = race(calls);
            int created = 0;
            for (Response r : responses) {
                assertTrue(r.statusCode() == 201 || r.statusCode() == 409, r.statusCode() + " " + r.asString());
                created += r.statusCode() == 201 ? 1 : 0;
            }
            assertTrue(created >= 1);
            List<String> currentLeads = office().get(PROJECTS + "/" + project).then().statusCode(200)
                    .extract().jsonPath().getList("leaders.findAll { it.role == 'LEAD' }.name");
            assertEquals(1, currentLeads.size(), "one current lead, not " + currentLeads);
            List<Integer> open = office().queryParam("size", 50).get(leadersOf(project)).then()
                    .extract().jsonPath().getList("items.findAll { it.current }.leaderId");
            assertEquals(1, open.size(), "one current assignment, not " + open);
            assertEquals(created, office().queryParam("size", 50).get(leadersOf(project)).then().extract().jsonPath()
                    .getList("items").size(), "each success recorded once");
        }
    }

    @Inject
    EntityManager em;

    /** The database itself refuses a second current LEAD, whatever code writes it. */
    @Test
    void theDatabaseRefusesASecondCurrentLead() {
        long project = Fixtures.keyProject();
        long leader = Fixtures.createLeader();
        Fixtures.assign(project, leader, "LEAD", "2026-01-05");
        long other = Fixtures.createLeader();
        String insert = "insert into project_leader (project_id, leader_id, assignment_role, since, created_at, updated_at, version)"
                + " values (?1, ?2, ?3, DATE '2026-02-01', TIMESTAMP '2026-02-01 00:00:00', TIMESTAMP '2026-02-01 00:00:00', 0)";
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(insert)
                .setParameter(1, project).setParameter(2, other).setParameter(3, "LEAD").executeUpdate()));
        // an ASSIST beside it is fine; the same leader twice at once is not
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(insert).setParameter(1, project).setParameter(2, other)
                .setParameter(3, "ASSIST").executeUpdate());
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(insert)
                .setParameter(1, project).setParameter(2, other).setParameter(3, "ASSIST").executeUpdate()));
        office().get(PROJECTS + "/" + project).then().body("leaders.role", contains("LEAD", "ASSIST"));
    }

    private static List<Response> race(List<Callable<Response>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (Callable<Response> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> f : futures) {
                responses.add(f.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
