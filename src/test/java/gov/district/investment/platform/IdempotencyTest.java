package gov.district.investment.platform;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import gov.district.investment.support.Api;
import gov.district.investment.support.OnAwkwardDays;
import gov.district.investment.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import static gov.district.investment.support.Api.PROBLEM_JSON;
import static gov.district.investment.support.Api.PROJECTS;
import static gov.district.investment.support.Api.office;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@OnAwkwardDays
class IdempotencyTest {

    @Test
    void replayReturnsTheFirstResponseAndCreatesNothingNew() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Api.projectBody();
        ExtractableResponse<Response> first = office().header("Idempotency-Key", key).body(body).post(PROJECTS)
                .then().statusCode(201).extract();
        ExtractableResponse<Response> replay = office().header("Idempotency-Key", key).body(body).post(PROJECTS)
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", equalTo(first.header("Location")))
                .header("ETag", equalTo(first.header("ETag")))
                .extract();
        assertEquals(first.jsonPath().getLong("id"), replay.jsonPath().getLong("id"));
        assertEquals(first.jsonPath().getString("code"), replay.jsonPath().getString("code"));
        office().queryParam("q", body.get("name")).get(PROJECTS).then().body("totalItems", equalTo(1));
    }

    @Test
    void sameKeyWithAnotherBodyIs422() {
        String key = UUID.randomUUID().toString();
        office().header("Idempotency-Key", key).body(Api.projectBody()).post(PROJECTS).then().statusCode(201);
        office().header("Idempotency-Key", key).body(Api.projectBody()).post(PROJECTS).then()
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:district-investment:problem:idempotency-mismatch"));
    }

    @Test
    void keysAreScopedToTheCaller() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Api.projectBody();
        long a = office().header("Idempotency-Key", key).body(body).post(PROJECTS).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        body.put("name", body.get("name") + "-admin");
        long b = Api.admin().header("Idempotency-Key", key).body(body).post(PROJECTS).then().statusCode(201)
                .header("Idempotent-Replayed", nullValue())
                .extract().jsonPath().getLong("id");
        org.junit.jupiter.api.Assertions.assertNotEquals(a, b);
    }

    @Test
    void failedRequestsReleaseTheKey() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Api.projectBody();
        body.put("industryCode", "NOPE");
        office().header("Idempotency-Key", key).body(body).post(PROJECTS).then().statusCode(422);
        body.put("industryCode", "GLASS");
        office().header("Idempotency-Key", key).body(body).post(PROJECTS).then().statusCode(201)
                .header("Idempotent-Replayed", nullValue());
    }

    @Test
    void transitionsAreIdempotentToo() {
        long id = Api.createProject();
        String key = UUID.randomUUID().toString();
        Map<String, Object> move = Map.of("toStage", "PRELIMINARY", "effectiveDate", "2026-01-10");
        long first = office().header("Idempotency-Key", key).body(move).post(PROJECTS + "/" + id + "/transitions")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long again = office().header("Idempotency-Key", key).body(move).post(PROJECTS + "/" + id + "/transitions")
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().jsonPath().getLong("id");
        assertEquals(first, again);
        office().get(PROJECTS + "/" + id + "/transitions").then().body("items", hasSize(1));
        Api.as(Tokens.unit("GCJ")).header("Idempotency-Key", key).body(move).post(PROJECTS + "/" + id + "/transitions")
                .then().statusCode(409).body("type", equalTo("urn:district-investment:problem:illegal-transition"));
    }
}
