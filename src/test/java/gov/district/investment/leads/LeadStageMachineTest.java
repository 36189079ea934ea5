package gov.district.investment.leads;

import java.util.Map;

import org.junit.jupiter.api.Test;

import gov.district.investment.support.BusinessTime;
import io.quarkus.test.junit.QuarkusTest;

import static gov.district.investment.leads.LeadFixtures.LEADS;
import static gov.district.investment.leads.LeadFixtures.bureau;
import static gov.district.investment.support.Api.MERGE_PATCH;
import static gov.district.investment.support.Api.PROBLEM_JSON;
import static org.hamcrest.Matchers.*;

@QuarkusTest
@BusinessTime("2026-11-27T10:00")
class LeadStageMachineTest {

    @Test
    void fromClueToLandedOneStepAtATime() {
        long id = LeadFixtures.createLead();
        String path = LEADS + "/" + id + "/transitions";
        bureau().body(Map.of("toStage", "SIGNED", "signedDate", "2026-10-18", "contractInvestment", 1)).post(path).then()
                .statusCode(409).contentType(PROBLEM_JSON)
                .body("type", endsWith("illegal-transition")).body("currentStage", equalTo("CLUE"))
                .body("allowedTargets", containsInAnyOrder("CONTACTED", "DROPPED"));
        bureau().body(Map.of("toStage", "CONTACTED", "effectiveDate", "2026-09-01")).post(path).then().statusCode(201)
                .header("Location", containsString(path + "/")).header("ETag", "\"1\"")
                .body("fromStage", equalTo("CLUE")).body("toStage", equalTo("CONTACTED"))
                .body("effectiveDate", equalTo("2026-09-01")).body("actor", containsString("investment-bureau"));
        bureau().body(Map.of("toStage", "NEGOTIATING", "effectiveDate", "2026-08-01")).post(path).then().statusCode(422)
                .body("errors[0].field", equalTo("effectiveDate"));
        bureau().body(Map.of("toStage", "NEGOTIATING", "effectiveDate", "2026-11-28")).post(path).then().statusCode(422)
                .body("errors[0].field", equalTo("effectiveDate"));
        bureau().body(Map.of("toStage", "NEGOTIATING")).post(path).then().statusCode(201).body("effectiveDate",
                equalTo("2026-11-27"));
        // SIGNED carries the signing date and the contract investment
        bureau().body(Map.of("toStage", "SIGNED")).post(path).then().statusCode(422)
                .body("errors.field", containsInAnyOrder("signedDate", "contractInvestment"));
        bureau().body(Map.of("toStage", "SIGNED", "signedDate", "2026-11-20")).post(path).then().statusCode(422)
                .body("errors.field", contains("contractInvestment"));
        bureau().body(Map.of("toStage", "SIGNED", "signedDate", "2026-12-20", "contractInvestment", 5)).post(path).then()
                .statusCode(422)
                .body("errors.field", hasItem("signedDate"));
        bureau().body(Map.of("toStage", "SIGNED", "contractInvestment", 0, "signedDate", "2026-11-27")).post(path).then()
                .statusCode(422)
                .body("errors[0].field", equalTo("contractInvestment"));
        bureau().header("If-Match", "\"1\"")
                .body(Map.of("toStage", "SIGNED", "signedDate", "2026-11-27", "contractInvestment", 130000))
                .post(path).then().statusCode(412);
        bureau().body(Map.of("toStage", "SIGNED", "signedDate", "2026-11-27", "contractInvestment", 130000)).post(path).then()
                .statusCode(201).body("effectiveDate", equalTo("2026-11-27"));
        bureau().get(LEADS + "/" + id).then().body("stage", equalTo("SIGNED")).body("signedDate", equalTo("2026-11-27"))
                .body("contractInvestment", equalTo(130000.00f)).body("convertible", equalTo(true))
                .body("allowedTargets", containsInAnyOrder("LANDED", "DROPPED"));
        bureau().body(Map.of("toStage", "CONVERTED")).post(path).then().statusCode(409)
                .body("detail", containsString("/convert"));
        bureau().body(Map.of("toStage", "LANDED")).post(path).then().statusCode(201);
        bureau().get(path).then().statusCode(200)
                .body("items.toStage", contains("CONTACTED", "NEGOTIATING", "SIGNED", "LANDED"));
        long first = bureau().get(path).then().extract().jsonPath().getLong("items[0].id");
        bureau().get(path + "/" + first).then().statusCode(200).body("toStage", equalTo("CONTACTED"));
        bureau().get(path + "/987654321").then().statusCode(404);
        bureau().get(LEADS + "/" + id + "/history").then().body("items[4].changedFields", hasItems("stage"));
    }

    @Test
    void droppedFromAnyOpenStageReopensToTheStageItLeft() {
        long id = LeadFixtures.createLead();
        String path = LEADS + "/" + id + "/transitions";
        LeadFixtures.move(id, "CONTACTED");
        LeadFixtures.move(id, "NEGOTIATING");
        bureau().body(Map.of("toStage", "DROPPED")).post(path).then().statusCode(422).body("errors[0].field",
                equalTo("reason"));
        bureau().body(Map.of("toStage", "DROPPED", "reason", "客商投资方向调整")).post(path).then().statusCode(201)
                .body("reason", equalTo("客商投资方向调整"));
        bureau().get(LEADS + "/" + id).then().body("stage", equalTo("DROPPED")).body("droppedFrom", equalTo("NEGOTIATING"))
                .body("allowedTargets", contains("NEGOTIATING")).body("stale", equalTo(false));
        bureau().body(Map.of("toStage", "CONTACTED")).post(path).then().statusCode(409).body("allowedTargets",
                contains("NEGOTIATING"));
        bureau().body(Map.of("kind", "CALL", "summary", "回访")).post(LEADS + "/" + id + "/follow-ups").then().statusCode(409)
                .body("detail", containsString("reopen"));
        bureau().body(Map.of("toStage", "NEGOTIATING", "reason", "客商重启合作")).post(path).then().statusCode(201);
        bureau().get(LEADS + "/" + id).then().body("stage", equalTo("NEGOTIATING")).body("droppedFrom", nullValue());
        // a lead can be dropped straight from a CLUE and from LANDED too
        long clue = LeadFixtures.createLead();
        LeadFixtures.move(clue, "DROPPED");
        bureau().get(LEADS + "/" + clue).then().body("droppedFrom", equalTo("CLUE"));
    }

    @Test
    void followUpsMoveTheLeadsDates() {
        long id = LeadFixtures.createLead();
        String path = LEADS + "/" + id + "/follow-ups";
        long visit = bureau().body(Map.of("date", "2026-11-20", "kind", "VISIT", "summary", "赴义乌拜访集团投资部",
                "nextStep", "邀请客商来区考察", "nextFollowUpDate", "2026-12-10")).post(path).then().statusCode(201)
                .header("Location", containsString(path + "/"))
                .body("kind", equalTo("VISIT")).body("date", equalTo("2026-11-20")).body("nextStep", equalTo("邀请客商来区考察"))
                .extract().jsonPath().getLong("id");
        bureau().get(LEADS + "/" + id).then().body("lastFollowUpDate", equalTo("2026-11-20"))
                .body("nextFollowUpDate", equalTo("2026-12-10")).header("ETag", "\"1\"");
        // an older follow-up entered late is listed but moves nothing
        bureau().body(Map.of("date", "2026-11-02", "kind", "CALL", "summary", "电话初步沟通", "nextFollowUpDate", "2026-11-10"))
                .post(path).then().statusCode(201);
        bureau().get(LEADS + "/" + id).then().body("lastFollowUpDate", equalTo("2026-11-20")).body("nextFollowUpDate",
                equalTo("2026-12-10"));
        // default today
        bureau().body(Map.of("kind", "INSPECTION", "summary", "客商来区实地考察临港物流园")).post(path).then().statusCode(201)
                .body("date", equalTo("2026-11-27"));
        bureau().get(LEADS + "/" + id).then().body("lastFollowUpDate", equalTo("2026-11-27")).body("nextFollowUpDate",
                nullValue());
        bureau().get(path).then().statusCode(200).body("totalItems", equalTo(3))
                .body("items.date", contains("2026-11-27", "2026-11-20", "2026-11-02"));
        bureau().get(path + "/" + visit).then().statusCode(200).body("summary", equalTo("赴义乌拜访集团投资部"));
        bureau().get(path + "/987654321").then().statusCode(404);

        bureau().body(Map.of("date", "2026-11-28", "kind", "CALL", "summary", "x")).post(path).then().statusCode(422)
                .body("errors[0].field", equalTo("date"));
        bureau().body(Map.of("date", "2026-11-20", "kind", "CALL", "summary", "x", "nextFollowUpDate", "2026-11-19")).post(path)
                .then().statusCode(422).body("errors[0].field", equalTo("nextFollowUpDate"));
        bureau().body(Map.of("kind", "CALL")).post(path).then().statusCode(422).body("errors[0].field", equalTo("summary"));
        bureau().body(Map.of("summary", "x")).post(path).then().statusCode(422).body("errors[0].field", equalTo("kind"));
        bureau().body(Map.of("kind", "EMAIL", "summary", "x")).post(path).then().statusCode(400);
        bureau().body(Map.of("kind", "CALL", "summary", "x")).post(LEADS + "/987654321/follow-ups").then().statusCode(404);
        // follow-up dates are the server's
        bureau().contentType(MERGE_PATCH).body("{\"lastFollowUpDate\":\"2026-11-01\"}").patch(LEADS + "/" + id).then()
                .statusCode(422);
    }
}
