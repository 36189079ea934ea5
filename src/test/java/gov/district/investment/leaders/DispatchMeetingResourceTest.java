package gov.district.investment.leaders;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import gov.district.investment.support.Api;
import gov.district.investment.support.BusinessTime;
import gov.district.investment.support.TestClock;
import gov.district.investment.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

import static gov.district.investment.leaders.Fixtures.DECISIONS;
import static gov.district.investment.leaders.Fixtures.LEADERS;
import static gov.district.investment.leaders.Fixtures.MEETINGS;
import static gov.district.investment.support.Api.MERGE_PATCH;
import static gov.district.investment.support.Api.PROBLEM_JSON;
import static gov.district.investment.support.Api.office;
import static org.hamcrest.Matchers.*;

@QuarkusTest
@BusinessTime("2026-11-27T10:00")
class DispatchMeetingResourceTest {

    @Test
    void meetingsRunByTheOfficeOrTheirChair() {
        long chair = Fixtures.createLeader("常务副区长");
        long project = Fixtures.keyProject();
        long id = office().body(Fixtures.meetingBody("LEADER", chair, List.of(project))).post(MEETINGS).then()
                .statusCode(201).header("ETag", "\"0\"").header("Location", containsString(MEETINGS + "/"))
                .body("level", equalTo("LEADER"))
                .body("chairLeaderId", equalTo((int) chair))
                .body("attendees", contains("发改局", "国土分局"))
                .body("projectIds", contains((int) project))
                .extract().jsonPath().getLong("id");
        office().get(MEETINGS + "/" + id).then().statusCode(200).header("ETag", "\"0\"").body("title", equalTo("重点项目调度会"));
        // the chair writes the minutes; another leader may not
        Api.as(Tokens.leader(chair)).contentType(MERGE_PATCH).body("{\"minutes\":\"一、征拆协议12月15日前签订。\"}")
                .patch(MEETINGS + "/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("minutes", equalTo("一、征拆协议12月15日前签订。"));
        Api.as(Tokens.leader(chair + 1000)).contentType(MERGE_PATCH).body("{\"minutes\":\"x\"}")
                .patch(MEETINGS + "/" + id).then().statusCode(403);
        Api.as(Tokens.leader(String.valueOf(chair))).contentType(MERGE_PATCH).header("If-Match", "\"0\"")
                .body("{\"minutes\":\"y\"}")
                .patch(MEETINGS + "/" + id).then().statusCode(412);
        office().contentType(MERGE_PATCH).body("{\"projectIds\":[987654321]}").patch(MEETINGS + "/" + id).then()
                .statusCode(422).body("errors[0].field", equalTo("projectIds[0]"));
        office().get(MEETINGS + "/" + id + "/history").then().statusCode(200)
                .body("items.action", contains("CREATED", "UPDATED"))
                .body("items[1].actor", equalTo("test-leader-" + chair + "@test.district.local"));

        // a leader records its own meetings only
        Api.as(Tokens.leader(chair)).body(Fixtures.meetingBody("LEADER", chair, List.of())).post(MEETINGS).then()
                .statusCode(201);
        Api.as(Tokens.leader(chair)).body(Fixtures.meetingBody("LEADER", chair + 1000, List.of())).post(MEETINGS).then()
                .statusCode(403);
        Api.as(Tokens.leader(chair)).body(Fixtures.meetingBody("DISTRICT", null, List.of())).post(MEETINGS).then()
                .statusCode(403);
        Api.as(Tokens.unit("GCJ")).body(Fixtures.meetingBody("UNIT", null, List.of())).post(MEETINGS).then().statusCode(403);
        office().body(Fixtures.meetingBody("DISTRICT", null, List.of(project))).post(MEETINGS).then().statusCode(201);

        office().queryParam("chairLeaderId", chair).get(MEETINGS).then().statusCode(200).body("totalItems", equalTo(2));
        office().queryParam("chairLeaderId", chair).queryParam("level", "DISTRICT").get(MEETINGS).then().body("totalItems",
                equalTo(0));
        office().queryParam("level", "WEEKLY").get(MEETINGS).then().statusCode(400).body("errors[0].field", equalTo("level"));
    }

    @Test
    void meetingRules() {
        long inactive = Fixtures.createLeader();
        office().contentType(MERGE_PATCH).body("{\"active\":false}").patch(LEADERS + "/" + inactive).then().statusCode(200);
        office().body(Fixtures.meetingBody("LEADER", null, List.of())).post(MEETINGS).then()
                .statusCode(422).body("errors[0].field", equalTo("chairLeaderId"));
        office().body(Fixtures.meetingBody("LEADER", inactive, List.of())).post(MEETINGS).then()
                .statusCode(422).body("errors[0].field", equalTo("chairLeaderId"));
        office().body(Fixtures.meetingBody("DISTRICT", 987654321L, List.of())).post(MEETINGS).then()
                .statusCode(422).body("errors[0].field", equalTo("chairLeaderId"));
        office().body(Fixtures.meetingBody("DISTRICT", null, List.of(987654321L))).post(MEETINGS).then()
                .statusCode(422).body("errors[0].field", equalTo("projectIds[0]"));
        Map<String, Object> noTitle = Fixtures.meetingBody("DISTRICT", null, List.of());
        noTitle.remove("title");
        office().body(noTitle).post(MEETINGS).then().statusCode(422).body("errors[0].field", equalTo("title"));
        Map<String, Object> badLevel = Fixtures.meetingBody("WEEKLY", null, List.of());
        office().body(badLevel).post(MEETINGS).then().statusCode(400).body("errors[0].field", equalTo("level"));
        office().get(MEETINGS + "/987654321").then().statusCode(404).contentType(PROBLEM_JSON);
        office().get(MEETINGS + "/x").then().statusCode(400);
        office().get(MEETINGS + "/987654321/decisions").then().statusCode(404);
        office().get(MEETINGS + "/987654321/history").then().statusCode(404);
    }

    @Test
    void decisionsTakeUpProblemsAndAreFollowedUntilClosed() {
        long chair = Fixtures.createLeader();
        long project = Fixtures.keyProject();
        long other = Fixtures.keyProject();
        long problem = Fixtures.raiseProblem(project, "DGZ", "2026-12-20");
        long meeting = Fixtures.createMeeting("LEADER", chair, List.of(project));
        String decide = MEETINGS + "/" + meeting + "/decisions";

        long id = office().body(Fixtures.decisionBody(null, problem, "GTFJ", "2026-12-15")).post(decide).then()
                .statusCode(201).header("ETag", "\"0\"").header("Location", containsString(DECISIONS + "/"))
                .body("status", equalTo("OPEN"))
                .body("projectId", equalTo((int) project)) // the problem's project
                .body("problemId", equalTo((int) problem))
                .body("meetingId", equalTo((int) meeting))
                .extract().jsonPath().getLong("id");
        office().get("/api/v1/problems/" + problem).then().body("status", equalTo("IN_PROGRESS"));
        // a second decision on a problem already in progress leaves it there
        Api.as(Tokens.leader(chair)).body(Fixtures.decisionBody(project, problem, "GTFJ", "2026-12-31")).post(decide).then()
                .statusCode(201);
        office().get("/api/v1/problems/" + problem).then().body("status", equalTo("IN_PROGRESS")).body("version", equalTo(1));

        office().body(Fixtures.decisionBody(other, problem, "GTFJ", "2026-12-15")).post(decide).then()
                .statusCode(422).body("errors[0].field", equalTo("problemId"));
        office().body(Fixtures.decisionBody(project, 987654321L, "GTFJ", "2026-12-15")).post(decide).then()
                .statusCode(422).body("errors[0].field", equalTo("problemId"));
        office().body(Fixtures.decisionBody(987654321L, null, "GTFJ", "2026-12-15")).post(decide).then()
                .statusCode(422).body("errors[0].field", equalTo("projectId"));
        office().body(Fixtures.decisionBody(project, null, "NOPE", "2026-12-15")).post(decide).then()
                .statusCode(422).body("errors[0].field", equalTo("responsibleUnitCode"));
        office().body(Fixtures.decisionBody(project, null, "GTFJ", "2026-11-26")).post(decide).then()
                .statusCode(422).body("errors[0].field", equalTo("dueDate"));
        office().body(Fixtures.decisionBody(project, null, "GTFJ", "2026-12-15")).post(MEETINGS + "/987654321/decisions").then()
                .statusCode(404);
        Api.as(Tokens.leader(chair + 1000)).body(Fixtures.decisionBody(project, null, "GTFJ", "2026-12-15")).post(decide).then()
                .statusCode(403);

        long resolved = Fixtures.raiseProblem(project, "DGZ", "2026-12-20");
        office().body(Map.of("toStatus", "IN_PROGRESS")).post("/api/v1/problems/" + resolved + "/transitions").then()
                .statusCode(200);
        office().body(Map.of("toStatus", "RESOLVED", "resolution", "已解决")).post("/api/v1/problems/" + resolved + "/transitions")
                .then().statusCode(200);
        office().body(Fixtures.decisionBody(project, resolved, "GTFJ", "2026-12-15")).post(decide).then()
                .statusCode(409).body("currentStatus", equalTo("RESOLVED"));
        office().get(decide).then().statusCode(200).body("totalItems", equalTo(2));

        // closing: the chair, a leader of the project, the office; not others
        Api.as(Tokens.leader(chair + 1000)).body(Map.of("note", "x")).post(DECISIONS + "/" + id + "/close").then()
                .statusCode(403);
        Api.as(Tokens.unit("GTFJ")).body(Map.of("note", "x")).post(DECISIONS + "/" + id + "/close").then().statusCode(403);
        office().header("If-Match", "\"3\"").body(Map.of("note", "x")).post(DECISIONS + "/" + id + "/close").then()
                .statusCode(412);
        Api.as(Tokens.leader(chair)).body(Map.of("note", "征拆协议已全部签订")).post(DECISIONS + "/" + id + "/close").then()
                .statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("DONE"))
                .body("closeNote", equalTo("征拆协议已全部签订"))
                .body("closedBy", equalTo("test-leader-" + chair + "@test.district.local"));
        office().body(Map.of()).post(DECISIONS + "/" + id + "/close").then().statusCode(409);
        office().get(DECISIONS + "/" + id + "/history").then().statusCode(200).body("items.action",
                contains("CREATED", "UPDATED"));

        long assisting = Fixtures.createLeader();
        Fixtures.assign(project, assisting, "ASSIST", null);
        long second = office().queryParam("meetingId", meeting).queryParam("status", "OPEN").get(DECISIONS).then()
                .body("totalItems", equalTo(1)).extract().jsonPath().getLong("items[0].id");
        Api.as(Tokens.leader(assisting)).body(Map.of()).post(DECISIONS + "/" + second + "/close").then().statusCode(200);

        office().get(DECISIONS + "/987654321").then().statusCode(404);
        office().body(Map.of()).post(DECISIONS + "/987654321/close").then().statusCode(404);
        office().queryParam("status", "LATE").get(DECISIONS).then().statusCode(400).body("errors[0].field", equalTo("status"));
        office().queryParam("overdue", "x").get(DECISIONS).then().statusCode(400);
    }

    @Test
    @BusinessTime("2026-11-01T10:00")
    void decisionStatusIsDerivedAndFiltered() {
        long chair = Fixtures.createLeader();
        long project = Fixtures.keyProject();
        long meeting = Fixtures.createMeeting("LEADER", chair, List.of(project));
        long late = Fixtures.createDecision(meeting, project, null, "FGJ", "2026-11-10");
        long onTime = Fixtures.createDecision(meeting, project, null, "ZJJ", "2026-12-10");
        TestClock.at("2026-11-27T10:00");
        office().get(DECISIONS + "/" + late).then().body("status", equalTo("OVERDUE"));
        office().get(DECISIONS + "/" + onTime).then().body("status", equalTo("OPEN"));
        office().queryParam("meetingId", meeting).queryParam("status", "OVERDUE").get(DECISIONS).then()
                .body("items.id", contains((int) late));
        office().queryParam("meetingId", meeting).queryParam("overdue", "true").get(DECISIONS).then()
                .body("items.id", contains((int) late));
        office().queryParam("meetingId", meeting).queryParam("overdue", "false").get(DECISIONS).then()
                .body("items.id", contains((int) onTime));
        office().queryParam("meetingId", meeting).queryParam("status", "OPEN,OVERDUE").get(DECISIONS).then()
                .body("items.id", contains((int) late, (int) onTime));
        office().queryParam("meetingId", meeting).queryParam("unit", "ZJJ").get(DECISIONS).then()
                .body("items.id", contains((int) onTime));
        // leaderId: decisions of meetings the leader chaired or on its current projects
        office().queryParam("leaderId", chair).get(DECISIONS).then().body("items.id", contains((int) late, (int) onTime));
        long lead = Fixtures.createLeader();
        office().queryParam("leaderId", lead).get(DECISIONS).then().body("totalItems", equalTo(0));
        Fixtures.assign(project, lead, "LEAD", null);
        office().queryParam("leaderId", lead).queryParam("status", "OVERDUE").get(DECISIONS).then().body("items.id",
                contains((int) late));
        office().body(Map.of()).post(DECISIONS + "/" + late + "/close").then().statusCode(200).body("status", equalTo("DONE"));
        office().queryParam("leaderId", lead).queryParam("status", "DONE").get(DECISIONS).then().body("items.id",
                contains((int) late));
        office().queryParam("leaderId", lead).queryParam("overdue", "true").get(DECISIONS).then().body("totalItems",
                equalTo(0));
    }

    @Test
    void attendeesAtEveryLimitAreStoredWhole() {
        // 60 names of 50 characters that JSON must escape: over 6,000 characters in the column
        List<String> attendees = java.util.stream.IntStream.range(0, 60)
                .mapToObj(i -> String.format("%02d", i) + "\"".repeat(48)).toList();
        Map<String, Object> body = Fixtures.meetingBody("DISTRICT", null, List.of(Api.createProject()));
        body.put("attendees", attendees);
        long id = office().body(body).post(MEETINGS).then().statusCode(201).extract().jsonPath().getLong("id");
        office().get(MEETINGS + "/" + id).then().statusCode(200).body("attendees", equalTo(attendees));
    }
}
