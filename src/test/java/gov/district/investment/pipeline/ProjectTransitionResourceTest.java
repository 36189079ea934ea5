package gov.district.investment.pipeline;

import java.util.Map;

import org.junit.jupiter.api.Test;

import gov.district.investment.support.Api;
import gov.district.investment.support.BusinessTime;
import gov.district.investment.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

import static gov.district.investment.support.Api.PROBLEM_JSON;
import static gov.district.investment.support.Api.PROJECTS;
import static gov.district.investment.support.Api.office;
import static org.hamcrest.Matchers.*;

@QuarkusTest
@BusinessTime("2026-11-26T17:30:00Z") // 01:30 on 27 November in Beijing, still the 26th in UTC: business dates follow Beijing
class ProjectTransitionResourceTest {

    private static io.restassured.response.Response move(long id, Map<String, Object> body) {
        return office().body(body).post(PROJECTS + "/" + id + "/transitions");
    }

    @Test
    void legalTransitionIs201AndSetsTheStartDate() {
        long id = Api.createProject();
        move(id, Map.of("toStage", "PRELIMINARY", "effectiveDate", "2026-02-01")).then().statusCode(201)
                .header("ETag", "\"1\"");
        move(id, Map.of("toStage", "CONSTRUCTION", "effectiveDate", "2026-11-27", "reason", "施工许可证已取得"))
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/projects/" + id + "/transitions/\\d+$"))
                .body("fromStage", equalTo("PRELIMINARY"))
                .body("toStage", equalTo("CONSTRUCTION"))
                .body("effectiveDate", equalTo("2026-11-27"))
                .body("reason", equalTo("施工许可证已取得"))
                .body("actor", equalTo("test-project-office@test.district.local"))
                .body("recordedAt", equalTo("2026-11-26T17:30:00Z"));
        office().get(PROJECTS + "/" + id).then().statusCode(200)
                .body("stage", equalTo("CONSTRUCTION"))
                .body("actualStartDate", equalTo("2026-11-27"))
                .body("allowedTargets", containsInAnyOrder("COMPLETED", "SUSPENDED", "CANCELLED"));
    }

    @Test
    void effectiveDateDefaultsToTheBusinessToday() {
        long id = Api.createProject();
        move(id, Map.of("toStage", "PRELIMINARY")).then().statusCode(201).body("effectiveDate", equalTo("2026-11-27"));
    }

    @Test
    void illegalMoveIs409ListingAllowedTargets() {
        long id = Api.createProject();
        move(id, Map.of("toStage", "OPERATING", "effectiveDate", "2026-01-01")).then()
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:district-investment:problem:illegal-transition"))
                .body("currentStage", equalTo("PLANNING"))
                .body("allowedTargets", containsInAnyOrder("PRELIMINARY", "CANCELLED"));
    }

    @Test
    void futureOrEarlierDatesAre422() {
        long id = Api.createProject();
        move(id, Map.of("toStage", "PRELIMINARY", "effectiveDate", "2026-11-28")).then()
                .statusCode(422).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("effectiveDate"));
        move(id, Map.of("toStage", "PRELIMINARY", "effectiveDate", "2026-06-01")).then().statusCode(201);
        move(id, Map.of("toStage", "CONSTRUCTION", "effectiveDate", "2026-05-31")).then()
                .statusCode(422)
                .body("errors[0].message", containsString("2026-06-01"));
    }

    @Test
    void suspendNeedsReasonAndResumesOnlyToTheStageItLeft() {
        long id = Api.createProject();
        Api.transition(id, "PRELIMINARY", "2026-01-05", null);
        Api.transition(id, "CONSTRUCTION", "2026-03-05", null);
        move(id, Map.of("toStage", "SUSPENDED", "effectiveDate", "2026-05-01")).then()
                .statusCode(422).body("errors[0].field", equalTo("reason"));
        Api.transition(id, "SUSPENDED", "2026-05-01", "资金未到位");
        office().get(PROJECTS + "/" + id).then()
                .body("stage", equalTo("SUSPENDED"))
                .body("suspendedFrom", equalTo("CONSTRUCTION"))
                .body("allowedTargets", containsInAnyOrder("CONSTRUCTION", "CANCELLED"));
        move(id, Map.of("toStage", "PRELIMINARY", "effectiveDate", "2026-06-01")).then()
                .statusCode(409)
                .body("allowedTargets", containsInAnyOrder("CONSTRUCTION", "CANCELLED"));
        Api.transition(id, "CONSTRUCTION", "2026-06-01", null);
        office().get(PROJECTS + "/" + id).then().body("actualStartDate", equalTo("2026-03-05"));
    }

    @Test
    void cancelledIsTerminal() {
        long id = Api.createProject();
        move(id, Map.of("toStage", "CANCELLED", "effectiveDate", "2026-02-01")).then().statusCode(422);
        Api.transition(id, "CANCELLED", "2026-02-01", "项目单位撤资");
        move(id, Map.of("toStage", "PRELIMINARY", "effectiveDate", "2026-03-01")).then()
                .statusCode(409).body("allowedTargets", empty());
    }

    @Test
    void historyListsTransitionsOldestFirst() {
        long id = Api.createProject();
        Api.transition(id, "PRELIMINARY", "2025-12-01", null);
        Api.transition(id, "CONSTRUCTION", "2026-02-01", null);
        office().get(PROJECTS + "/" + id + "/transitions").then().statusCode(200)
                .body("items.toStage", contains("PRELIMINARY", "CONSTRUCTION"))
                .body("totalItems", equalTo(2))
                .body("page", equalTo(0))
                .body("items.fromStage", contains("PLANNING", "PRELIMINARY"))
                .body("items[0].actor", equalTo("test-project-office@test.district.local"));
        office().queryParam("size", 1).queryParam("page", 1).get(PROJECTS + "/" + id + "/transitions").then()
                .body("items.toStage", contains("CONSTRUCTION"))
                .body("totalPages", equalTo(2));
        long tid = office().get(PROJECTS + "/" + id + "/transitions").jsonPath().getLong("items[1].id");
        office().get(PROJECTS + "/" + id + "/transitions/" + tid).then().statusCode(200).body("toStage",
                equalTo("CONSTRUCTION"));
        office().get(PROJECTS + "/" + id + "/transitions/999999").then().statusCode(404).contentType(PROBLEM_JSON);
        office().get(PROJECTS + "/999999/transitions").then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void ifMatchOnTransition() {
        long id = Api.createProject();
        office().header("If-Match", "\"5\"").body(Map.of("toStage", "PRELIMINARY", "effectiveDate", "2026-01-01"))
                .post(PROJECTS + "/" + id + "/transitions").then().statusCode(412).contentType(PROBLEM_JSON);
        office().header("If-Match", "\"0\"").body(Map.of("toStage", "PRELIMINARY", "effectiveDate", "2026-01-01"))
                .post(PROJECTS + "/" + id + "/transitions").then().statusCode(201).header("ETag", "\"1\"");
    }

    @Test
    void unknownStageIs400AndOtherUnitsCannotMoveIt() {
        long id = Api.createProject();
        move(id, Map.of("toStage", "FINISHED")).then()
                .statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("toStage"))
                .body("errors[0].message", containsString("PRELIMINARY"));
        Api.as(Tokens.unit("FGJ")).body(Map.of("toStage", "PRELIMINARY")).post(PROJECTS + "/" + id + "/transitions")
                .then().statusCode(403);
        Api.as(Tokens.unit("GCJ")).body(Map.of("toStage", "PRELIMINARY")).post(PROJECTS + "/" + id + "/transitions")
                .then().statusCode(201);
    }
}
