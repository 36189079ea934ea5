package gov.district.investment.pipeline;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import gov.district.investment.support.Api;
import gov.district.investment.support.OnAwkwardDays;
import gov.district.investment.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import static gov.district.investment.support.Api.PROBLEM_JSON;
import static gov.district.investment.support.Api.PROJECTS;
import static gov.district.investment.support.Api.office;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@OnAwkwardDays
class AnnualPlanResourceTest {

    private static String plans(long id) {
        return PROJECTS + "/" + id + "/annual-plans";
    }

    @Test
    void putCreatesThenReplaces() {
        long id = Api.createProject();
        office().body(Map.of("plannedInvestment", 45000, "goals", "完成主体结构封顶", "keyProject", true))
                .put(plans(id) + "/2026").then()
                .statusCode(201)
                .header("Location", endsWith("/api/v1/projects/" + id + "/annual-plans/2026"))
                .header("ETag", "\"0\"")
                .body("projectId", equalTo((int) id))
                .body("year", equalTo(2026))
                .body("plannedInvestment", equalTo(45000.00f))
                .body("goals", equalTo("完成主体结构封顶"))
                .body("keyProject", equalTo(true));
        office().body(Map.of("plannedInvestment", 50000, "goals", "完成主体结构封顶，设备进场"))
                .put(plans(id) + "/2026").then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("plannedInvestment", equalTo(50000.00f))
                .body("keyProject", equalTo(false));
        // the same document again changes nothing
        office().body(Map.of("plannedInvestment", 50000, "goals", "完成主体结构封顶，设备进场"))
                .put(plans(id) + "/2026").then().statusCode(200).body("version", equalTo(1));
        office().get(plans(id) + "/2026").then().statusCode(200).header("ETag", "\"1\"");
    }

    @Test
    void listIsOldestYearFirstInTheEnvelope() {
        long id = Api.createProject();
        for (int year : new int[] { 2027, 2025, 2026 }) {
            office().body(Map.of("plannedInvestment", year - 2000)).put(plans(id) + "/" + year).then().statusCode(201);
        }
        office().get(plans(id)).then()
                .statusCode(200)
                .body("items.year", contains(2025, 2026, 2027))
                .body("totalItems", equalTo(3));
    }

    @Test
    void ifMatchAndValidation() {
        long id = Api.createProject();
        office().header("If-Match", "\"0\"").body(Map.of("plannedInvestment", 1)).put(plans(id) + "/2026").then()
                .statusCode(412).contentType(PROBLEM_JSON);
        office().body(Map.of("plannedInvestment", 1)).put(plans(id) + "/2026").then().statusCode(201);
        office().header("If-Match", "\"9\"").body(Map.of("plannedInvestment", 2)).put(plans(id) + "/2026").then()
                .statusCode(412);
        office().body(Map.of("plannedInvestment", -1)).put(plans(id) + "/2026").then()
                .statusCode(422).body("errors[0].field", equalTo("plannedInvestment"));
        office().body(Map.of("goals", "没有金额")).put(plans(id) + "/2026").then()
                .statusCode(422).body("errors[0].field", equalTo("plannedInvestment"));
        office().body(Map.of("plannedInvestment", 1)).put(plans(id) + "/twenty").then()
                .statusCode(400).body("errors[0].field", equalTo("year"));
        office().body(Map.of("plannedInvestment", 1)).put(plans(id) + "/1899").then()
                .statusCode(400).body("errors[0].field", equalTo("year"));
        office().body(Map.of("plannedInvestment", 1, "budget", 2)).put(plans(id) + "/2026").then()
                .statusCode(400).body("errors[0].field", equalTo("budget"));
        office().body(Map.of("plannedInvestment", 1)).put(plans(987654321L) + "/2026").then().statusCode(404);
        office().get(plans(id) + "/2030").then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void rolesAndUnits() {
        long id = Api.createProject(); // owned by GCJ
        Api.reader().body(Map.of("plannedInvestment", 1)).put(plans(id) + "/2026").then().statusCode(403);
        Api.as(Tokens.unit("FGJ")).body(Map.of("plannedInvestment", 1)).put(plans(id) + "/2026").then().statusCode(403);
        Api.as(Tokens.unit("GCJ")).body(Map.of("plannedInvestment", 1)).put(plans(id) + "/2026").then().statusCode(201);
        Api.reader().get(plans(id)).then().statusCode(200).body("totalItems", equalTo(1));
    }

    @Test
    void changesAreAudited() {
        long id = Api.createProject();
        office().body(Map.of("plannedInvestment", 100)).put(plans(id) + "/2026").then().statusCode(201);
        office().body(Map.of("plannedInvestment", 120)).put(plans(id) + "/2026").then().statusCode(200);
        office().get(plans(id) + "/2026/history").then()
                .statusCode(200)
                .body("items.action", contains("CREATED", "UPDATED"))
                .body("items[1].changedFields", contains("plannedInvestment"))
                .body("items[1].actor", equalTo("test-project-office@test.district.local"));
    }

    @Test
    void concurrentFirstPutsOfOneYearBothLand() {
        for (int round = 0; round < 5; round++) {
            long id = Api.createProject();
            List<CompletableFuture<Response>> puts = List.of(
                    CompletableFuture
                            .supplyAsync(() -> office().body(Map.of("plannedInvestment", 10)).put(plans(id) + "/2026")),
                    CompletableFuture
                            .supplyAsync(() -> office().body(Map.of("plannedInvestment", 20)).put(plans(id) + "/2026")));
            List<Integer> statuses = puts.stream().map(CompletableFuture::join).map(Response::statusCode).sorted().toList();
            assertEquals(List.of(200, 201), statuses);
            office().get(plans(id)).then().body("totalItems", equalTo(1)).body("items[0].version", equalTo(1));
        }
    }
}
