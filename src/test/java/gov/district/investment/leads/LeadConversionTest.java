package gov.district.investment.leads;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import gov.district.investment.support.Api;
import gov.district.investment.support.BusinessTime;
import io.quarkus.test.junit.QuarkusTest;

import static gov.district.investment.leads.LeadFixtures.LEADS;
import static gov.district.investment.leads.LeadFixtures.bureau;
import static gov.district.investment.leads.LeadFixtures.unit;
import static gov.district.investment.support.Api.MERGE_PATCH;
import static gov.district.investment.support.Api.PROBLEM_JSON;
import static gov.district.investment.support.Api.PROJECTS;
import static gov.district.investment.support.Api.office;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@BusinessTime("2026-11-27T10:00")
class LeadConversionTest {

    @Test
    void aSignedLeadBecomesAProjectWithItsLineage() {
        long investor = LeadFixtures.createInvestor();
        Map<String, Object> inv = bureau().get(LeadFixtures.INVESTORS + "/" + investor).then().extract().jsonPath().getMap("$");
        long id = LeadFixtures.signedLead(investor, "WLYGW");
        String title = bureau().get(LEADS + "/" + id).then().extract().path("title");

        long project = bureau().body("{}").post(LEADS + "/" + id + "/convert").then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/projects/\\d+$")).header("ETag", notNullValue())
                .body("name", equalTo(title)).body("stage", equalTo("PLANNING"))
                .body("ownerName", equalTo(inv.get("name"))).body("ownerCreditCode", equalTo(inv.get("creditCode")))
                .body("totalInvestment", equalTo(120000.00f)).body("leadId", equalTo((int) id))
                .body("industryCode", equalTo("TRADE_LOGISTICS")).body("areaCode", equalTo("LINGANG_LOGISTICS"))
                .body("ownerUnitCode", equalTo("WLYGW")).body("level", equalTo("NONE"))
                .extract().jsonPath().getLong("id");
        office().get(PROJECTS + "/" + project).then().statusCode(200).body("leadId", equalTo((int) id));
        bureau().get(LEADS + "/" + id).then().statusCode(200)
                .body("stage", equalTo("CONVERTED")).body("projectId", equalTo((int) project))
                .body("allowedTargets", empty()).body("convertible", equalTo(false))
                .body("project.projectId", equalTo((int) project)).body("project.stage", equalTo("PLANNING"))
                .body("project.completedInvestment", equalTo(0.00f)).body("project.totalInvestment", equalTo(120000.00f));
        bureau().get(LEADS + "/" + id + "/transitions").then().body("items.toStage",
                contains("CONTACTED", "NEGOTIATING", "SIGNED", "CONVERTED"));

        // a second conversion is 409, naming the project
        bureau().body("{}").post(LEADS + "/" + id + "/convert").then().statusCode(409).contentType(PROBLEM_JSON)
                .body("projectId", equalTo((int) project));
        bureau().contentType(MERGE_PATCH).body("{\"note\":\"x\"}").patch(LEADS + "/" + id).then().statusCode(409);
        // leadId is read-only on the project
        office().contentType(MERGE_PATCH).body("{\"leadId\":1}").patch(PROJECTS + "/" + project).then().statusCode(422)
                .body("errors[0].field", equalTo("leadId"));
        office().contentType(MERGE_PATCH).body(Map.of("leadId", id, "statsRegistered", true)).patch(PROJECTS + "/" + project)
                .then().statusCode(200).body("leadId", equalTo((int) id));

        // the project stays while the lead points at it: deleting it, even in PLANNING, is 409
        office().delete(PROJECTS + "/" + project).then().statusCode(409).contentType(PROBLEM_JSON)
                .body("leadId", equalTo((int) id));
        Api.admin().delete(PROJECTS + "/" + project).then().statusCode(409);

        // the lineage follows the project: its stage and completed investment to date
        Api.transition(project, "PRELIMINARY", "2026-11-27", null);
        office().body(Map.of("completedInvestment", 3200, "physicalProgress", "场地平整"))
                .put(PROJECTS + "/" + project + "/reports/2026-11")
                .then().statusCode(201);
        bureau().get(LEADS + "/" + id).then().body("project.stage", equalTo("PRELIMINARY"))
                .body("project.completedInvestment", equalTo(3200.00f));
        Api.reader().get(LEADS + "/" + id).then().statusCode(200).body("project.projectId", equalTo((int) project));
    }

    @Test
    void overridesAndPreliminaryStart() {
        long investor = LeadFixtures.createInvestor();
        long id = LeadFixtures.signedLead(investor, "ZSJ");
        LeadFixtures.move(id, "LANDED");
        long project = bureau().body(Map.of("name", "义乌小商品城北方分市场一期", "stage", "PRELIMINARY", "level", "DISTRICT",
                "plannedStartDate", "2027-03-01", "plannedCompletionDate", "2028-10-31", "areaCode", "NORTH_INDUSTRIAL",
                "ownerUnitCode", "BGQGW"))
                .post(LEADS + "/" + id + "/convert").then().statusCode(201)
                .body("name", equalTo("义乌小商品城北方分市场一期")).body("stage", equalTo("PRELIMINARY"))
                .body("level", equalTo("DISTRICT")).body("areaCode", equalTo("NORTH_INDUSTRIAL"))
                .body("ownerUnitCode", equalTo("BGQGW"))
                .body("plannedStartDate", equalTo("2027-03-01"))
                .extract().jsonPath().getLong("id");
        office().get(PROJECTS + "/" + project + "/transitions").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].fromStage", equalTo("PLANNING"))
                .body("items[0].toStage", equalTo("PRELIMINARY")).body("items[0].effectiveDate", equalTo("2026-11-27"));
    }

    @Test
    void conversionErrors() {
        long investor = LeadFixtures.createInvestor();
        long open = LeadFixtures.createLead(investor, "ZSJ");
        LeadFixtures.move(open, "CONTACTED");
        LeadFixtures.move(open, "NEGOTIATING");
        bureau().body("{}").post(LEADS + "/" + open + "/convert").then().statusCode(409)
                .body("currentStage", equalTo("NEGOTIATING"));
        long signed = LeadFixtures.signedLead(LeadFixtures.createInvestor(), "ZSJ");
        bureau().body(Map.of("stage", "CONSTRUCTION")).post(LEADS + "/" + signed + "/convert").then().statusCode(400);
        bureau().body(Map.of("areaCode", "MOON")).post(LEADS + "/" + signed + "/convert").then().statusCode(422)
                .body("errors[0].field", equalTo("areaCode"));
        bureau().body(Map.of("plannedStartDate", "2028-01-01", "plannedCompletionDate", "2027-01-01"))
                .post(LEADS + "/" + signed + "/convert").then().statusCode(422)
                .body("errors[0].field", equalTo("plannedCompletionDate"));
        bureau().header("If-Match", "\"0\"").body("{}").post(LEADS + "/" + signed + "/convert").then().statusCode(412);
        bureau().body("{}").post(LEADS + "/987654321/convert").then().statusCode(404);
        // without an areaCode on the lead or in the body
        Map<String, Object> body = LeadFixtures.leadBody(LeadFixtures.createInvestor(), "ZSJ");
        body.remove("areaCode");
        long noArea = bureau().body(body).post(LEADS).then().statusCode(201).extract().jsonPath().getLong("id");
        LeadFixtures.move(noArea, "CONTACTED");
        LeadFixtures.move(noArea, "NEGOTIATING");
        LeadFixtures.move(noArea, "SIGNED");
        bureau().body("{}").post(LEADS + "/" + noArea + "/convert").then().statusCode(422).body("errors[0].field",
                equalTo("areaCode"));
        // a unit converts its own leads, for itself only
        long unitLead = LeadFixtures.signedLead(LeadFixtures.createInvestor(), "GCJ");
        unit("GCJ").body(Map.of("ownerUnitCode", "ZSJ")).post(LEADS + "/" + unitLead + "/convert").then().statusCode(403);
        unit("ZSJ").body("{}").post(LEADS + "/" + unitLead + "/convert").then().statusCode(404);
        // the body is optional
        unit("GCJ").post(LEADS + "/" + unitLead + "/convert").then().statusCode(201).body("ownerUnitCode", equalTo("GCJ"));
        // nothing was half-done by the refusals
        bureau().get(LEADS + "/" + signed).then().body("stage", equalTo("SIGNED")).body("projectId", nullValue());
    }

    @Test
    void twoConcurrentConversionsMakeOneProject() throws Exception {
        long id = LeadFixtures.signedLead(LeadFixtures.createInvestor(), "ZSJ");
        String title = bureau().get(LEADS + "/" + id).then().extract().path("title");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                calls.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return bureau().body("{}").post(LEADS + "/" + id + "/convert").statusCode();
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> call : calls) {
                statuses.add(call.get(60, TimeUnit.SECONDS));
            }
            statuses.sort(null);
            assertEquals(List.of(201, 409), statuses);
        } finally {
            pool.shutdownNow();
        }
        office().queryParam("q", title).get(PROJECTS).then().body("totalItems", equalTo(1));
    }

    @Test
    void aFailureHalfWayLeavesNothingChanged() {
        long investor = LeadFixtures.createInvestor();
        long id = LeadFixtures.signedLead(investor, "ZSJ");
        String title = bureau().get(LEADS + "/" + id).then().extract().path("title");
        String etag = bureau().get(LEADS + "/" + id).then().extract().header("ETag");
        long projectsBefore = office().get(PROJECTS).then().extract().jsonPath().getLong("totalItems");

        FailingConversion.FAIL.add(id);
        try {
            bureau().body(Map.of("stage", "PRELIMINARY")).post(LEADS + "/" + id + "/convert").then().statusCode(500)
                    .contentType(PROBLEM_JSON).body("detail", not(containsString("forced")));
        } finally {
            FailingConversion.FAIL.remove(id);
        }
        // the project insert (and its transition) was rolled back with the lead's change
        office().queryParam("q", title).get(PROJECTS).then().body("totalItems", equalTo(0));
        office().get(PROJECTS).then().body("totalItems", equalTo((int) projectsBefore));
        bureau().get(LEADS + "/" + id).then().header("ETag", etag).body("stage", equalTo("SIGNED"))
                .body("projectId", nullValue()).body("$", not(hasKey("project")));
        bureau().get(LEADS + "/" + id + "/transitions").then().body("items.toStage", not(hasItem("CONVERTED")));

        // and the conversion then succeeds in full
        long project = bureau().body("{}").post(LEADS + "/" + id + "/convert").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        office().queryParam("q", title).get(PROJECTS).then().body("totalItems", equalTo(1)).body("items[0].id",
                equalTo((int) project));
    }
}
