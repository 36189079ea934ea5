package gov.district.investment.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import gov.district.investment.support.Api;
import gov.district.investment.support.BusinessTime;
import gov.district.investment.support.TestClock;
import gov.district.investment.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

import static gov.district.investment.support.Api.MERGE_PATCH;
import static gov.district.investment.support.Api.PROBLEM_JSON;
import static gov.district.investment.support.Api.PROJECTS;
import static gov.district.investment.support.Api.office;
import static org.hamcrest.Matchers.*;

@QuarkusTest
@BusinessTime("2026-11-27T10:00")
class MilestoneResourceTest {

    private static String milestones(long projectId) {
        return PROJECTS + "/" + projectId + "/milestones";
    }

    private static Map<String, Object> milestone(String name, String type, String dueDate) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("type", type);
        body.put("dueDate", dueDate);
        return body;
    }

    private static long create(long projectId, Map<String, Object> body) {
        return office().body(body).post(milestones(projectId)).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> step(String name, String type, int days) {
        return Map.of("name", name, "type", type, "durationDays", days);
    }

    @Test
    void createGetListPatchDelete() {
        long projectId = Api.createProject(); // owned by GCJ
        Map<String, Object> body = milestone("取得施工许可证", "CONSTRUCTION_PERMIT", "2026-12-20");
        body.put("responsibleUnitCode", "ZJJ");
        body.put("note", "需规划局先行出具规划条件");
        long id = office().body(body).post(milestones(projectId)).then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/projects/" + projectId + "/milestones/"))
                .header("ETag", "\"0\"")
                .body("projectId", equalTo((int) projectId))
                .body("name", equalTo("取得施工许可证"))
                .body("type", equalTo("CONSTRUCTION_PERMIT"))
                .body("dueDate", equalTo("2026-12-20"))
                .body("doneDate", nullValue())
                .body("responsibleUnitCode", equalTo("ZJJ"))
                .body("status", equalTo("PENDING"))
                .extract().jsonPath().getLong("id");
        // without a unit the milestone belongs to the project's owner unit
        create(projectId, milestone("开工", "START", "2027-01-10"));

        office().get(milestones(projectId) + "/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("note", equalTo("需规划局先行出具规划条件"));
        office().get(milestones(projectId)).then().statusCode(200)
                .body("items.name", contains("取得施工许可证", "开工"))
                .body("items[1].responsibleUnitCode", equalTo("GCJ"))
                .body("totalItems", equalTo(2)).body("page", equalTo(0)).body("size", equalTo(20));
        office().get(milestones(projectId) + "?sort=-dueDate").then().statusCode(200)
                .body("items.name", contains("开工", "取得施工许可证"));

        office().contentType(MERGE_PATCH).body("{\"doneDate\":\"2026-11-25\",\"note\":null}")
                .patch(milestones(projectId) + "/" + id).then()
                .statusCode(200).header("ETag", "\"1\"")
                .body("doneDate", equalTo("2026-11-25")).body("status", equalTo("DONE")).body("note", nullValue());
        // the same values again change nothing
        office().contentType(MERGE_PATCH).body("{\"doneDate\":\"2026-11-25\"}")
                .patch(milestones(projectId) + "/" + id).then().statusCode(200).body("version", equalTo(1));

        office().delete(milestones(projectId) + "/" + id).then().statusCode(204);
        office().get(milestones(projectId) + "/" + id).then().statusCode(404).contentType(PROBLEM_JSON);
        office().get(milestones(projectId) + "/" + id + "/history").then().statusCode(200)
                .body("items.action", contains("CREATED", "UPDATED", "DELETED"))
                .body("items[1].changedFields", containsInAnyOrder("doneDate", "note"))
                .body("items[1].actor", equalTo("test-project-office@test.district.local"));
    }

    @Test
    void statusIsDerivedFromTheBusinessDayInShanghai() {
        long projectId = Api.createProject();
        long yesterday = create(projectId, milestone("用地预审", "LAND", "2026-11-26"));
        long today = create(projectId, milestone("规划许可", "PLANNING_PERMIT", "2026-11-27"));
        long tomorrow = create(projectId, milestone("施工许可", "CONSTRUCTION_PERMIT", "2026-11-28"));
        office().get(milestones(projectId)).then().statusCode(200)
                .body("items.status", contains("OVERDUE", "PENDING", "PENDING"));
        // 16:30 UTC on the 28th is already the 29th in Shanghai: the 28th's milestone is overdue now
        TestClock.at("2026-11-28T16:30:00Z");
        office().get(milestones(projectId) + "/" + tomorrow).then().body("status", equalTo("OVERDUE"));
        office().get(milestones(projectId) + "/" + today).then().body("status", equalTo("OVERDUE"));
        office().contentType(MERGE_PATCH).body("{\"doneDate\":\"2026-11-29\"}")
                .patch(milestones(projectId) + "/" + yesterday).then().statusCode(200).body("status", equalTo("DONE"));
        // ... and the 30th is still the future there
        office().contentType(MERGE_PATCH).body("{\"doneDate\":\"2026-11-30\"}")
                .patch(milestones(projectId) + "/" + today).then()
                .statusCode(422).body("errors[0].field", equalTo("doneDate"));
        office().get(milestones(projectId) + "?sort=dueDate").then()
                .body("items.status", contains("DONE", "OVERDUE", "OVERDUE"));
    }

    @Test
    void planBackwardCountsBackAcrossMonthAndYearEnds() {
        long projectId = Api.createProject();
        office().body(Map.of("targetDate", "2027-01-10", "steps", List.of(
                step("取得施工许可证", "CONSTRUCTION_PERMIT", 5),
                step("开工", "START", 12),
                step("基础完工", "OTHER", 10))))
                .post(milestones(projectId) + "/plan-backward").then()
                .statusCode(201)
                .header("Location", endsWith("/api/v1/projects/" + projectId + "/milestones"))
                .body("items.name", contains("取得施工许可证", "开工", "基础完工"))
                .body("items.type", contains("CONSTRUCTION_PERMIT", "START", "OTHER"))
                .body("items.dueDate", contains("2026-12-19", "2026-12-31", "2027-01-10"))
                .body("items.status", everyItem(equalTo("PENDING")))
                .body("items.responsibleUnitCode", everyItem(equalTo("GCJ")))
                .body("items.id", everyItem(notNullValue()));
        office().get(milestones(projectId)).then().body("totalItems", equalTo(3));
    }

    @Test
    void planBackwardMayStartTodayButNotYesterday() {
        long projectId = Api.createProject();
        // 2026-12-31 − 34 = 2026-11-27, today: accepted
        office().body(Map.of("targetDate", "2026-12-31", "steps", List.of(
                step("立项", "PROJECT_APPROVAL", 10), step("竣工", "COMPLETION", 34))))
                .post(milestones(projectId) + "/plan-backward").then()
                .statusCode(201).body("items.dueDate", contains("2026-11-27", "2026-12-31"));
        // one day more and the first step starts overdue: nothing is created
        office().body(Map.of("targetDate", "2026-12-31", "steps", List.of(
                step("立项", "PROJECT_APPROVAL", 10), step("竣工", "COMPLETION", 35))))
                .post(milestones(projectId) + "/plan-backward").then()
                .statusCode(422).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("steps[0]"))
                .body("firstDueDate", equalTo("2026-11-26"));
        office().body(Map.of("targetDate", "2026-11-01", "steps", List.of(step("竣工", "COMPLETION", 0))))
                .post(milestones(projectId) + "/plan-backward").then().statusCode(422);
        office().get(milestones(projectId)).then().body("totalItems", equalTo(2));
    }

    @Test
    void planBackwardValidation() {
        long projectId = Api.createProject();
        String path = milestones(projectId) + "/plan-backward";
        office().body(Map.of("targetDate", "2027-06-30", "steps", List.of())).post(path).then()
                .statusCode(422).body("errors[0].field", equalTo("steps"));
        office().body(Map.of("targetDate", "2027-06-30", "steps", List.of(step("开工", "START", -1)))).post(path).then()
                .statusCode(422).body("errors[0].field", equalTo("steps[0].durationDays"));
        office().body(Map.of("steps", List.of(step("开工", "START", 1)))).post(path).then()
                .statusCode(422).body("errors[0].field", equalTo("targetDate"));
        office().body(Map.of("targetDate", "2027-06-30", "steps", List.of(step("开工", "BREAK_GROUND", 1)))).post(path).then()
                .statusCode(400).body("errors[0].field", equalTo("steps[0].type"));
        office().body(Map.of("targetDate", "2027-06-30", "steps", List.of(Map.of("name", "开工", "type", "START")))).post(path)
                .then()
                .statusCode(422).body("errors[0].field", equalTo("steps[0].durationDays"));
        Api.reader().body(Map.of("targetDate", "2027-06-30", "steps", List.of(step("开工", "START", 1)))).post(path).then()
                .statusCode(403);
        office().body(Map.of("targetDate", "2027-06-30", "steps", List.of(step("开工", "START", 1))))
                .post(milestones(987654321L) + "/plan-backward").then().statusCode(404);
        office().get(milestones(projectId)).then().body("totalItems", equalTo(0));
    }

    @Test
    void planBackwardReplaysWithAnIdempotencyKey() {
        long projectId = Api.createProject();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("targetDate", "2027-06-30", "steps", List.of(step("竣工", "COMPLETION", 10)));
        office().header("Idempotency-Key", key).body(body).post(milestones(projectId) + "/plan-backward").then()
                .statusCode(201);
        office().header("Idempotency-Key", key).body(body).post(milestones(projectId) + "/plan-backward").then()
                .statusCode(201).header("Idempotent-Replayed", "true").body("items", hasSize(1));
        office().get(milestones(projectId)).then().body("totalItems", equalTo(1));
    }

    @Test
    void aMilestoneIsOnlyReachableUnderItsOwnProject() {
        long mine = Api.createProject();
        long other = Api.createProject();
        long id = create(mine, milestone("开工", "START", "2027-01-10"));
        office().get(milestones(other) + "/" + id).then().statusCode(404).contentType(PROBLEM_JSON);
        office().contentType(MERGE_PATCH).body("{\"name\":\"改\"}").patch(milestones(other) + "/" + id).then().statusCode(404);
        office().delete(milestones(other) + "/" + id).then().statusCode(404);
        office().get(milestones(other) + "/" + id + "/history").then().statusCode(404);
        office().get(milestones(mine) + "/" + id).then().statusCode(200).body("name", equalTo("开工"));
        office().get(milestones(987654321L)).then().statusCode(404);
        office().body(milestone("开工", "START", "2027-01-10")).post(milestones(987654321L)).then().statusCode(404);
        office().get(milestones(mine) + "/abc").then().statusCode(400).body("errors[0].field", equalTo("milestoneId"));
        office().get(PROJECTS + "/abc/milestones").then().statusCode(400).body("errors[0].field", equalTo("id"));
    }

    @Test
    void validationAndPreconditions() {
        long projectId = Api.createProject();
        Map<String, Object> unknownUnit = milestone("开工", "START", "2027-01-10");
        unknownUnit.put("responsibleUnitCode", "NOPE");
        office().body(unknownUnit).post(milestones(projectId)).then()
                .statusCode(422).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("responsibleUnitCode"));
        Map<String, Object> doneTomorrow = milestone("开工", "START", "2027-01-10");
        doneTomorrow.put("doneDate", "2026-11-28");
        office().body(doneTomorrow).post(milestones(projectId)).then().statusCode(422).body("errors[0].field",
                equalTo("doneDate"));
        office().body(Map.of("name", "开工", "type", "START")).post(milestones(projectId)).then()
                .statusCode(422).body("errors[0].field", equalTo("dueDate"));
        office().body(milestone("开工", "GROUNDBREAKING", "2027-01-10")).post(milestones(projectId)).then()
                .statusCode(400).body("errors[0].field", equalTo("type"));
        office().body(milestone("", "START", "2027-01-10")).post(milestones(projectId)).then()
                .statusCode(422).body("errors[0].field", equalTo("name"));

        long id = create(projectId, milestone("开工", "START", "2027-01-10"));
        String path = milestones(projectId) + "/" + id;
        office().contentType(MERGE_PATCH).header("If-Match", "\"7\"").body("{\"name\":\"开工仪式\"}").patch(path).then()
                .statusCode(412).header("ETag", "\"0\"");
        office().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"name\":\"开工仪式\"}").patch(path).then()
                .statusCode(200).header("ETag", "\"1\"");
        office().contentType(MERGE_PATCH).body("{\"status\":\"DONE\"}").patch(path).then()
                .statusCode(422).body("errors[0].field", equalTo("status"));
        office().contentType(MERGE_PATCH).body("{\"dueDate\":null}").patch(path).then()
                .statusCode(422).body("errors[0].field", equalTo("dueDate"));
        office().contentType(MERGE_PATCH).body("{\"responsibleUnitCode\":\"NOPE\"}").patch(path).then()
                .statusCode(422).body("errors[0].field", equalTo("responsibleUnitCode"));
        office().contentType(MERGE_PATCH).body("{\"owner\":\"x\"}").patch(path).then()
                .statusCode(400).body("errors[0].field", equalTo("owner"));
        office().header("If-Match", "\"0\"").delete(path).then().statusCode(412);
        office().header("If-Match", "\"1\"").delete(path).then().statusCode(204);
    }

    @Test
    void unitsWriteOnlyTheirOwnProjectsSchedulesAndReadersRead() {
        long projectId = Api.createProject(); // owned by GCJ
        Map<String, Object> body = milestone("开工", "START", "2027-01-10");
        Api.reader().body(body).post(milestones(projectId)).then().statusCode(403).contentType(PROBLEM_JSON);
        Api.as(Tokens.leader(3)).body(body).post(milestones(projectId)).then().statusCode(403);
        Api.as(Tokens.unit("FGJ")).body(body).post(milestones(projectId)).then().statusCode(403);
        long id = Api.as(Tokens.unit("GCJ")).body(body).post(milestones(projectId)).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Api.as(Tokens.unit("FGJ")).contentType(MERGE_PATCH).body("{\"name\":\"改\"}")
                .patch(milestones(projectId) + "/" + id).then().statusCode(403);
        Api.as(Tokens.unit("FGJ")).delete(milestones(projectId) + "/" + id).then().statusCode(403);
        Api.as(Tokens.unit("GCJ")).contentType(MERGE_PATCH).body("{\"doneDate\":\"2026-11-27\"}")
                .patch(milestones(projectId) + "/" + id).then().statusCode(200);
        Api.reader().get(milestones(projectId)).then().statusCode(200).body("totalItems", equalTo(1));
        Api.reader().get("/api/v1/milestones?projectId=" + projectId).then().statusCode(200).body("totalItems", equalTo(1));
        io.restassured.RestAssured.given().get(milestones(projectId)).then().statusCode(401);
    }

    @Test
    void crossProjectViewFilters() {
        long a = Api.createProject();
        long b = Api.createProject();
        Map<String, Object> late = milestone("用地预审", "LAND", "2026-11-20");
        late.put("responsibleUnitCode", "GTFJ");
        long lateA = create(a, late);
        long soonA = create(a, milestone("开工", "START", "2026-12-05"));
        long doneB = create(b, milestone("立项", "PROJECT_APPROVAL", "2026-11-01"));
        office().contentType(MERGE_PATCH).body("{\"doneDate\":\"2026-11-02\"}").patch(milestones(b) + "/" + doneB).then()
                .statusCode(200);
        long laterB = create(b, milestone("竣工", "COMPLETION", "2027-06-30"));

        String all = "/api/v1/milestones?projectId=";
        office().get(all + a).then().statusCode(200).body("items.id", contains((int) lateA, (int) soonA));
        office().get(all + a + "&overdue=true").then().body("items.id", contains((int) lateA))
                .body("items[0].status", equalTo("OVERDUE"));
        office().get(all + b + "&overdue=true").then().body("totalItems", equalTo(0));
        office().get(all + b + "&overdue=false").then().body("items.id", contains((int) doneB, (int) laterB));
        office().get(all + a + "&unit=GTFJ").then().body("items.id", contains((int) lateA));
        office().get(all + b + "&dueBefore=2027-06-30").then().body("items.id", contains((int) doneB));
        office().get(all + b + "&type=COMPLETION,START").then().body("items.id", contains((int) laterB));
        office().get("/api/v1/milestones?overdue=true&unit=GTFJ&size=200").then().statusCode(200)
                .body("items.id", hasItem((int) lateA))
                .body("items.status", everyItem(equalTo("OVERDUE")))
                .body("items.responsibleUnitCode", everyItem(equalTo("GTFJ")));
        office().get("/api/v1/milestones?overdue=maybe").then().statusCode(400).body("errors[0].field", equalTo("overdue"));
        office().get("/api/v1/milestones?dueBefore=31.12.2026").then().statusCode(400).body("errors[0].field",
                equalTo("dueBefore"));
        office().get("/api/v1/milestones?projectId=x").then().statusCode(400).body("errors[0].field", equalTo("projectId"));
        office().get("/api/v1/milestones?type=NOPE").then().statusCode(400).body("errors[0].field", equalTo("type"));
        office().get("/api/v1/milestones?sort=colour").then().statusCode(400).body("errors[0].field", equalTo("sort"));
    }

    @Test
    void typesAndStatusesHaveChineseLabels() {
        Api.reader().get("/api/v1/reference/enums").then().statusCode(200)
                .body("items.find { it.type == 'MilestoneType' }.values.find { it.code == 'TOPPING_OUT' }.name",
                        equalTo("主体封顶"))
                .body("items.find { it.type == 'MilestoneType' }.values.code", contains("PROJECT_APPROVAL", "LAND",
                        "PLANNING_PERMIT", "CONSTRUCTION_PERMIT", "START", "TOPPING_OUT", "COMPLETION", "OPERATION", "OTHER"))
                .body("items.find { it.type == 'MilestoneStatus' }.values.code", contains("PENDING", "DONE", "OVERDUE"));
    }

    @Test
    void deletingAPlanningProjectTakesItsScheduleWithIt() {
        long projectId = Api.createProject();
        long id = create(projectId, milestone("立项", "PROJECT_APPROVAL", "2026-12-01"));
        office().delete(PROJECTS + "/" + projectId).then().statusCode(204);
        office().get("/api/v1/milestones?projectId=" + projectId).then().statusCode(200).body("totalItems", equalTo(0));
        Api.admin().get(PROJECTS + "/" + projectId + "/history").then().statusCode(200);
        office().get(milestones(projectId) + "/" + id).then().statusCode(404);
    }
}
