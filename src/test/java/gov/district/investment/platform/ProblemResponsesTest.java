package gov.district.investment.platform;

import java.util.Map;

import org.junit.jupiter.api.Test;

import gov.district.investment.support.Api;
import gov.district.investment.support.BusinessTime;
import io.quarkus.test.junit.QuarkusTest;

import static gov.district.investment.support.Api.PROBLEM_JSON;
import static gov.district.investment.support.Api.PROJECTS;
import static gov.district.investment.support.Api.office;
import static org.hamcrest.Matchers.*;

/** Every error of DESIGN.md's status table leaves as problem+json, without internals. */
@QuarkusTest
@BusinessTime("2026-11-27T10:00") // the calendar is not its subject: one stated day, one run
class ProblemResponsesTest {

    @Test
    void unknownPathIs404Problem() {
        office().get("/api/v1/nothing-here").then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/v1/nothing-here"));
        office().get("/totally/unknown").then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void wrongMethodIs405() {
        office().put(PROJECTS).then()
                .statusCode(405)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:district-investment:problem:method-not-allowed"));
    }

    @Test
    void wrongContentTypeIs415() {
        office().contentType("text/plain").body("hello").post(PROJECTS).then()
                .statusCode(415)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void malformedJsonIs400() {
        office().body("{\"name\": ").post(PROJECTS).then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("detail", containsString("Malformed JSON"))
                .body(not(containsString("jackson")))
                .body(not(containsString("Exception")));
    }

    @Test
    void emptyBodyIs400() {
        office().post(PROJECTS).then().statusCode(400).contentType(PROBLEM_JSON);
    }

    @Test
    void unknownPropertyIs400NamingIt() {
        Map<String, Object> body = Api.projectBody();
        body.put("budget", 5);
        office().body(body).post(PROJECTS).then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("budget"))
                .body("errors[0].message", equalTo("unknown property"));
    }

    @Test
    void unknownEnumValueIs400ListingTheAllowedOnes() {
        Map<String, Object> body = Api.projectBody();
        body.put("level", "NATIONAL");
        office().body(body).post(PROJECTS).then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("level"))
                .body("errors[0].message", containsString("PROVINCIAL"));
    }

    @Test
    void wrongJsonTypesAre400() {
        Map<String, Object> body = Api.projectBody();
        body.put("totalInvestment", "很多");
        office().body(body).post(PROJECTS).then().statusCode(400).body("errors[0].field", equalTo("totalInvestment"));
        Map<String, Object> numericString = Api.projectBody();
        numericString.put("totalInvestment", "1000");
        office().body(numericString).post(PROJECTS).then().statusCode(400).body("errors[0].field", equalTo("totalInvestment"));
        Map<String, Object> nameAsNumber = Api.projectBody();
        nameAsNumber.put("name", 42);
        office().body(nameAsNumber).post(PROJECTS).then().statusCode(400).body("errors[0].field", equalTo("name"));
        Map<String, Object> badDate = Api.projectBody();
        badDate.put("plannedStartDate", "2026-13-45");
        office().body(badDate).post(PROJECTS).then().statusCode(400).body("errors[0].field", equalTo("plannedStartDate"));
        office().body("[1,2]").post(PROJECTS).then().statusCode(400).contentType(PROBLEM_JSON);
    }

    @Test
    void loneSurrogatesAndNulAre400NotA500() {
        office().body("{\"name\": \"\\ud800坏\", \"industryCode\": \"GLASS\"}").post(PROJECTS).then()
                .statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("name"));
        office().body("{\"name\": \"a\\u0000b\"}").post(PROJECTS).then()
                .statusCode(400).body("errors[0].field", equalTo("name"));
    }

    @Test
    void badQueryParametersAre400NamingTheParameter() {
        office().queryParam("stage", "FINISHED").get(PROJECTS).then()
                .statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("stage"))
                .body("errors[0].message", containsString("CONSTRUCTION"));
        office().queryParam("minInvestment", "abc").get(PROJECTS).then()
                .statusCode(400).body("errors[0].field", equalTo("minInvestment"));
        office().queryParam("size", "201").get(PROJECTS).then()
                .statusCode(400).body("errors[0].field", equalTo("size"));
        office().queryParam("page", "-1").get(PROJECTS).then()
                .statusCode(400).body("errors[0].field", equalTo("page"));
        office().queryParam("sort", "colour").get(PROJECTS).then()
                .statusCode(400).body("errors[0].field", equalTo("sort"));
        office().queryParam("updatedSince", "yesterday").get(PROJECTS).then()
                .statusCode(400).body("errors[0].field", equalTo("updatedSince"));
        office().queryParam("continuing", "maybe").get(PROJECTS).then()
                .statusCode(400).body("errors[0].field", equalTo("continuing"));
        office().queryParam("startedYear", "twenty").get(PROJECTS).then()
                .statusCode(400).body("errors[0].field", equalTo("startedYear"));
        office().queryParam("sort", ",").get(PROJECTS).then()
                .statusCode(400).body("errors[0].field", equalTo("sort"));
        office().queryParam("minInvestment", "1e999999999").get(PROJECTS).then()
                .statusCode(400).body("errors[0].field", equalTo("minInvestment"));
        long id = Api.createProject(); // its own project: the suite may run this test alone
        office().get(PROJECTS + "/" + id + "/transitions?size=0").then()
                .statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void oversizeBodyIs413Problem() {
        String huge = "{\"name\": \"" + "长".repeat(600_000) + "\"}";
        office().body(huge).post(PROJECTS).then()
                .statusCode(413)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(413));
    }

    @Test
    void idempotencyKeyTooLongIs400() {
        office().header("Idempotency-Key", "k".repeat(256)).body(Api.projectBody()).post(PROJECTS).then()
                .statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
    }
}
