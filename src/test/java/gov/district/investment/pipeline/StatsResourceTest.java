package gov.district.investment.pipeline;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import gov.district.investment.support.Api;
import gov.district.investment.support.BusinessTime;
import gov.district.investment.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import static gov.district.investment.support.Api.PROJECTS;
import static gov.district.investment.support.Api.office;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Indicators are global, and other tests write projects on other days, so each test puts its
 * projects under a responsible unit (and, where it reads an industry, an industry) of its own
 * (test-only codes, db/test-data) and asserts that group's exact figures. What is global is checked
 * as an invariant: the total is the sum of the level breakdown.
 */
@QuarkusTest
class StatsResourceTest {

    private static JsonPath stats(String query) {
        return office().get("/api/v1/stats/pipeline?" + query).then().statusCode(200).extract().jsonPath();
    }

    private static long project(String unit, int totalInvestment, String industry) {
        Map<String, Object> body = Api.projectBody();
        body.put("ownerUnitCode", unit);
        body.put("totalInvestment", totalInvestment);
        body.put("industryCode", industry);
        return Api.createProject(body);
    }

    /** The figures of one group, e.g. {@code unit("T_STATS_COUNTS")}. */
    private static String unit(String code) {
        return group("unit", code);
    }

    private static String group(String dimension, String code) {
        return "breakdowns." + dimension + ".find { it.code == '" + code + "' }.figures.";
    }

    private static void assertAmount(String expected, JsonPath answer, String path) {
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(answer.getString(path))), path);
    }

    /** Whatever else is in the database: every project has one level, so the levels add up to the total. */
    private static void assertTotalIsTheSumOfTheLevels(JsonPath answer) {
        List<Map<String, Object>> levels = answer.getList("breakdowns.level");
        for (String field : List.of("newStarts", "continuing", "underConstructionOver100M", "underConstructionOver10M",
                "completedNotOperating")) {
            long sum = levels.stream().mapToLong(g -> ((Number) ((Map<?, ?>) g.get("figures")).get(field)).longValue()).sum();
            assertEquals(answer.getLong("total." + field), sum, field);
        }
        BigDecimal planned = levels.stream()
                .map(g -> new BigDecimal(((Map<?, ?>) g.get("figures")).get("plannedInvestment").toString()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertAmount(planned.toPlainString(), answer, "total.plannedInvestment");
    }

    @Test
    @BusinessTime("2026-11-27T10:00")
    void indicatorsCountWhatTheProjectsDid() {
        String own = "T_STATS_COUNTS";
        long continuing = project(own, 20000, own);
        Api.transition(continuing, "PRELIMINARY", "2025-03-01", null);
        Api.transition(continuing, "CONSTRUCTION", "2025-06-01", null);
        long started = project(own, 5000, own);
        Api.transition(started, "PRELIMINARY", "2026-02-01", null);
        Api.transition(started, "CONSTRUCTION", "2026-04-01", null);
        long completed = project(own, 800, "TOURISM");
        Api.transition(completed, "PRELIMINARY", "2023-02-01", null);
        Api.transition(completed, "CONSTRUCTION", "2024-04-01", null);
        Api.transition(completed, "COMPLETED", "2026-05-01", null);
        project(own, 300, "TOURISM");
        office().body(Map.of("plannedInvestment", 12000)).put(PROJECTS + "/" + continuing + "/annual-plans/2026").then()
                .statusCode(201);
        office().body(Map.of("completedInvestment", 9000, "reason", "补报")).put(PROJECTS + "/" + continuing + "/reports/2026-10")
                .then().statusCode(201);

        JsonPath answer = stats("year=2026");
        String mine = unit(own);
        assertEquals(Map.of("PLANNING", 1, "PRELIMINARY", 0, "CONSTRUCTION", 2, "COMPLETED", 1, "OPERATING", 0,
                "SUSPENDED", 0, "CANCELLED", 0), answer.getMap(mine + "byStage"));
        assertEquals(1, answer.getLong(mine + "newStarts"));
        assertEquals(1, answer.getLong(mine + "continuing"));
        assertEquals(1, answer.getLong(mine + "underConstructionOver100M"));
        assertEquals(2, answer.getLong(mine + "underConstructionOver10M"));
        assertEquals(1, answer.getLong(mine + "completedNotOperating"));
        assertAmount("12000", answer, mine + "plannedInvestment");
        assertAmount("9000", answer, mine + "completedInvestment");
        assertAmount("0.75", answer, mine + "completionRate");
        assertEquals(0.8333f, answer.getFloat(mine + "expectedRate"));
        assertEquals(0.8333f, answer.getFloat("total.expectedRate"));
        // the same figures per industry: the two in construction are the test's own industry
        String industry = group("industry", own);
        assertEquals(1, answer.getLong(industry + "newStarts"));
        assertEquals(1, answer.getLong(industry + "continuing"));
        assertEquals(2, answer.getLong(industry + "byStage.CONSTRUCTION"));
        assertAmount("12000", answer, industry + "plannedInvestment");
        assertTrue(answer.getList("breakdowns.level.code").contains("DISTRICT"));
        assertTotalIsTheSumOfTheLevels(answer);
    }

    @Test
    @BusinessTime("2026-03-10T10:00")
    void asOfShowsWhatWasKnownThen() {
        String own = "T_STATS_MARCH";
        long id = project(own, 3000, "ELECTRONICS");
        Api.transition(id, "PRELIMINARY", "2026-03-01", null);
        TestClock.at("2026-11-27T10:00");
        Api.transition(id, "CONSTRUCTION", "2026-06-01", null);
        JsonPath march = stats("year=2026&asOf=2026-03-10");
        assertEquals(1, march.getLong(unit(own) + "byStage.PRELIMINARY"));
        assertEquals(0, march.getLong(unit(own) + "byStage.CONSTRUCTION"));
        assertEquals(0, march.getLong(unit(own) + "newStarts"));
        assertEquals(0.1667f, march.getFloat("total.expectedRate"));
        assertTotalIsTheSumOfTheLevels(march);
        JsonPath now = stats("year=2026");
        assertEquals(0, now.getLong(unit(own) + "byStage.PRELIMINARY"));
        assertEquals(1, now.getLong(unit(own) + "newStarts"));
        office().get("/api/v1/stats/pipeline?asOf=someday").then().statusCode(400).body("errors[0].field", equalTo("asOf"));
        office().get("/api/v1/stats/pipeline?year=1800").then().statusCode(400).body("errors[0].field", equalTo("year"));
        office().get("/api/v1/stats/pipeline?asOf=2026-11-28").then().statusCode(422).body("errors[0].field", equalTo("asOf"));
    }

    @Test
    @BusinessTime("2026-06-15T10:00")
    void asOfTakesProjectsPlansAndReportsAsTheyStoodThen() {
        String june = "T_STATS_JUNE";
        String november = "T_STATS_NOVEMBER";
        long moved = project(june, 3000, "GLASS");
        Api.transition(moved, "PRELIMINARY", "2026-03-01", null);
        Api.transition(moved, "CONSTRUCTION", "2026-04-01", null);
        office().body(Map.of("plannedInvestment", 1200)).put(PROJECTS + "/" + moved + "/annual-plans/2026").then()
                .statusCode(201);
        office().body(Map.of("completedInvestment", 100, "reason", "补报")).put(PROJECTS + "/" + moved + "/reports/2026-05")
                .then().statusCode(201);
        long deleted = project(june, 500, "GLASS");

        // in November the project changes unit and size, its plan and May's figure are revised,
        // and the other project is deleted: none of it may change what June knew
        TestClock.at("2026-11-27T10:00");
        office().contentType(Api.MERGE_PATCH).body(Map.of("ownerUnitCode", november, "totalInvestment", 20000))
                .patch(PROJECTS + "/" + moved).then().statusCode(200);
        office().body(Map.of("plannedInvestment", 1500)).put(PROJECTS + "/" + moved + "/annual-plans/2026").then()
                .statusCode(200);
        office().body(Map.of("completedInvestment", 300, "reason", "更正")).put(PROJECTS + "/" + moved + "/reports/2026-05")
                .then().statusCode(200);
        office().delete(PROJECTS + "/" + deleted).then().statusCode(204);

        JsonPath asOfJune = stats("year=2026&asOf=2026-06-15");
        String then = unit(june);
        assertEquals(1, asOfJune.getLong(then + "byStage.CONSTRUCTION"));
        assertEquals(1, asOfJune.getLong(then + "byStage.PLANNING"), "deleted later, but it existed in June");
        assertEquals(0, asOfJune.getLong(then + "underConstructionOver100M"), "3000 万元 in June");
        assertEquals(1, asOfJune.getLong(then + "underConstructionOver10M"));
        assertAmount("1200", asOfJune, then + "plannedInvestment");
        assertAmount("100", asOfJune, then + "completedInvestment");
        assertNull(asOfJune.get(unit(november) + "byStage"), "the unit had nothing in June");
        assertTotalIsTheSumOfTheLevels(asOfJune);

        // and today's figures are today's, the same whether asked as of today or not
        JsonPath now = stats("year=2026");
        JsonPath asOfToday = stats("year=2026&asOf=2026-11-27");
        String today = unit(november);
        assertEquals(1, now.getLong(today + "byStage.CONSTRUCTION"));
        assertEquals(1, now.getLong(today + "underConstructionOver100M"));
        assertAmount("1500", now, today + "plannedInvestment");
        assertAmount("300", now, today + "completedInvestment");
        assertNull(now.get(unit(june) + "byStage"), "nothing is left with the June unit");
        assertEquals(now.getMap(today.substring(0, today.length() - 1)),
                asOfToday.getMap(today.substring(0, today.length() - 1)));
        assertNull(asOfToday.get(unit(june) + "byStage"));
    }

    @Test
    @BusinessTime("2026-11-27T10:00")
    void aRepeatedQuerySeesEveryWriteInBetween() {
        String own = "T_STATS_REPEAT";
        JsonPath first = stats("year=2026");
        assertEquals(first.getMap("total"), stats("year=2026").getMap("total"), "nothing written, same answer");
        long id = project(own, 1500, "TOURISM");
        JsonPath second = stats("year=2026");
        assertEquals(1, second.getLong(unit(own) + "byStage.PLANNING"));
        Api.transition(id, "PRELIMINARY", "2026-01-05", null);
        JsonPath third = stats("year=2026");
        assertEquals(0, third.getLong(unit(own) + "byStage.PLANNING"));
        assertEquals(1, third.getLong(unit(own) + "byStage.PRELIMINARY"));
        office().body(Map.of("completedInvestment", 40, "reason", "补报")).put(PROJECTS + "/" + id + "/reports/2026-02")
                .then().statusCode(201);
        assertAmount("40", stats("year=2026"), unit(own) + "completedInvestment");
    }

    @Test
    @BusinessTime("2026-11-27T10:00")
    void unitsAreRankedByCompletionRate() {
        String own = "T_STATS_RANKING";
        long id = project(own, 8000, "TOURISM");
        Api.transition(id, "PRELIMINARY", "2026-01-05", null);
        Api.transition(id, "CONSTRUCTION", "2026-03-01", null);
        office().body(Map.of("plannedInvestment", 4000)).put(PROJECTS + "/" + id + "/annual-plans/2026").then().statusCode(201);
        office().body(Map.of("completedInvestment", 1000, "reason", "补报")).put(PROJECTS + "/" + id + "/reports/2026-10").then()
                .statusCode(201);

        JsonPath ranking = office().get("/api/v1/stats/units?year=2026").then().statusCode(200)
                .body("year", equalTo(2026)).body("asOf", equalTo("2026-11-27")).extract().jsonPath();
        List<Map<String, Object>> items = ranking.getList("items");
        for (int i = 0; i < items.size(); i++) {
            assertEquals(i + 1, ((Number) items.get(i).get("rank")).intValue());
            if (i > 0 && items.get(i).get("completionRate") != null) {
                float previous = ((Number) items.get(i - 1).get("completionRate")).floatValue();
                assertTrue(previous >= ((Number) items.get(i).get("completionRate")).floatValue(), "best first");
            }
        }
        String entry = "items.find { it.unitCode == '" + own + "' }.";
        assertAmount("4000", ranking, entry + "plannedInvestment");
        assertAmount("1000", ranking, entry + "completedInvestment");
        assertAmount("0.25", ranking, entry + "completionRate");
        assertEquals("BEHIND", ranking.getString(entry + "status"));
    }
}
