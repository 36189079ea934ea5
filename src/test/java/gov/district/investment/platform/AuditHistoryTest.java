package gov.district.investment.platform;

import org.junit.jupiter.api.Test;

import gov.district.investment.support.Api;
import gov.district.investment.support.OnAwkwardDays;
import io.quarkus.test.junit.QuarkusTest;

import static gov.district.investment.support.Api.MERGE_PATCH;
import static gov.district.investment.support.Api.PROBLEM_JSON;
import static gov.district.investment.support.Api.PROJECTS;
import static gov.district.investment.support.Api.office;
import static org.hamcrest.Matchers.*;

@QuarkusTest
@OnAwkwardDays
class AuditHistoryTest {

    private static final String OFFICE = "test-project-office@test.district.local";

    @Test
    void createPatchTransitionAndDeleteAreAudited() {
        long id = Api.createProject();
        office().contentType(MERGE_PATCH).body("{\"totalInvestment\": 80000}").patch(PROJECTS + "/" + id)
                .then().statusCode(200);
        Api.transition(id, "PRELIMINARY", "2026-02-02", null);
        office().get(PROJECTS + "/" + id + "/history").then()
                .statusCode(200)
                .body("items", hasSize(3))
                .body("totalItems", equalTo(3))
                .body("items.action", contains("CREATED", "UPDATED", "UPDATED"))
                .body("items.actor", everyItem(equalTo(OFFICE)))
                .body("items[0].before", nullValue())
                .body("items[0].after.stage", equalTo("PLANNING"))
                .body("items[1].changedFields", contains("totalInvestment"))
                .body("items[1].before.totalInvestment", equalTo(52000.00f))
                .body("items[1].after.totalInvestment", equalTo(80000.00f))
                .body("items[2].changedFields", hasItems("stage", "allowedTargets"))
                .body("items[2].before.stage", equalTo("PLANNING"))
                .body("items[2].after.stage", equalTo("PRELIMINARY"))
                .body("items[0].at", notNullValue())
                .body("items[0].revision",
                        lessThan(office().get(PROJECTS + "/" + id + "/history").jsonPath().getInt("items[2].revision")));
    }

    /** The database pages the trail: a later page still shows its first entry's state before. */
    @Test
    void historyPagesKeepEachEntrysBefore() {
        long id = Api.createProject();
        office().contentType(MERGE_PATCH).body("{\"totalInvestment\": 80000}").patch(PROJECTS + "/" + id)
                .then().statusCode(200);
        office().contentType(MERGE_PATCH).body("{\"totalInvestment\": 90000}").patch(PROJECTS + "/" + id)
                .then().statusCode(200);
        office().queryParam("size", 1).queryParam("page", 2).get(PROJECTS + "/" + id + "/history").then()
                .statusCode(200)
                .body("page", equalTo(2))
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(3))
                .body("items", hasSize(1))
                .body("items[0].action", equalTo("UPDATED"))
                .body("items[0].changedFields", contains("totalInvestment"))
                .body("items[0].before.totalInvestment", equalTo(80000.00f))
                .body("items[0].after.totalInvestment", equalTo(90000.00f));
        office().queryParam("size", 2).queryParam("page", 5).get(PROJECTS + "/" + id + "/history").then()
                .statusCode(200)
                .body("items", empty())
                .body("totalItems", equalTo(3));
    }

    @Test
    void deletedProjectHistoryIsReadableByAdminOnly() {
        long id = Api.createProject();
        office().delete(PROJECTS + "/" + id).then().statusCode(204);
        Api.admin().get(PROJECTS + "/" + id + "/history").then()
                .statusCode(200)
                .body("items.action", contains("CREATED", "DELETED"))
                .body("items[1].before.name", notNullValue())
                .body("items[1].after", nullValue());
        office().get(PROJECTS + "/" + id + "/history").then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void historyOfUnknownProjectIs404() {
        office().get(PROJECTS + "/88888888/history").then().statusCode(404).contentType(PROBLEM_JSON);
    }
}
