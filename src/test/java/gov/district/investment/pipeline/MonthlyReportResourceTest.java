package gov.district.investment.pipeline;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import gov.district.investment.support.Api;
import gov.district.investment.support.BusinessTime;
import gov.district.investment.support.TestClock;
import gov.district.investment.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import static gov.district.investment.support.Api.PROBLEM_JSON;
import static gov.district.investment.support.Api.PROJECTS;
import static gov.district.investment.support.Api.office;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@BusinessTime("2026-11-27T10:00")
class MonthlyReportResourceTest {

    private static String reports(long id) {
        return PROJECTS + "/" + id + "/reports";
    }

    private static Map<String, Object> report(Object amount, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("completedInvestment", amount);
        body.put("physicalProgress", "主体结构施工至六层");
        if (reason != null) {
            body.put("reason", reason);
        }
        return body;
    }

    private static long reportingProject() {
        long id = Api.createProject();
        Api.transition(id, "PRELIMINARY", "2026-01-10", null);
        return id;
    }

    @Test
    void reportsStartInPreliminary() {
        long id = Api.createProject();
        office().body(report(100, null)).put(reports(id) + "/2026-11").then()
                .statusCode(409).contentType(PROBLEM_JSON).body("currentStage", equalTo("PLANNING"));
    }

    @Test
    void firstReportThenRevisionsWithinTheWindow() {
        long id = reportingProject();
        office().body(report(3200, null)).put(reports(id) + "/2026-11").then()
                .statusCode(201)
                .header("Location", endsWith("/reports/2026-11"))
                .body("month", equalTo("2026-11"))
                .body("revision", equalTo(1))
                .body("completedInvestment", equalTo(3200.00f))
                .body("late", equalTo(false))
                .body("recordedBy", equalTo("test-project-office@test.district.local"));
        office().body(report(3500, null)).put(reports(id) + "/2026-11").then()
                .statusCode(200).body("revision", equalTo(2)).body("late", equalTo(false));
        office().body(report(3500, null)).put(reports(id) + "/2026-11").then()
                .statusCode(200).body("revision", equalTo(2));
        office().get(reports(id) + "/2026-11/revisions").then()
                .body("items.revision", contains(1, 2))
                .body("items.completedInvestment", contains(3200.00f, 3500.00f));
    }

    @Test
    void futureMonthIs422AndBadMonthIs400() {
        long id = reportingProject();
        office().body(report(1, null)).put(reports(id) + "/2026-12").then()
                .statusCode(422).body("errors[0].field", equalTo("month"));
        office().body(report(1, null)).put(reports(id) + "/2026-13").then()
                .statusCode(400).body("errors[0].field", equalTo("month"));
        office().body(report(-1, null)).put(reports(id) + "/2026-11").then()
                .statusCode(422).body("errors[0].field", equalTo("completedInvestment"));
    }

    @Test
    void afterTheDeadlineALateReportNeedsAReason() {
        long id = reportingProject();
        // October's deadline was 10 November
        office().body(report(800, null)).put(reports(id) + "/2026-10").then()
                .statusCode(422).body("errors[0].field", equalTo("reason"))
                .body("errors[0].message", containsString("2026-11-10"));
        office().body(report(800, "统计口径调整，补报10月数据")).put(reports(id) + "/2026-10").then()
                .statusCode(201).body("late", equalTo(true)).body("reason", equalTo("统计口径调整，补报10月数据"));
    }

    @Test
    void asOfReproducesWhatWasKnownThen() {
        long id = reportingProject();
        TestClock.at("2026-11-05T10:00");
        office().body(report(100, null)).put(reports(id) + "/2026-10").then().statusCode(201).body("late", equalTo(false));
        TestClock.at("2026-11-20T10:00");
        office().body(report(150, null)).put(reports(id) + "/2026-10").then().statusCode(422);
        office().body(report(150, "更正")).put(reports(id) + "/2026-10").then()
                .statusCode(200).body("revision", equalTo(2)).body("late", equalTo(true));
        office().queryParam("asOf", "2026-11-05").get(reports(id) + "/2026-10").then()
                .statusCode(200).body("revision", equalTo(1)).body("completedInvestment", equalTo(100.00f));
        office().get(reports(id) + "/2026-10").then().body("revision", equalTo(2)).body("completedInvestment",
                equalTo(150.00f));
        office().queryParam("asOf", "2026-11-04").get(reports(id) + "/2026-10").then().statusCode(404);
        office().queryParam("asOf", "2026-11-05").get(reports(id)).then()
                .body("items.completedInvestment", contains(100.00f)).body("totalItems", equalTo(1));
        office().queryParam("asOf", "yesterday").get(reports(id)).then().statusCode(400).body("errors[0].field",
                equalTo("asOf"));
        office().queryParam("asOf", "2026-11-21").get(reports(id)).then().statusCode(422).body("errors[0].field",
                equalTo("asOf"));
        // a late retry of the current figures is a no-op, not a demand for a reason
        office().body(report(150, null)).put(reports(id) + "/2026-10").then().statusCode(200).body("revision", equalTo(2));
    }

    @Test
    void cumulativeAboveTotalInvestmentIsAcceptedButFlagged() {
        long id = reportingProject(); // totalInvestment 52000
        office().body(report(30000, "补报")).put(reports(id) + "/2026-09").then().statusCode(201)
                .body("exceedsTotalInvestment", equalTo(false));
        office().body(report(25000, "补报")).put(reports(id) + "/2026-10").then().statusCode(201)
                .body("cumulativeInvestment", equalTo(55000.00f))
                .body("exceedsTotalInvestment", equalTo(true));
        office().get(reports(id)).then().body("items.cumulativeInvestment", contains(30000.00f, 55000.00f));
        // raising the total clears the flag today, but not on what was published before
        String before = "2026-11-27"; // the clock of every test here
        TestClock.at("2026-11-28T10:00");
        office().contentType(Api.MERGE_PATCH).body(Map.of("totalInvestment", 60000)).patch(PROJECTS + "/" + id)
                .then().statusCode(200);
        office().get(reports(id) + "/2026-10").then().body("exceedsTotalInvestment", equalTo(false));
        office().queryParam("asOf", before).get(reports(id) + "/2026-10").then().body("exceedsTotalInvestment", equalTo(true));
        office().queryParam("asOf", before).get(reports(id)).then().body("items.exceedsTotalInvestment", contains(false, true));
    }

    @Test
    void missingReportsAndFilingRates() {
        // units of this test's own (db/test-data): their figures are exactly what it wrote
        String owingUnit = "T_REPORTS_OWING";
        String filingUnit = "T_REPORTS_FILING";
        Map<String, Object> body = Api.projectBody();
        body.put("ownerUnitCode", owingUnit);
        long owes = Api.createProject(body);
        Api.transition(owes, "PRELIMINARY", "2026-01-10", null);
        body = Api.projectBody();
        body.put("ownerUnitCode", filingUnit);
        long filed = Api.createProject(body);
        Api.transition(filed, "PRELIMINARY", "2026-01-10", null);
        office().body(report(10, null)).put(reports(filed) + "/2026-11").then().statusCode(201);

        JsonPath missing = office().queryParam("month", "2026-11").queryParam("size", 200).get("/api/v1/reports/missing")
                .then().statusCode(200).body("month", equalTo("2026-11")).extract().jsonPath();
        String owing = "units.find { it.unitCode == '" + owingUnit + "' }.";
        String filing = "units.find { it.unitCode == '" + filingUnit + "' }.";
        assertEquals(1, missing.getInt(owing + "owed"));
        assertEquals(0, missing.getInt(owing + "filed"));
        assertEquals(0.0, missing.getDouble(owing + "filingRate"), 0.0001);
        assertEquals(1, missing.getInt(filing + "owed"));
        assertEquals(1, missing.getInt(filing + "filed"));
        assertEquals(1.0, missing.getDouble(filing + "filingRate"), 0.0001);
        // whatever else is there: each unit's rate is filed / owed, and the owing list is exactly what is not filed
        long notFiled = 0;
        for (Map<String, Object> unit : missing.<Map<String, Object>> getList("units")) {
            long owed = ((Number) unit.get("owed")).longValue();
            long filedCount = ((Number) unit.get("filed")).longValue();
            assertEquals((double) filedCount / owed, ((Number) unit.get("filingRate")).doubleValue(), 0.0001);
            notFiled += owed - filedCount;
        }
        assertEquals(notFiled, missing.getLong("totalItems"));
        assertTrue(owing("2026-11").contains(owes));
        assertFalse(owing("2026-11").contains(filed));
        // in PRELIMINARY since 10 January, so it owed October as well, though registered later
        assertTrue(owing("2026-10").contains(owes));
        // and nobody owed December 2025: it was still in PLANNING then
        assertFalse(owing("2025-12").contains(owes));
        office().get("/api/v1/reports/missing").then().statusCode(400).body("errors[0].field", equalTo("month"));
        office().get("/api/v1/reports/missing?month=2026-12").then().statusCode(422).body("errors[0].field", equalTo("month"));
    }

    /** Every project owing the month's report, read page by page: other tests' projects owe too. */
    private static Set<Long> owing(String month) {
        Set<Long> ids = new HashSet<>();
        for (int page = 0;; page++) {
            JsonPath answer = office().queryParam("month", month).queryParam("size", 200).queryParam("page", page)
                    .get("/api/v1/reports/missing").then().statusCode(200).extract().jsonPath();
            answer.getList("items.projectId", Long.class).forEach(ids::add);
            if (page + 1 >= answer.getInt("totalPages")) {
                return ids;
            }
        }
    }

    @Test
    void rolesAndUnits() {
        long id = reportingProject(); // owned by GCJ
        Api.reader().body(report(1, null)).put(reports(id) + "/2026-11").then().statusCode(403);
        Api.as(Tokens.unit("FGJ")).body(report(1, null)).put(reports(id) + "/2026-11").then().statusCode(403);
        Api.as(Tokens.unit("GCJ")).body(report(1, null)).put(reports(id) + "/2026-11").then().statusCode(201);
        Api.reader().get(reports(id)).then().statusCode(200).body("totalItems", equalTo(1));
    }

    @Test
    void twoWritersOfOneMonthNeverLoseAWrite() {
        for (int round = 0; round < 5; round++) {
            long id = reportingProject();
            List<CompletableFuture<Response>> puts = List.of(
                    CompletableFuture.supplyAsync(() -> office().body(report(10, null)).put(reports(id) + "/2026-11")),
                    CompletableFuture.supplyAsync(() -> office().body(report(20, null)).put(reports(id) + "/2026-11")));
            List<Integer> statuses = puts.stream().map(CompletableFuture::join).map(Response::statusCode).sorted().toList();
            assertEquals(List.of(200, 201), statuses);
            office().get(reports(id) + "/2026-11/revisions").then()
                    .body("items.revision", contains(1, 2))
                    .body("items.completedInvestment", containsInAnyOrder(10.00f, 20.00f));
        }
    }
}
