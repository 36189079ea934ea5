package gov.district.investment.leads;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import gov.district.investment.support.Api;
import gov.district.investment.support.BusinessTime;
import gov.district.investment.support.TestClock;
import gov.district.investment.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

import static gov.district.investment.leads.LeadFixtures.LEADS;
import static gov.district.investment.leads.LeadFixtures.bureau;
import static gov.district.investment.leads.LeadFixtures.unit;
import static gov.district.investment.support.Api.MERGE_PATCH;
import static gov.district.investment.support.Api.PROBLEM_JSON;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

@QuarkusTest
@BusinessTime("2026-11-27T10:00")
class LeadResourceTest {

    @Test
    void createReadChangeAndHistory() {
        long investor = LeadFixtures.createInvestor();
        Map<String, Object> body = LeadFixtures.leadBody(investor, "ZSJ");
        body.put("foreignCapitalUsd", new BigDecimal("2000"));
        long id = bureau().body(body).post(LEADS).then().statusCode(201)
                .header("Location", containsString("/api/v1/leads/")).header("ETag", "\"0\"")
                .body("title", equalTo(body.get("title")))
                .body("investorId", equalTo((int) investor))
                .body("investorName", startsWith("浙江中国小商品城集团"))
                .body("channel", equalTo("BUSINESS_REFERRAL")).body("chainRole", equalTo("CHAIN_FILLING"))
                .body("intendedInvestment", equalTo(150000.00f)).body("foreignCapitalUsd", equalTo(2000.00f))
                .body("landAreaMu", equalTo(320.00f)).body("handlerName", equalTo("刘海涛"))
                .body("stage", equalTo("CLUE")).body("allowedTargets", containsInAnyOrder("CONTACTED", "DROPPED"))
                .body("convertible", equalTo(false)).body("duplicateConfirmed", equalTo(false))
                .body("stale", equalTo(false)).body("projectId", nullValue()).body("$", not(hasKey("project")))
                .extract().jsonPath().getLong("id");
        bureau().get(LEADS + "/" + id).then().statusCode(200).header("ETag", "\"0\"").body("nextFollowUpDate",
                equalTo("2026-12-05"));

        bureau().contentType(MERGE_PATCH).header("If-Match", "\"0\"")
                .body("{\"handlerName\":\"赵磊\",\"foreignCapitalUsd\":null}")
                .patch(LEADS + "/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("handlerName", equalTo("赵磊")).body("foreignCapitalUsd", nullValue());
        bureau().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"note\":\"x\"}")
                .patch(LEADS + "/" + id).then().statusCode(412).contentType(PROBLEM_JSON);
        // the whole view echoed back is no change
        String view = bureau().get(LEADS + "/" + id).then().extract().asString();
        bureau().contentType(MERGE_PATCH).body(view).patch(LEADS + "/" + id).then().statusCode(200).header("ETag", "\"1\"");
        bureau().contentType(MERGE_PATCH).body("{\"stage\":\"SIGNED\"}").patch(LEADS + "/" + id).then().statusCode(422)
                .body("errors[0].field", equalTo("stage")).body("errors[0].message", containsString("/transitions"));
        bureau().contentType(MERGE_PATCH).body("{\"lastFollowUpDate\":\"2026-11-01\"}").patch(LEADS + "/" + id).then()
                .statusCode(422)
                .body("errors[0].field", equalTo("lastFollowUpDate"));
        bureau().contentType(MERGE_PATCH).body("{\"title\":\"\"}").patch(LEADS + "/" + id).then().statusCode(422)
                .body("errors[0].field", equalTo("title"));
        bureau().contentType(MERGE_PATCH).body("{\"areaCode\":\"MOON\"}").patch(LEADS + "/" + id).then().statusCode(422)
                .body("errors[0].field", equalTo("areaCode"));

        bureau().get(LEADS + "/" + id + "/history").then().statusCode(200)
                .body("items.action", contains("CREATED", "UPDATED"))
                .body("items[1].changedFields", hasItems("handlerName", "foreignCapitalUsd"));
    }

    @Test
    void listFilters() {
        long investor = LeadFixtures.createInvestor();
        String investorName = bureau().get(LeadFixtures.INVESTORS + "/" + investor).then().extract().path("name");
        Map<String, Object> a = LeadFixtures.leadBody(investor, "ZSJ");
        long first = bureau().body(a).post(LEADS).then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> b = LeadFixtures.leadBody(investor, "ZSJ");
        b.put("channel", "EXPO");
        b.put("chainRole", "LEADING");
        b.put("industryCode", "ELECTRONICS");
        b.put("intendedInvestment", new BigDecimal("8000"));
        long second = bureau().body(b).post(LEADS).then().statusCode(201).extract().jsonPath().getLong("id");
        LeadFixtures.move(second, "CONTACTED");

        bureau().queryParam("investorId", investor).get(LEADS).then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items.id", contains((int) second, (int) first));
        bureau().queryParam("investorId", investor).queryParam("stage", "CONTACTED").get(LEADS).then().body("items.id",
                contains((int) second));
        bureau().queryParam("investorId", investor).queryParam("stage", "CLUE,CONTACTED").get(LEADS).then().body("totalItems",
                equalTo(2));
        bureau().queryParam("investorId", investor).queryParam("channel", "EXPO").get(LEADS).then().body("items.id",
                contains((int) second));
        bureau().queryParam("investorId", investor).queryParam("industry", "ELECTRONICS").get(LEADS).then().body("items.id",
                contains((int) second));
        bureau().queryParam("investorId", investor).queryParam("chainRole", "CHAIN_FILLING").get(LEADS).then().body("items.id",
                contains((int) first));
        bureau().queryParam("investorId", investor).queryParam("minInvestment", "10000").get(LEADS).then().body("items.id",
                contains((int) first));
        bureau().queryParam("investorId", investor).queryParam("unit", "GCJ").get(LEADS).then().body("totalItems", equalTo(0));
        bureau().queryParam("q", a.get("title")).get(LEADS).then().body("items.id", contains((int) first));
        bureau().queryParam("q", investorName).get(LEADS).then().body("totalItems", equalTo(2));
        bureau().queryParam("investorId", investor).queryParam("sort", "intendedInvestment").get(LEADS).then()
                .body("items.id", contains((int) second, (int) first));
        bureau().queryParam("investorId", investor).queryParam("updatedSince", "2099-01-01T00:00:00Z").get(LEADS).then()
                .body("totalItems", equalTo(0));
        // bad parameters name themselves
        bureau().queryParam("stage", "WON").get(LEADS).then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field",
                equalTo("stage"));
        bureau().queryParam("channel", "TV").get(LEADS).then().statusCode(400).body("errors[0].field", equalTo("channel"));
        bureau().queryParam("chainRole", "X").get(LEADS).then().statusCode(400).body("errors[0].field", equalTo("chainRole"));
        bureau().queryParam("minInvestment", "lots").get(LEADS).then().statusCode(400).body("errors[0].field",
                equalTo("minInvestment"));
        bureau().queryParam("stale", "maybe").get(LEADS).then().statusCode(400).body("errors[0].field", equalTo("stale"));
        bureau().queryParam("sort", "secret").get(LEADS).then().statusCode(400).body("errors[0].field", equalTo("sort"));

        // the funnel under the same filters
        bureau().queryParam("investorId", investor).get(LEADS + "/funnel").then().statusCode(200)
                .body("open", equalTo(2))
                .body("stages.find { it.stage == 'CLUE' }.count", equalTo(1))
                .body("stages.find { it.stage == 'CONTACTED' }.intendedInvestment", equalTo(8000.00f))
                .body("stages.find { it.stage == 'CONVERTED' }.count", equalTo(0));
        Api.reader().queryParam("investorId", investor).get(LEADS + "/funnel").then().statusCode(200).body("open", equalTo(2));
    }

    @Test
    @BusinessTime("2026-09-01T10:00")
    void staleLeadsHaveNoFollowUpForThirtyDays() {
        long investor = LeadFixtures.createInvestor();
        long neverFollowed = LeadFixtures.createLead(investor, "ZSJ");
        long followed = LeadFixtures.createLead(investor, "ZSJ");
        long dropped = LeadFixtures.createLead(investor, "ZSJ");
        LeadFixtures.move(dropped, "DROPPED");
        TestClock.at("2026-10-20T10:00");
        bureau().body(Map.of("date", "2026-10-20", "kind", "CALL", "summary", "电话沟通"))
                .post(LEADS + "/" + followed + "/follow-ups")
                .then().statusCode(201);

        TestClock.at("2026-11-27T10:00"); // 38 days after the follow-up, 87 after creation
        bureau().queryParam("investorId", investor).queryParam("stale", "true").get(LEADS).then()
                .body("items.id", containsInAnyOrder((int) neverFollowed, (int) followed));
        bureau().queryParam("investorId", investor).queryParam("stale", "false").get(LEADS).then()
                .body("items.id", contains((int) dropped));
        bureau().get(LEADS + "/" + followed).then().body("stale", equalTo(true)).body("lastFollowUpDate",
                equalTo("2026-10-20"));

        TestClock.at("2026-11-18T10:00"); // 29 days after the follow-up: not yet
        bureau().queryParam("investorId", investor).queryParam("stale", "true").get(LEADS).then()
                .body("items.id", contains((int) neverFollowed));
        TestClock.at("2026-11-19T10:00"); // 30 days
        bureau().queryParam("investorId", investor).queryParam("stale", "true").get(LEADS).then()
                .body("items.id", containsInAnyOrder((int) neverFollowed, (int) followed));
    }

    @Test
    void unitsSeeAndWriteOnlyTheLeadsTheyHold() {
        long investor = LeadFixtures.createInvestor();
        long bureauLead = LeadFixtures.createLead(investor, "ZSJ");
        // a unit creates for itself; ownerUnitCode defaults to its own
        Map<String, Object> own = LeadFixtures.leadBody(investor, "GCJ");
        own.remove("ownerUnitCode");
        long unitLead = unit("GCJ").queryParam("confirmDuplicate", "true").body(own).post(LEADS).then().statusCode(201)
                .body("ownerUnitCode", equalTo("GCJ")).body("duplicateConfirmed", equalTo(true))
                .extract().jsonPath().getLong("id");
        unit("GCJ").body(LeadFixtures.leadBody(investor, "ZSJ")).post(LEADS).then().statusCode(403).contentType(PROBLEM_JSON);

        unit("GCJ").get(LEADS + "/" + unitLead).then().statusCode(200);
        unit("GCJ").get(LEADS + "/" + bureauLead).then().statusCode(404).contentType(PROBLEM_JSON);
        unit("GCJ").get(LEADS + "/" + bureauLead + "/transitions").then().statusCode(404);
        unit("GCJ").get(LEADS + "/" + bureauLead + "/follow-ups").then().statusCode(404);
        unit("GCJ").get(LEADS + "/" + bureauLead + "/history").then().statusCode(404);
        unit("GCJ").contentType(MERGE_PATCH).body("{\"note\":\"抢单\"}").patch(LEADS + "/" + bureauLead).then().statusCode(404);
        unit("GCJ").body(Map.of("toStage", "CONTACTED")).post(LEADS + "/" + bureauLead + "/transitions").then().statusCode(404);
        unit("GCJ").queryParam("investorId", investor).get(LEADS).then().body("items.id", contains((int) unitLead));
        unit("GCJ").queryParam("investorId", investor).queryParam("unit", "ZSJ").get(LEADS).then().body("totalItems",
                equalTo(0));
        unit("GCJ").queryParam("investorId", investor).get(LEADS + "/funnel").then().body("open", equalTo(1));

        unit("GCJ").contentType(MERGE_PATCH).body("{\"note\":\"已对接\"}").patch(LEADS + "/" + unitLead).then().statusCode(200);
        unit("GCJ").body(Map.of("toStage", "CONTACTED")).post(LEADS + "/" + unitLead + "/transitions").then().statusCode(201);
        unit("GCJ").body(Map.of("kind", "VISIT", "summary", "走访")).post(LEADS + "/" + unitLead + "/follow-ups").then()
                .statusCode(201);
        // a unit cannot hand its lead to another unit
        unit("GCJ").contentType(MERGE_PATCH).queryParam("confirmDuplicate", "true").body("{\"ownerUnitCode\":\"WLYGW\"}")
                .patch(LEADS + "/" + unitLead).then().statusCode(403);

        // everyone else reads the whole pool; only the bureau, admin and units write
        for (String role : new String[] { "reader", "project-office", "leader", "admin" }) {
            Api.as(Tokens.role(role)).get(LEADS + "/" + bureauLead).then().statusCode(200);
            Api.as(Tokens.role(role)).get(LEADS + "/" + unitLead).then().statusCode(200);
        }
        for (String role : new String[] { "reader", "project-office", "leader" }) {
            Api.as(Tokens.role(role)).body(LeadFixtures.leadBody(investor, "ZSJ")).post(LEADS).then().statusCode(403);
            Api.as(Tokens.role(role)).contentType(MERGE_PATCH).body("{}").patch(LEADS + "/" + bureauLead).then()
                    .statusCode(403);
            Api.as(Tokens.role(role)).body(Map.of("toStage", "CONTACTED")).post(LEADS + "/" + bureauLead + "/transitions")
                    .then().statusCode(403);
            Api.as(Tokens.role(role)).body(Map.of("kind", "CALL", "summary", "x"))
                    .post(LEADS + "/" + bureauLead + "/follow-ups").then().statusCode(403);
            Api.as(Tokens.role(role)).body("{}").post(LEADS + "/" + bureauLead + "/convert").then().statusCode(403);
        }
        Api.admin().contentType(MERGE_PATCH).body("{\"note\":\"管理员修改\"}").patch(LEADS + "/" + bureauLead).then()
                .statusCode(200);
        given().get(LEADS).then().statusCode(401);
    }

    @Test
    void createErrors() {
        long investor = LeadFixtures.createInvestor();
        Map<String, Object> body = LeadFixtures.leadBody(investor, "ZSJ");
        body.remove("investorId");
        bureau().body(body).post(LEADS).then().statusCode(422).body("errors[0].field", equalTo("investorId"));
        body = LeadFixtures.leadBody(987654321L, "ZSJ");
        bureau().body(body).post(LEADS).then().statusCode(422).body("errors[0].field", equalTo("investorId"));
        body = LeadFixtures.leadBody(investor, "ZSJ");
        body.put("channel", "TELEVISION");
        bureau().body(body).post(LEADS).then().statusCode(400).contentType(PROBLEM_JSON);
        body = LeadFixtures.leadBody(investor, "ZSJ");
        body.remove("channel");
        bureau().body(body).post(LEADS).then().statusCode(422).body("errors[0].field", equalTo("channel"));
        body = LeadFixtures.leadBody(investor, "NOWHERE");
        bureau().body(body).post(LEADS).then().statusCode(422).body("errors[0].field", equalTo("ownerUnitCode"));
        body = LeadFixtures.leadBody(investor, "ZSJ");
        body.remove("ownerUnitCode");
        bureau().body(body).post(LEADS).then().statusCode(422).body("errors[0].field", equalTo("ownerUnitCode"));
        body = LeadFixtures.leadBody(investor, "ZSJ");
        body.put("intendedInvestment", -5);
        bureau().body(body).post(LEADS).then().statusCode(422).body("errors[0].field", equalTo("intendedInvestment"));
        body = LeadFixtures.leadBody(investor, "ZSJ");
        body.put("stage", "SIGNED");
        bureau().body(body).post(LEADS).then().statusCode(400);
        bureau().body(LeadFixtures.leadBody(investor, "ZSJ")).queryParam("confirmDuplicate", "perhaps").post(LEADS).then()
                .statusCode(400).body("errors[0].field", equalTo("confirmDuplicate"));
        bureau().get(LEADS + "/987654321").then().statusCode(404).contentType(PROBLEM_JSON);
        bureau().get(LEADS + "/x").then().statusCode(400).body("errors[0].field", equalTo("id"));
        bureau().get(LEADS + "/987654321/history").then().statusCode(404);
    }

    @Test
    void enumLabelsArePublished() {
        Api.reader().get("/api/v1/reference/enums").then().statusCode(200)
                .body("items.find { it.type == 'LeadChannel' }.values.find { it.code == 'ENTERPRISE_REFERRAL' }.name",
                        equalTo("以企引企"))
                .body("items.find { it.type == 'LeadChannel' }.values.code",
                        contains("BUSINESS_REFERRAL", "ENTERPRISE_REFERRAL",
                                "TECHNOLOGY", "INTERMEDIARY", "COUNTERPART", "TARGETED", "THEMED", "EXPO", "OTHER"))
                .body("items.find { it.type == 'ChainRole' }.values.find { it.code == 'CHAIN_FILLING' }.name", equalTo("补链型"))
                .body("items.find { it.type == 'LeadStage' }.values.find { it.code == 'NEGOTIATING' }.name", equalTo("洽谈"))
                .body("items.find { it.type == 'InvestorType' }.values.find { it.code == 'HMT' }.name", equalTo("港澳台资"))
                .body("items.find { it.type == 'FollowUpKind' }.values.find { it.code == 'INSPECTION' }.name", equalTo("考察"));
    }
}
