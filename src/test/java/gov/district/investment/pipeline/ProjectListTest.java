package gov.district.investment.pipeline;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import gov.district.investment.support.Api;
import gov.district.investment.support.BusinessTime;
import io.quarkus.test.junit.QuarkusTest;

import static gov.district.investment.support.Api.PROJECTS;
import static gov.district.investment.support.Api.office;
import static org.hamcrest.Matchers.*;

/**
 * Filters, sorting and paging. Every test tags its projects with a unique word in the name and
 * narrows with q= to it, so data made by other tests never interferes.
 */
@QuarkusTest
@BusinessTime("2026-11-27T10:00")
class ProjectListTest {

    private static String tag() {
        return "标" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static long project(String tag, String name, Map<String, Object> overrides) {
        Map<String, Object> body = Api.projectBody();
        body.put("name", tag + name);
        body.putAll(overrides);
        return Api.createProject(body);
    }

    @Test
    void pagingEnvelope() {
        String tag = tag();
        for (int i = 0; i < 5; i++) {
            project(tag, "项目" + i, Map.of());
        }
        office().queryParam("q", tag).queryParam("size", 2).queryParam("page", 1).queryParam("sort", "name")
                .get(PROJECTS).then()
                .statusCode(200)
                .body("page", equalTo(1))
                .body("size", equalTo(2))
                .body("totalItems", equalTo(5))
                .body("totalPages", equalTo(3))
                .body("items.name", contains(tag + "项目2", tag + "项目3"));
        office().queryParam("q", tag).queryParam("size", 2).queryParam("page", 2).get(PROJECTS).then()
                .body("items", hasSize(1)).body("totalItems", equalTo(5));
        office().queryParam("q", tag).queryParam("page", 9).get(PROJECTS).then()
                .body("items", empty()).body("totalItems", equalTo(5));
    }

    @Test
    void totalsFollowWritesAtOnce() {
        String tag = tag();
        for (int i = 0; i < 3; i++) {
            project(tag, "计数" + i, Map.of());
        }
        // size 2 keeps the first page full, so the total comes from the (cached) count
        office().queryParam("q", tag).queryParam("size", 2).get(PROJECTS).then().body("totalItems", equalTo(3));
        long added = project(tag, "计数3", Map.of());
        office().queryParam("q", tag).queryParam("size", 2).get(PROJECTS).then().body("totalItems", equalTo(4));
        office().delete(PROJECTS + "/" + added).then().statusCode(204);
        office().queryParam("q", tag).queryParam("size", 2).get(PROJECTS).then().body("totalItems", equalTo(3));
        Api.transition(office().queryParam("q", tag).get(PROJECTS).jsonPath().getLong("items[0].id"), "PRELIMINARY",
                "2026-01-05", null);
        office().queryParam("q", tag).queryParam("stage", "PLANNING").queryParam("size", 1).get(PROJECTS).then()
                .body("totalItems", equalTo(2));
    }

    @Test
    void defaultSizeIs20AndSortIsNewestFirst() {
        String tag = tag();
        long first = project(tag, "甲", Map.of());
        long second = project(tag, "乙", Map.of());
        office().queryParam("q", tag).get(PROJECTS).then()
                .body("size", equalTo(20))
                .body("items.id", contains((int) second, (int) first));
    }

    @Test
    void filtersByStageLevelIndustryAreaUnitAndInvestment() {
        String tag = tag();
        long glass = project(tag, "玻璃", Map.of("industryCode", "GLASS", "level", "PROVINCIAL", "totalInvestment", 150000));
        long ship = project(tag, "船舶", Map.of("industryCode", "SHIPBUILDING", "areaCode", "EAST_CIRCULAR",
                "ownerUnitCode", "FGJ", "level", "MUNICIPAL", "totalInvestment", 8000));
        long tourism = project(tag, "旅游", Map.of("industryCode", "TOURISM", "areaCode", "HAIYANG", "level", "NONE",
                "totalInvestment", 1000));
        Api.transition(ship, "PRELIMINARY", "2026-03-01", null);

        assertIds(Map.of("q", tag, "stage", "PRELIMINARY"), ship);
        assertIds(Map.of("q", tag, "stage", "PLANNING,PRELIMINARY"), glass, ship, tourism);
        assertIds(Map.of("q", tag, "level", "PROVINCIAL"), glass);
        assertIds(Map.of("q", tag, "industry", "SHIPBUILDING"), ship);
        assertIds(Map.of("q", tag, "area", "HAIYANG"), tourism);
        assertIds(Map.of("q", tag, "unit", "FGJ"), ship);
        assertIds(Map.of("q", tag, "minInvestment", "10000"), glass);
        assertIds(Map.of("q", tag, "maxInvestment", "8000"), ship, tourism);
        assertIds(Map.of("q", tag, "minInvestment", "1000", "maxInvestment", "8000"), ship, tourism);
        // repeated parameters combine too
        office().queryParam("q", tag).queryParam("level", "PROVINCIAL").queryParam("level", "MUNICIPAL")
                .get(PROJECTS).then().body("totalItems", equalTo(2));
    }

    @Test
    void newStartsAndContinuingProjects() {
        String tag = tag();
        long startedThisYear = project(tag, "新开工", Map.of());
        Api.transition(startedThisYear, "PRELIMINARY", "2026-01-10", null);
        Api.transition(startedThisYear, "CONSTRUCTION", "2026-04-10", null);
        long continuing = project(tag, "续建", Map.of());
        Api.transition(continuing, "PRELIMINARY", "2024-05-10", null);
        Api.transition(continuing, "CONSTRUCTION", "2025-08-01", null);
        long finished = project(tag, "已竣工", Map.of());
        Api.transition(finished, "PRELIMINARY", "2023-05-10", null);
        Api.transition(finished, "CONSTRUCTION", "2024-03-01", null);
        Api.transition(finished, "COMPLETED", "2026-06-01", null);

        assertIds(Map.of("q", tag, "startedYear", "2026"), startedThisYear);
        assertIds(Map.of("q", tag, "startedYear", "2025"), continuing);
        assertIds(Map.of("q", tag, "continuing", "true"), continuing);
        assertIds(Map.of("q", tag, "continuing", "false"), startedThisYear, finished);
    }

    @Test
    void searchByChineseNameOrCodeAndLikeCharactersAreLiteral() {
        String tag = tag();
        long steel = project(tag, "奥通360万吨钢材配送", Map.of());
        project(tag, "义乌小商品城", Map.of());
        assertIds(Map.of("q", tag + "奥通"), steel);
        String code = office().get(PROJECTS + "/" + steel).jsonPath().getString("code");
        assertIds(Map.of("q", code), steel);
        office().queryParam("q", tag + "%").get(PROJECTS).then().body("totalItems", equalTo(0));
        office().queryParam("q", tag + "_").get(PROJECTS).then().body("totalItems", equalTo(0));
    }

    @Test
    void updatedSinceForIncrementalSync() {
        String tag = tag();
        long old = project(tag, "旧", Map.of());
        String since = office().get(PROJECTS + "/" + old).jsonPath().getString("updatedAt");
        office().queryParam("q", tag).queryParam("updatedSince", since).get(PROJECTS).then()
                .body("items.id", hasItem((int) old));
        office().queryParam("q", tag).queryParam("updatedSince", "2999-01-01T00:00:00+08:00").get(PROJECTS).then()
                .body("totalItems", equalTo(0));
    }

    @Test
    void sortByInvestmentDescending() {
        String tag = tag();
        long small = project(tag, "小", Map.of("totalInvestment", 100));
        long big = project(tag, "大", Map.of("totalInvestment", 900000));
        long mid = project(tag, "中", Map.of("totalInvestment", 5000));
        office().queryParam("q", tag).queryParam("sort", "-totalInvestment").get(PROJECTS).then()
                .body("items.id", contains((int) big, (int) mid, (int) small));
        office().queryParam("q", tag).queryParam("sort", "totalInvestment").get(PROJECTS).then()
                .body("items.id", contains((int) small, (int) mid, (int) big));
    }

    private static void assertIds(Map<String, String> query, long... ids) {
        List<Integer> expected = java.util.Arrays.stream(ids).mapToObj(id -> (int) id).toList();
        office().queryParams(query).get(PROJECTS).then()
                .statusCode(200)
                .body("totalItems", equalTo(ids.length))
                .body("items.id", containsInAnyOrder(expected.toArray()));
    }
}
