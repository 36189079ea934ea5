package gov.district.investment.pipeline;

import gov.district.investment.platform.time.BusinessClock;
import gov.district.investment.support.Api;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static gov.district.investment.support.Api.PROJECTS;
import static gov.district.investment.support.Api.office;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Indicators are global, so each test compares the figures before and after the projects it
 * makes (tests run one at a time).
 */
@QuarkusTest
class StatsResourceTest {

    private static void clockAt(String instant) {
        QuarkusMock.installMockForType(BusinessClock.fixed(Instant.parse(instant), ZoneId.of("Asia/Shanghai")), BusinessClock.class);
    }

    private static JsonPath stats(String query) {
        return office().get("/api/v1/stats/pipeline?" + query).then().statusCode(200).extract().jsonPath();
    }

    private static long project(int totalInvestment, String industry) {
        Map<String, Object> body = Api.projectBody();
        body.put("totalInvestment", totalInvestment);
        body.put("industryCode", industry);
        return Api.createProject(body);
    }

    /** A group that did not exist before counts as zero. */
    private static long delta(JsonPath before, JsonPath after, String path) {
        Object was = before.get(path);
        return after.getLong(path) - (was == null ? 0 : ((Number) was).longValue());
    }

    private static BigDecimal amountDelta(JsonPath before, JsonPath after, String path) {
        String was = before.getString(path);
        return new BigDecimal(after.getString(path)).subtract(was == null ? BigDecimal.ZERO : new BigDecimal(was));
    }

    @Test
    void indicatorsCountWhatTheProjectsDid() {
        clockAt("2026-11-27T02:00:00Z");
        JsonPath before = stats("year=2026");
        long continuing = project(20000, "SHIPBUILDING");
        Api.transition(continuing, "PRELIMINARY", "2025-03-01", null);
        Api.transition(continuing, "CONSTRUCTION", "2025-06-01", null);
        long started = project(5000, "SHIPBUILDING");
        Api.transition(started, "PRELIMINARY", "2026-02-01", null);
        Api.transition(started, "CONSTRUCTION", "2026-04-01", null);
        long completed = project(800, "TOURISM");
        Api.transition(completed, "PRELIMINARY", "2023-02-01", null);
        Api.transition(completed, "CONSTRUCTION", "2024-04-01", null);
        Api.transition(completed, "COMPLETED", "2026-05-01", null);
        office().body(Map.of("plannedInvestment", 12000)).put(PROJECTS + "/" + continuing + "/annual-plans/2026").then().statusCode(201);
        office().body(Map.of("completedInvestment", 9000, "reason", "补报")).put(PROJECTS + "/" + continuing + "/reports/2026-10").then().statusCode(201);

        JsonPath after = stats("year=2026");
        assertEquals(2, delta(before, after, "total.byStage.CONSTRUCTION"));
        assertEquals(1, delta(before, after, "total.byStage.COMPLETED"));
        assertEquals(1, delta(before, after, "total.newStarts"));
        assertEquals(1, delta(before, after, "total.continuing"));
        assertEquals(1, delta(before, after, "total.underConstructionOver100M"));
        assertEquals(2, delta(before, after, "total.underConstructionOver10M"));
        assertEquals(1, delta(before, after, "total.completedNotOperating"));
        assertEquals(0, new BigDecimal("12000").compareTo(amountDelta(before, after, "total.plannedInvestment")));
        assertEquals(0, new BigDecimal("9000").compareTo(amountDelta(before, after, "total.completedInvestment")));
        assertEquals(0.8333f, after.getFloat("total.expectedRate"));
        // the same figures per industry
        String ships = "breakdowns.industry.find { it.code == 'SHIPBUILDING' }.figures.";
        assertEquals(1, delta(before, after, ships + "newStarts"));
        assertEquals(2, delta(before, after, ships + "byStage.CONSTRUCTION"));
        assertTrue(after.getList("breakdowns.level.code").containsAll(List.of("DISTRICT")));
        assertTrue(after.getList("breakdowns.unit.code").contains("GCJ"));
    }

    @Test
    void asOfShowsWhatWasKnownThen() {
        clockAt("2026-03-10T02:00:00Z");
        JsonPath beforeMarch = stats("year=2026&asOf=2026-03-10");
        long id = project(3000, "ELECTRONICS");
        Api.transition(id, "PRELIMINARY", "2026-03-01", null);
        clockAt("2026-11-27T02:00:00Z");
        Api.transition(id, "CONSTRUCTION", "2026-06-01", null);
        JsonPath march = stats("year=2026&asOf=2026-03-10");
        assertEquals(1, delta(beforeMarch, march, "total.byStage.PRELIMINARY"));
        assertEquals(0, delta(beforeMarch, march, "total.newStarts"));
        assertEquals(0.1667f, march.getFloat("total.expectedRate"));
        JsonPath now = stats("year=2026");
        assertTrue(now.getLong("total.newStarts") >= 1);
        office().get("/api/v1/stats/pipeline?asOf=someday").then().statusCode(400).body("errors[0].field", equalTo("asOf"));
        office().get("/api/v1/stats/pipeline?year=1800").then().statusCode(400).body("errors[0].field", equalTo("year"));
        office().get("/api/v1/stats/pipeline?asOf=2026-11-28").then().statusCode(422).body("errors[0].field", equalTo("asOf"));
    }

    @Test
    void asOfTakesProjectsPlansAndReportsAsTheyStoodThen() {
        clockAt("2026-06-15T02:00:00Z");
        JsonPath before = stats("year=2026&asOf=2026-06-15");
        Map<String, Object> body = Api.projectBody();
        body.put("ownerUnitCode", "ZSJ");
        body.put("totalInvestment", 3000);
        long moved = Api.createProject(body);
        Api.transition(moved, "PRELIMINARY", "2026-03-01", null);
        Api.transition(moved, "CONSTRUCTION", "2026-04-01", null);
        office().body(Map.of("plannedInvestment", 1200)).put(PROJECTS + "/" + moved + "/annual-plans/2026").then().statusCode(201);
        office().body(Map.of("completedInvestment", 100, "reason", "补报")).put(PROJECTS + "/" + moved + "/reports/2026-05")
                .then().statusCode(201);
        body = Api.projectBody();
        body.put("ownerUnitCode", "ZSJ");
        long deleted = Api.createProject(body);

        // in November the project changes unit and size, its plan and May's figure are revised,
        // and the other project is deleted: none of it may change what June knew
        clockAt("2026-11-27T02:00:00Z");
        office().contentType(Api.MERGE_PATCH).body(Map.of("ownerUnitCode", "GCJ", "totalInvestment", 20000))
                .patch(PROJECTS + "/" + moved).then().statusCode(200);
        office().body(Map.of("plannedInvestment", 1500)).put(PROJECTS + "/" + moved + "/annual-plans/2026").then().statusCode(200);
        office().body(Map.of("completedInvestment", 300, "reason", "更正")).put(PROJECTS + "/" + moved + "/reports/2026-05")
                .then().statusCode(200);
        office().delete(PROJECTS + "/" + deleted).then().statusCode(204);

        JsonPath june = stats("year=2026&asOf=2026-06-15");
        String zsj = "breakdowns.unit.find { it.code == 'ZSJ' }.figures.";
        assertEquals(1, delta(before, june, zsj + "byStage.CONSTRUCTION"));
        assertEquals(1, delta(before, june, zsj + "byStage.PLANNING"), "deleted later, but it existed in June");
        assertEquals(0, delta(before, june, "total.underConstructionOver100M"), "3000 万元 in June");
        assertEquals(1, delta(before, june, "total.underConstructionOver10M"));
        assertEquals(0, new BigDecimal("1200").compareTo(amountDelta(before, june, "total.plannedInvestment")));
        assertEquals(0, new BigDecimal("100").compareTo(amountDelta(before, june, "total.completedInvestment")));
        assertEquals(0, new BigDecimal("100").compareTo(amountDelta(before, june, zsj + "completedInvestment")));
        // and today's figures are today's
        JsonPath now = stats("year=2026");
        JsonPath nowJune = stats("year=2026&asOf=2026-11-27");
        assertEquals(now.getLong("total.underConstructionOver100M"), nowJune.getLong("total.underConstructionOver100M"));
        assertEquals(now.getString("total.completedInvestment"), nowJune.getString("total.completedInvestment"));
        assertEquals(now.getString("total.plannedInvestment"), nowJune.getString("total.plannedInvestment"));
        assertEquals(now.getMap("total.byStage"), nowJune.getMap("total.byStage"));
    }

    @Test
    void aRepeatedQuerySeesEveryWriteInBetween() {
        clockAt("2026-11-27T02:00:00Z");
        JsonPath first = stats("year=2026");
        assertEquals(first.getMap("total"), stats("year=2026").getMap("total"), "nothing written, same answer");
        long id = project(1500, "TOURISM");
        Api.transition(id, "PRELIMINARY", "2026-01-05", null);
        JsonPath second = stats("year=2026");
        assertEquals(1, delta(first, second, "total.byStage.PRELIMINARY"));
        office().body(Map.of("completedInvestment", 40, "reason", "补报")).put(PROJECTS + "/" + id + "/reports/2026-02")
                .then().statusCode(201);
        JsonPath third = stats("year=2026");
        assertEquals(0, new BigDecimal("40").compareTo(amountDelta(second, third, "total.completedInvestment")));
    }

    @Test
    void unitsAreRankedByCompletionRate() {
        clockAt("2026-11-27T02:00:00Z");
        JsonPath ranking = office().get("/api/v1/stats/units?year=2026").then().statusCode(200)
                .body("year", equalTo(2026)).extract().jsonPath();
        List<Map<String, Object>> items = ranking.getList("items");
        for (int i = 0; i < items.size(); i++) {
            assertEquals(i + 1, ((Number) items.get(i).get("rank")).intValue());
            if (i > 0 && items.get(i).get("completionRate") != null) {
                float previous = ((Number) items.get(i - 1).get("completionRate")).floatValue();
                assertTrue(previous >= ((Number) items.get(i).get("completionRate")).floatValue(), "best first");
            }
        }
    }
}
