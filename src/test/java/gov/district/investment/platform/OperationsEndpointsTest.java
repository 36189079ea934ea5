package gov.district.investment.platform;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import gov.district.investment.leaders.app.DecisionGauges;
import gov.district.investment.pipeline.app.PipelineGauges;
import gov.district.investment.support.Api;
import gov.district.investment.support.BusinessTime;
import gov.district.investment.support.DatabaseAgnostic;
import gov.district.investment.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Request ids, health groups and metrics on the main port (the prod-profile side is OperationsIT). */
@QuarkusTest
@BusinessTime("2026-11-27T10:00") // the calendar is not its subject: one stated day, one run
@DatabaseAgnostic
class OperationsEndpointsTest {

    @Inject
    PipelineGauges pipelineGauges;

    @Inject
    DecisionGauges decisionGauges;

    @Inject
    EntityManager em;

    @Test
    void aRequestIdIsTakenFromTheCallerOrMadeAndReturned() {
        RestAssured.given().header("X-Request-Id", "req-42").get("/q/health/live").then()
                .statusCode(200).header("X-Request-Id", "req-42");
        String made = RestAssured.given().get("/q/health/live").then().statusCode(200)
                .extract().header("X-Request-Id");
        assertTrue(made.matches("[0-9a-f-]{36}"), made);
        // an id that could forge log lines is replaced, not echoed
        String replaced = RestAssured.given().header("X-Request-Id", "bad id\"}{").get("/q/health/live").then()
                .extract().header("X-Request-Id");
        assertTrue(replaced.matches("[0-9a-f-]{36}"), replaced);
    }

    @Test
    void problemBodiesCarryTheRequestId() {
        RestAssured.given().header("X-Request-Id", "req-problem-1").get("/api/v1/projects/1").then()
                .statusCode(401).header("X-Request-Id", "req-problem-1")
                .body("requestId", equalTo("req-problem-1"));
        Api.as(Tokens.role("admin")).header("X-Request-Id", "req-problem-2").get("/api/v1/projects/abc").then()
                .statusCode(400).body("requestId", equalTo("req-problem-2"));
        RestAssured.given().header("X-Request-Id", "req-problem-3").get("/no/such/path").then()
                .statusCode(404).body("requestId", equalTo("req-problem-3"));
    }

    @Test
    void healthGroupsAreOnTheMainPortAndLivenessHasNoDatabaseCheck() {
        RestAssured.get("/q/health/started").then().statusCode(200);
        RestAssured.get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("Database connections health check"));
        RestAssured.get("/q/health/live").then().statusCode(200)
                .body("checks.name", not(hasItem("Database connections health check")));
    }

    @Test
    void metricsHaveHttpServerTimingsAndBusinessGauges() {
        Api.as(Tokens.role("admin")).get("/api/v1/projects").then().statusCode(200);
        pipelineGauges.refresh();
        decisionGauges.refresh();
        String metrics = RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("http_server_requests_seconds_count{"), "HTTP server metrics");
        for (String stage : new String[] { "PLANNING", "PRELIMINARY", "CONSTRUCTION", "COMPLETED", "OPERATING", "SUSPENDED",
                "CANCELLED" }) {
            assertTrue(metrics.contains("investment_projects{stage=\"" + stage + "\"}"), stage);
        }
        for (String level : new String[] { "UNIT", "LEADER", "DISTRICT" }) {
            assertTrue(metrics.contains("investment_problems_open{escalation_level=\"" + level + "\"}"), level);
        }
        // counted, not the -1 of "not yet counted"
        Matcher overdue = Pattern.compile("(?m)^investment_decisions_overdue ([0-9.]+)$").matcher(metrics);
        assertTrue(overdue.find(), "investment_decisions_overdue");
        assertTrue(Double.parseDouble(overdue.group(1)) >= 0);
        double total = 0;
        Matcher projects = Pattern.compile("(?m)^investment_projects\\{stage=\"[A-Z]+\"} ([0-9.]+)$").matcher(metrics);
        int seen = 0;
        while (projects.find()) {
            total += Double.parseDouble(projects.group(1));
            seen++;
        }
        assertEquals(7, seen);
        long inDatabase = QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery("select count(p) from Project p", Long.class).getSingleResult());
        assertEquals(inDatabase, (long) total, "the stage gauges add up to the projects");
    }
}
