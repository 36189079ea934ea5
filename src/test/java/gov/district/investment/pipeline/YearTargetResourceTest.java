package gov.district.investment.pipeline;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import gov.district.investment.support.Api;
import gov.district.investment.support.OnAwkwardDays;
import gov.district.investment.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

import static gov.district.investment.support.Api.PROBLEM_JSON;
import static gov.district.investment.support.Api.office;
import static org.hamcrest.Matchers.*;

@QuarkusTest
@OnAwkwardDays
class YearTargetResourceTest {

    /** Each test takes years of its own: targets are global per year. */
    private static final AtomicInteger YEAR = new AtomicInteger(2060);

    @Test
    void putCreatesReplacesAndIsAudited() {
        int year = YEAR.getAndIncrement();
        String path = "/api/v1/targets/" + year;
        office().body(Map.of("newStarts", 40, "completions", 25, "operations", 15, "plannedInvestment", 1500000,
                "signedLeadInvestment", 800000))
                .put(path).then()
                .statusCode(201)
                .header("Location", endsWith(path))
                .header("ETag", "\"0\"")
                .body("year", equalTo(year))
                .body("newStarts", equalTo(40))
                .body("plannedInvestment", equalTo(1500000.00f));
        office().body(Map.of("newStarts", 42)).put(path).then()
                .statusCode(200)
                .body("newStarts", equalTo(42))
                .body("completions", nullValue())
                .body("version", equalTo(1));
        office().body(Map.of("newStarts", 42)).put(path).then().statusCode(200).body("version", equalTo(1));
        office().get(path).then().statusCode(200).header("ETag", "\"1\"").body("newStarts", equalTo(42));
        office().get(path + "/history").then().statusCode(200)
                .body("items.action", contains("CREATED", "UPDATED"))
                .body("items[1].changedFields", hasItems("newStarts", "completions"));
    }

    @Test
    void errorsAndRoles() {
        int year = YEAR.getAndIncrement();
        String path = "/api/v1/targets/" + year;
        office().get(path).then().statusCode(404).contentType(PROBLEM_JSON);
        office().body(Map.of("newStarts", -1)).put(path).then().statusCode(422).body("errors[0].field", equalTo("newStarts"));
        office().body(Map.of("newStarts", "many")).put(path).then().statusCode(400).body("errors[0].field",
                equalTo("newStarts"));
        office().body(Map.of()).put("/api/v1/targets/MMXXVI").then().statusCode(400).body("errors[0].field", equalTo("year"));
        office().header("If-Match", "\"0\"").body(Map.of()).put(path).then().statusCode(412);
        Api.as(Tokens.unit("GCJ")).body(Map.of("newStarts", 1)).put(path).then().statusCode(403);
        Api.reader().body(Map.of("newStarts", 1)).put(path).then().statusCode(403);
        office().body(Map.of()).put(path).then().statusCode(201).body("newStarts", nullValue());
        Api.reader().get(path).then().statusCode(200);
        office().header("If-Match", "\"3\"").body(Map.of("operations", 2)).put(path).then().statusCode(412);
    }
}
