package gov.district.investment.pipeline;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import gov.district.investment.support.Api;
import gov.district.investment.support.BusinessTime;
import gov.district.investment.support.TestClock;
import gov.district.investment.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import static gov.district.investment.support.Api.MERGE_PATCH;
import static gov.district.investment.support.Api.PROBLEM_JSON;
import static gov.district.investment.support.Api.PROJECTS;
import static gov.district.investment.support.Api.office;
import static org.hamcrest.Matchers.*;

@QuarkusTest
@BusinessTime("2026-11-27T10:00")
class ProblemResourceTest {

    static final String PROBLEMS = "/api/v1/problems";

    static Map<String, Object> problem(String unit, String dueDate) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "二期用地征拆协议未签订");
        body.put("description", "涉及12户居民，补偿标准未达成一致");
        body.put("category", "DEMOLITION");
        body.put("responsibleUnitCode", unit);
        body.put("dueDate", dueDate);
        return body;
    }

    static long raise(long projectId, Map<String, Object> body) {
        return office().body(body).post(PROJECTS + "/" + projectId + "/problems").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static String path(long id) {
        return PROBLEMS + "/" + id;
    }

    private static void move(RequestSpecification as, long id, String toStatus, String reason, String resolution, int status) {
        Map<String, Object> body = new HashMap<>();
        body.put("toStatus", toStatus);
        if (reason != null) {
            body.put("reason", reason);
        }
        if (resolution != null) {
            body.put("resolution", resolution);
        }
        as.body(body).post(path(id) + "/transitions").then().statusCode(status);
    }

    @Test
    void raiseAndRead() {
        long projectId = Api.createProject();
        long id = office().body(problem("DGZ", "2026-12-15")).post(PROJECTS + "/" + projectId + "/problems").then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/problems/"))
                .header("ETag", "\"0\"")
                .body("projectId", equalTo((int) projectId))
                .body("title", equalTo("二期用地征拆协议未签订"))
                .body("category", equalTo("DEMOLITION"))
                .body("responsibleUnitCode", equalTo("DGZ"))
                .body("dueDate", equalTo("2026-12-15"))
                .body("status", equalTo("OPEN"))
                .body("escalationLevel", equalTo("UNIT"))
                .body("overdue", equalTo(false))
                .body("allowedTargets", containsInAnyOrder("IN_PROGRESS", "CLOSED"))
                .extract().jsonPath().getLong("id");
        office().get(path(id)).then().statusCode(200).header("ETag", "\"0\"")
                .body("escalations", hasSize(0))
                .body("description", equalTo("涉及12户居民，补偿标准未达成一致"));
        office().get(PROBLEMS + "?projectId=" + projectId).then().statusCode(200)
                .body("items.id", contains((int) id))
                .body("items[0]", not(hasKey("escalations")))
                .body("totalItems", equalTo(1));
        office().get(path(id) + "/history").then().statusCode(200)
                .body("items.action", contains("CREATED"))
                .body("items[0].actor", equalTo("test-project-office@test.district.local"));
    }

    @Test
    void raiseValidation() {
        long projectId = Api.createProject();
        String raise = PROJECTS + "/" + projectId + "/problems";
        office().body(problem("NOPE", "2026-12-15")).post(raise).then()
                .statusCode(422).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("responsibleUnitCode"));
        office().body(problem("DGZ", "2026-11-26")).post(raise).then().statusCode(422).body("errors[0].field",
                equalTo("dueDate"));
        Map<String, Object> noDeadline = problem("DGZ", null);
        noDeadline.remove("dueDate");
        office().body(noDeadline).post(raise).then().statusCode(422).body("errors[0].field", equalTo("dueDate"));
        Map<String, Object> noOwner = problem(null, "2026-12-15");
        office().body(noOwner).post(raise).then().statusCode(422).body("errors[0].field", equalTo("responsibleUnitCode"));
        Map<String, Object> badCategory = problem("DGZ", "2026-12-15");
        badCategory.put("category", "WEATHER");
        office().body(badCategory).post(raise).then().statusCode(400).body("errors[0].field", equalTo("category"));
        Map<String, Object> noTitle = problem("DGZ", "2026-12-15");
        noTitle.put("title", " ");
        office().body(noTitle).post(raise).then().statusCode(422).body("errors[0].field", equalTo("title"));
        Map<String, Object> statusSent = problem("DGZ", "2026-12-15");
        statusSent.put("status", "RESOLVED");
        office().body(statusSent).post(raise).then().statusCode(400).body("errors[0].field", equalTo("status"));
        office().body(problem("DGZ", "2026-12-15")).post(PROJECTS + "/987654321/problems").then().statusCode(404);
        // due today is not overdue yet
        office().body(problem("DGZ", "2026-11-27")).post(raise).then().statusCode(201).body("overdue", equalTo(false));
    }

    @Test
    void statusMachineWithResolution() {
        long id = raise(Api.createProject(), problem("DGZ", "2026-12-15"));
        office().body(Map.of("toStatus", "RESOLVED", "resolution", "已解决")).post(path(id) + "/transitions").then()
                .statusCode(409).contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:district-investment:problem:illegal-transition"))
                .body("currentStatus", equalTo("OPEN"))
                .body("allowedTargets", containsInAnyOrder("IN_PROGRESS", "CLOSED"));
        office().body(Map.of("toStatus", "IN_PROGRESS")).post(path(id) + "/transitions").then()
                .statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("IN_PROGRESS")).body("escalations", hasSize(0));
        office().body(Map.of("toStatus", "RESOLVED")).post(path(id) + "/transitions").then()
                .statusCode(422).body("errors[0].field", equalTo("resolution"));
        office().body(Map.of("toStatus", "RESOLVED", "resolution", "征拆协议已全部签订")).post(path(id) + "/transitions").then()
                .statusCode(200)
                .body("status", equalTo("RESOLVED"))
                .body("resolution", equalTo("征拆协议已全部签订"))
                .body("closedAt", equalTo("2026-11-27T02:00:00Z"))
                .body("allowedTargets", hasSize(0));
        office().body(Map.of("toStatus", "CLOSED", "reason", "重复")).post(path(id) + "/transitions").then()
                .statusCode(409).body("allowedTargets", hasSize(0));
        office().body(Map.of("toStatus", "REOPENED")).post(path(id) + "/transitions").then()
                .statusCode(400).body("errors[0].field", equalTo("toStatus"));
        office().body(Map.of("reason", "x")).post(path(id) + "/transitions").then()
                .statusCode(422).body("errors[0].field", equalTo("toStatus"));
        office().get(path(id) + "/history").then()
                .body("items.action", contains("CREATED", "UPDATED", "UPDATED"))
                .body("items[2].changedFields", hasItems("status", "resolution"));
    }

    @Test
    void closingNeedsAReason() {
        long id = raise(Api.createProject(), problem("DGZ", "2026-12-15"));
        office().body(Map.of("toStatus", "CLOSED")).post(path(id) + "/transitions").then()
                .statusCode(422).body("errors[0].field", equalTo("reason"));
        office().body(Map.of("toStatus", "CLOSED", "reason", "撤回", "resolution", "无")).post(path(id) + "/transitions").then()
                .statusCode(422).body("errors[0].field", equalTo("resolution"));
        office().header("If-Match", "\"5\"").body(Map.of("toStatus", "CLOSED", "reason", "项目单位撤回诉求"))
                .post(path(id) + "/transitions").then().statusCode(412);
        office().header("If-Match", "\"0\"").body(Map.of("toStatus", "CLOSED", "reason", "项目单位撤回诉求"))
                .post(path(id) + "/transitions").then()
                .statusCode(200).body("status", equalTo("CLOSED")).body("statusReason", equalTo("项目单位撤回诉求"))
                .body("resolution", nullValue());
        office().body(Map.of("reason", "再议")).post(path(id) + "/escalations").then()
                .statusCode(409).body("currentStatus", equalTo("CLOSED"));
        office().contentType(MERGE_PATCH).body("{\"title\":\"改\"}").patch(path(id)).then().statusCode(409);
    }

    @Test
    void manualEscalationClimbsToDistrictWithFreshDeadlines() {
        long id = raise(Api.createProject(), problem("DGZ", "2026-12-15"));
        long first = office().body(Map.of("reason", "涉及跨部门协调")).post(path(id) + "/escalations").then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/problems/" + id + "/escalations/"))
                .header("ETag", "\"1\"")
                .body("problemId", equalTo((int) id))
                .body("fromLevel", equalTo("UNIT"))
                .body("toLevel", equalTo("LEADER"))
                .body("reason", equalTo("涉及跨部门协调"))
                .body("automatic", equalTo(false))
                .body("actor", equalTo("test-project-office@test.district.local"))
                .body("at", equalTo("2026-11-27T02:00:00Z"))
                .body("previousDueDate", equalTo("2026-12-15"))
                .body("newDueDate", equalTo("2026-12-04")) // LEADER: 7 days
                .extract().jsonPath().getLong("id");
        office().header("If-Match", "\"0\"").body(Map.of("reason", "x")).post(path(id) + "/escalations").then().statusCode(412);
        office().body(Map.of("reason", "区级层面调度")).post(path(id) + "/escalations").then()
                .statusCode(201).body("toLevel", equalTo("DISTRICT")).body("newDueDate", equalTo("2026-12-02")); // DISTRICT: 5 days
        office().body(Map.of("reason", "更高")).post(path(id) + "/escalations").then()
                .statusCode(409).contentType(PROBLEM_JSON).body("escalationLevel", equalTo("DISTRICT"));
        office().body(Map.of("reason", " ")).post(path(id) + "/escalations").then()
                .statusCode(422).body("errors[0].field", equalTo("reason"));
        office().get(path(id)).then().statusCode(200)
                .body("escalationLevel", equalTo("DISTRICT"))
                .body("dueDate", equalTo("2026-12-02"))
                .body("escalations.toLevel", contains("LEADER", "DISTRICT"))
                .body("escalations.automatic", contains(false, false));
        office().get(path(id) + "/escalations").then().statusCode(200).body("items", hasSize(2)).body("totalItems", equalTo(2));
        office().get(path(id) + "/escalations/" + first).then().statusCode(200).body("toLevel", equalTo("LEADER"));
        long other = raise(Api.createProject(), problem("DGZ", "2026-12-15"));
        office().get(path(other) + "/escalations/" + first).then().statusCode(404);
        office().get(path(id) + "/history").then().body("items[1].changedFields", hasItems("escalationLevel", "dueDate"));
    }

    @Test
    void rolesAndUnits() {
        long projectId = Api.createProject(); // owned by GCJ
        Map<String, Object> body = problem("GTFJ", "2026-12-15");
        String raise = PROJECTS + "/" + projectId + "/problems";
        Api.reader().body(body).post(raise).then().statusCode(403).contentType(PROBLEM_JSON);
        Api.as(Tokens.leader(3)).body(body).post(raise).then().statusCode(403);
        Api.as(Tokens.unit("GTFJ")).body(body).post(raise).then().statusCode(403); // assigned units do not raise
        long id = Api.as(Tokens.unit("GCJ")).body(body).post(raise).then().statusCode(201).extract().jsonPath().getLong("id");

        move(Api.as(Tokens.unit("FGJ")), id, "IN_PROGRESS", null, null, 403);
        move(Api.reader(), id, "IN_PROGRESS", null, null, 403);
        move(Api.as(Tokens.unit("GTFJ")), id, "IN_PROGRESS", null, null, 200); // the unit it is assigned to works it
        Api.as(Tokens.unit("FGJ")).body(Map.of("reason", "x")).post(path(id) + "/escalations").then().statusCode(403);
        Api.as(Tokens.unit("GTFJ")).body(Map.of("reason", "需分包领导协调")).post(path(id) + "/escalations").then().statusCode(201);
        // reassigning is the project's writers' call, not the assignee's
        Api.as(Tokens.unit("GTFJ")).contentType(MERGE_PATCH).body("{\"responsibleUnitCode\":\"GHJ\"}").patch(path(id)).then()
                .statusCode(403);
        Api.as(Tokens.unit("GCJ")).contentType(MERGE_PATCH).body("{\"responsibleUnitCode\":\"GHJ\"}").patch(path(id)).then()
                .statusCode(200).body("responsibleUnitCode", equalTo("GHJ"));
        move(Api.as(Tokens.unit("GTFJ")), id, "RESOLVED", null, "已解决", 403);
        Api.reader().get(path(id)).then().statusCode(200).body("escalations", hasSize(1));
        Api.reader().get(PROBLEMS + "?projectId=" + projectId).then().statusCode(200);
        io.restassured.RestAssured.given().get(PROBLEMS).then().statusCode(401);
    }

    @Test
    void patchChangesOnlyWritableFields() {
        long id = raise(Api.createProject(), problem("DGZ", "2026-12-15"));
        office().contentType(MERGE_PATCH).header("If-Match", "\"3\"").body("{\"title\":\"新\"}").patch(path(id)).then()
                .statusCode(412);
        office().contentType(MERGE_PATCH).body("{\"category\":\"LAND\",\"dueDate\":\"2026-12-31\",\"description\":null}")
                .patch(path(id)).then().statusCode(200).header("ETag", "\"1\"")
                .body("category", equalTo("LAND")).body("dueDate", equalTo("2026-12-31")).body("description", nullValue());
        office().contentType(MERGE_PATCH).body("{\"status\":\"RESOLVED\"}").patch(path(id)).then()
                .statusCode(422).body("errors[0].field", equalTo("status"));
        office().contentType(MERGE_PATCH).body("{\"escalationLevel\":\"DISTRICT\"}").patch(path(id)).then()
                .statusCode(422).body("errors[0].field", equalTo("escalationLevel"));
        office().contentType(MERGE_PATCH).body("{\"dueDate\":\"2026-11-01\"}").patch(path(id)).then()
                .statusCode(422).body("errors[0].field", equalTo("dueDate"));
        office().contentType(MERGE_PATCH).body("{\"responsibleUnitCode\":\"NOPE\"}").patch(path(id)).then()
                .statusCode(422).body("errors[0].field", equalTo("responsibleUnitCode"));
        // echoing the read-only fields back unchanged is fine
        office().contentType(MERGE_PATCH).body("{\"status\":\"OPEN\",\"escalationLevel\":\"UNIT\",\"title\":\"新标题\"}")
                .patch(path(id)).then().statusCode(200).body("title", equalTo("新标题"));
    }

    @Test
    void listFilters() {
        long projectId = Api.createProject();
        long land = raise(projectId, problem("GTFJ", "2026-11-30"));
        office().contentType(MERGE_PATCH).body("{\"category\":\"LAND\"}").patch(path(land)).then().statusCode(200);
        long funding = raise(projectId, problem("CZJ", "2026-12-10"));
        office().contentType(MERGE_PATCH).body("{\"category\":\"FUNDING\"}").patch(path(funding)).then().statusCode(200);
        long escalated = raise(projectId, problem("DGZ", "2026-12-20"));
        office().body(Map.of("reason", "提级")).post(path(escalated) + "/escalations").then().statusCode(201);
        long closed = raise(projectId, problem("DGZ", "2026-11-28"));
        move(office(), closed, "CLOSED", "重复", null, 200);

        String mine = PROBLEMS + "?projectId=" + projectId;
        office().get(mine).then().body("items.id", contains((int) closed, (int) land, (int) escalated, (int) funding));
        office().get(mine + "&status=OPEN").then().body("items.id", contains((int) land, (int) escalated, (int) funding));
        office().get(mine + "&status=CLOSED,RESOLVED").then().body("items.id", contains((int) closed));
        office().get(mine + "&unit=DGZ").then().body("items.id", contains((int) closed, (int) escalated));
        office().get(mine + "&category=LAND&category=FUNDING").then().body("items.id", contains((int) land, (int) funding));
        office().get(mine + "&escalationLevel=LEADER").then().body("items.id", contains((int) escalated));
        office().get(mine + "&sort=-id").then().body("items.id",
                contains((int) closed, (int) escalated, (int) funding, (int) land));

        // on 1 December, land (30 Nov) is overdue; the closed one (28 Nov) is not, it is closed
        TestClock.at("2026-12-01T10:00");
        office().get(mine + "&overdue=true").then().body("items.id", contains((int) land)).body("items[0].overdue",
                equalTo(true));
        office().get(mine + "&overdue=false").then().body("items.id", contains((int) closed, (int) escalated, (int) funding));
        office().get(path(land)).then().body("overdue", equalTo(true));

        office().get(PROBLEMS + "?status=SOLVED").then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field",
                equalTo("status"));
        office().get(PROBLEMS + "?category=WEATHER").then().statusCode(400).body("errors[0].field", equalTo("category"));
        office().get(PROBLEMS + "?escalationLevel=CITY").then().statusCode(400).body("errors[0].field",
                equalTo("escalationLevel"));
        office().get(PROBLEMS + "?overdue=1").then().statusCode(400).body("errors[0].field", equalTo("overdue"));
        office().get(PROBLEMS + "?projectId=-3").then().statusCode(400).body("errors[0].field", equalTo("projectId"));
        office().get(PROBLEMS + "?updatedSince=yesterday").then().statusCode(400).body("errors[0].field",
                equalTo("updatedSince"));
        office().get(PROBLEMS + "?size=500").then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void unknownProblemsAndIds() {
        office().get(PROBLEMS + "/987654321").then().statusCode(404).contentType(PROBLEM_JSON);
        office().get(PROBLEMS + "/987654321/history").then().statusCode(404);
        office().get(PROBLEMS + "/987654321/escalations").then().statusCode(404);
        office().body(Map.of("toStatus", "IN_PROGRESS")).post(PROBLEMS + "/987654321/transitions").then().statusCode(404);
        office().body(Map.of("reason", "x")).post(PROBLEMS + "/987654321/escalations").then().statusCode(404);
        office().contentType(MERGE_PATCH).body("{}").patch(PROBLEMS + "/987654321").then().statusCode(404);
        office().get(PROBLEMS + "/abc").then().statusCode(400).body("errors[0].field", equalTo("id"));
    }

    @Test
    void retriesWithAnIdempotencyKeyReplayInsteadOfRepeating() {
        long projectId = Api.createProject();
        String key = java.util.UUID.randomUUID().toString();
        String raise = PROJECTS + "/" + projectId + "/problems";
        long id = office().header("Idempotency-Key", key).body(problem("DGZ", "2026-12-15")).post(raise).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        office().header("Idempotency-Key", key).body(problem("DGZ", "2026-12-15")).post(raise).then()
                .statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo((int) id));
        office().header("Idempotency-Key", key).body(problem("GTFJ", "2026-12-15")).post(raise).then().statusCode(422);
        office().get(PROBLEMS + "?projectId=" + projectId).then().body("totalItems", equalTo(1));

        String escalationKey = java.util.UUID.randomUUID().toString();
        office().header("Idempotency-Key", escalationKey).body(Map.of("reason", "提级")).post(path(id) + "/escalations").then()
                .statusCode(201).body("toLevel", equalTo("LEADER"));
        office().header("Idempotency-Key", escalationKey).body(Map.of("reason", "提级")).post(path(id) + "/escalations").then()
                .statusCode(201).header("Idempotent-Replayed", "true").body("toLevel", equalTo("LEADER"));
        office().get(path(id)).then().body("escalationLevel", equalTo("LEADER")).body("escalations", hasSize(1));
    }

    @Test
    void updatedSinceServesIncrementalSync() {
        long projectId = Api.createProject();
        long old = raise(projectId, problem("DGZ", "2026-12-15"));
        TestClock.at("2026-11-28T10:00");
        long fresh = raise(projectId, problem("DGZ", "2026-12-15"));
        String since = "2026-11-28T00:00:00+08:00";
        office().queryParam("projectId", projectId).queryParam("updatedSince", since).get(PROBLEMS).then()
                .statusCode(200).body("items.id", contains((int) fresh));
        office().contentType(MERGE_PATCH).body("{\"title\":\"改\"}").patch(path(old)).then().statusCode(200);
        office().queryParam("projectId", projectId).queryParam("updatedSince", since).get(PROBLEMS).then()
                .statusCode(200).body("items.id", containsInAnyOrder((int) old, (int) fresh));
        office().get("/api/v1/milestones?updatedSince=2099-01-01T00:00:00Z").then().statusCode(200).body("totalItems",
                equalTo(0));
    }

    @Test
    void categoriesStatusesAndLevelsHaveChineseLabels() {
        Api.reader().get("/api/v1/reference/enums").then().statusCode(200)
                .body("items.find { it.type == 'ProblemCategory' }.values.code",
                        contains("LAND", "FUNDING", "APPROVAL", "DEMOLITION", "UTILITIES", "CONSTRUCTION", "OTHER"))
                .body("items.find { it.type == 'ProblemCategory' }.values.find { it.code == 'DEMOLITION' }.name", equalTo("征拆"))
                .body("items.find { it.type == 'ProblemStatus' }.values.code",
                        contains("OPEN", "IN_PROGRESS", "RESOLVED", "CLOSED"))
                .body("items.find { it.type == 'EscalationLevel' }.values.code", contains("UNIT", "LEADER", "DISTRICT"));
    }
}
