package gov.district.investment.pipeline;

import java.util.Map;

import org.junit.jupiter.api.Test;

import gov.district.investment.support.Api;
import gov.district.investment.support.OnAwkwardDays;
import gov.district.investment.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

import static gov.district.investment.support.Api.MERGE_PATCH;
import static gov.district.investment.support.Api.PROBLEM_JSON;
import static gov.district.investment.support.Api.PROJECTS;
import static gov.district.investment.support.Api.office;
import static gov.district.investment.support.Api.projectBody;
import static org.hamcrest.Matchers.*;

@QuarkusTest
@OnAwkwardDays
class ProjectResourceTest {

    @Test
    void createReturns201WithLocationETagAndTheProject() {
        Map<String, Object> body = projectBody();
        body.put("ownerCreditCode", "91350100M000100Y43");
        var response = office().body(body).post(PROJECTS).then()
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/projects/\\d+$"))
                .header("ETag", "\"0\"")
                .body("code", matchesPattern("XM-\\d{4}-\\d{4}"))
                .body("name", equalTo(body.get("name")))
                .body("stage", equalTo("PLANNING"))
                .body("level", equalTo("DISTRICT"))
                .body("totalInvestment", equalTo(52000.00f))
                .body("statsRegistered", equalTo(false))
                .body("allowedTargets", containsInAnyOrder("PRELIMINARY", "CANCELLED"))
                .body("actualStartDate", nullValue())
                .body("version", equalTo(0))
                .body("createdAt", notNullValue())
                .extract();
        long id = response.jsonPath().getLong("id");
        // read back from the database: timestamps and dates survive the round trip unchanged
        office().get(response.header("Location")).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo((int) id))
                .body("createdAt", equalTo(response.jsonPath().getString("createdAt")))
                .body("updatedAt", equalTo(response.jsonPath().getString("updatedAt")))
                .body("plannedStartDate", equalTo("2026-03-01"))
                .body("plannedCompletionDate", equalTo("2027-06-30"))
                .body("ownerCreditCode", equalTo("91350100M000100Y43"));
    }

    @Test
    void codesAreUniqueAndSequential() {
        String first = office().body(projectBody()).post(PROJECTS).then().statusCode(201).extract().path("code");
        String second = office().body(projectBody()).post(PROJECTS).then().statusCode(201).extract().path("code");
        int a = Integer.parseInt(first.substring(first.lastIndexOf('-') + 1));
        int b = Integer.parseInt(second.substring(second.lastIndexOf('-') + 1));
        org.junit.jupiter.api.Assertions.assertEquals(a + 1, b);
    }

    @Test
    void createDefaultsLevelAndStatsRegistered() {
        Map<String, Object> body = projectBody();
        body.remove("level");
        office().body(body).post(PROJECTS).then().statusCode(201)
                .body("level", equalTo("NONE"))
                .body("statsRegistered", equalTo(false));
    }

    @Test
    void missingAndInvalidFieldsAre422NamingEachField() {
        Map<String, Object> body = projectBody();
        body.remove("name");
        body.put("totalInvestment", 0);
        body.put("ownerCreditCode", "91350100M000100Y44");
        office().body(body).post(PROJECTS).then()
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:district-investment:problem:validation"))
                .body("status", equalTo(422))
                .body("instance", equalTo(PROJECTS))
                .body("errors.field", containsInAnyOrder("name", "totalInvestment", "ownerCreditCode"));
    }

    @Test
    void unknownReferenceCodesAre422() {
        Map<String, Object> body = projectBody();
        body.put("industryCode", "NOPE");
        body.put("areaCode", "NOWHERE");
        body.put("ownerUnitCode", "XXX");
        office().body(body).post(PROJECTS).then()
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("errors.field", containsInAnyOrder("industryCode", "areaCode", "ownerUnitCode"))
                .body("errors.find { it.field == 'industryCode' }.message", containsString("NOPE"));
    }

    @Test
    void plannedCompletionBeforeStartIs422() {
        Map<String, Object> body = projectBody();
        body.put("plannedStartDate", "2026-05-01");
        body.put("plannedCompletionDate", "2026-04-30");
        office().body(body).post(PROJECTS).then()
                .statusCode(422)
                .body("errors[0].field", equalTo("plannedCompletionDate"));
    }

    @Test
    void nationalProjectCodeIsUniqueAndFormatChecked() {
        String code = "2026-130302-59-03-" + String.format("%06d", (int) (Math.random() * 999_999));
        Map<String, Object> body = projectBody();
        body.put("nationalProjectCode", code);
        office().body(body).post(PROJECTS).then().statusCode(201).body("nationalProjectCode", equalTo(code));
        Map<String, Object> again = projectBody();
        again.put("nationalProjectCode", code);
        office().body(again).post(PROJECTS).then()
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:district-investment:problem:duplicate"))
                .body("errors[0].field", equalTo("nationalProjectCode"));
        Map<String, Object> bad = projectBody();
        bad.put("nationalProjectCode", "ABC");
        office().body(bad).post(PROJECTS).then().statusCode(422).body("errors[0].field", equalTo("nationalProjectCode"));
    }

    @Test
    void getUnknownIs404ProblemAndNonNumericIdIs400() {
        office().get(PROJECTS + "/987654321").then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("title", equalTo("Not found"))
                .body("detail", containsString("987654321"));
        office().get(PROJECTS + "/abc").then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("id"));
    }

    @Test
    void patchChangesOnlyWhatItNamesAndBumpsVersion() {
        long id = Api.createProject();
        office().contentType(MERGE_PATCH).body("{\"totalInvestment\": 61000.5, \"description\": \"二期扩建\"}")
                .patch(PROJECTS + "/" + id).then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("totalInvestment", equalTo(61000.50f))
                .body("description", equalTo("二期扩建"))
                .body("industryCode", equalTo("GLASS"))
                .body("version", equalTo(1));
        // null clears an optional field
        office().contentType(MERGE_PATCH).body("{\"description\": null}")
                .patch(PROJECTS + "/" + id).then().statusCode(200).body("description", nullValue());
    }

    @Test
    void patchThatChangesNothingKeepsTheVersion() {
        long id = Api.createProject();
        office().contentType(MERGE_PATCH).body("{\"industryCode\": \"GLASS\", \"stage\": \"PLANNING\"}")
                .patch(PROJECTS + "/" + id).then().statusCode(200).body("version", equalTo(0));
    }

    @Test
    void patchRefusesStageAndClearingRequiredFields() {
        long id = Api.createProject();
        office().contentType(MERGE_PATCH).body("{\"stage\": \"CONSTRUCTION\"}")
                .patch(PROJECTS + "/" + id).then()
                .statusCode(422)
                .body("errors[0].field", equalTo("stage"))
                .body("errors[0].message", containsString("transitions"));
        office().contentType(MERGE_PATCH).body("{\"name\": null}")
                .patch(PROJECTS + "/" + id).then()
                .statusCode(422)
                .body("errors[0].field", equalTo("name"));
    }

    @Test
    void patchWithUnknownPropertyOrWrongTypeIs400() {
        long id = Api.createProject();
        office().contentType(MERGE_PATCH).body("{\"colour\": \"red\"}")
                .patch(PROJECTS + "/" + id).then()
                .statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("colour"));
        office().contentType(MERGE_PATCH).body("{\"totalInvestment\": \"lots\"}")
                .patch(PROJECTS + "/" + id).then()
                .statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("totalInvestment"));
    }

    @Test
    void patchNeedsMergePatchMediaType() {
        long id = Api.createProject();
        office().contentType("application/json").body("{\"description\": \"x\"}")
                .patch(PROJECTS + "/" + id).then()
                .statusCode(415).contentType(PROBLEM_JSON);
    }

    @Test
    void ifMatchIsHonouredOnPatchAndDelete() {
        long id = Api.createProject();
        office().contentType(MERGE_PATCH).header("If-Match", "\"7\"").body("{\"description\": \"x\"}")
                .patch(PROJECTS + "/" + id).then()
                .statusCode(412).contentType(PROBLEM_JSON)
                .header("ETag", "\"0\"")
                .body("currentVersion", equalTo(0));
        office().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"description\": \"x\"}")
                .patch(PROJECTS + "/" + id).then().statusCode(200).header("ETag", "\"1\"");
        office().header("If-Match", "\"0\"").delete(PROJECTS + "/" + id).then().statusCode(412);
        office().header("If-Match", "\"1\"").delete(PROJECTS + "/" + id).then().statusCode(204);
        office().get(PROJECTS + "/" + id).then().statusCode(404);
    }

    @Test
    void versionInThePatchBodyActsLikeIfMatch() {
        long id = Api.createProject();
        office().contentType(MERGE_PATCH).body("{\"version\": 3, \"description\": \"x\"}")
                .patch(PROJECTS + "/" + id).then().statusCode(412);
        office().contentType(MERGE_PATCH).body("{\"version\": \"zero\", \"description\": \"x\"}")
                .patch(PROJECTS + "/" + id).then().statusCode(400).body("errors[0].field", equalTo("version"));
        office().contentType(MERGE_PATCH).body("{\"version\": 0, \"description\": \"x\"}")
                .patch(PROJECTS + "/" + id).then().statusCode(200).body("version", equalTo(1));
    }

    @Test
    void deleteOnlyInPlanning() {
        long id = Api.createProject();
        Api.transition(id, "PRELIMINARY", "2026-01-10", null);
        office().delete(PROJECTS + "/" + id).then()
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("currentStage", equalTo("PRELIMINARY"));
    }

    @Test
    void unitWritesOnlyItsOwnProjects() {
        long own = Api.createProject(); // ownerUnitCode GCJ
        Api.as(Tokens.unit("GCJ")).contentType(MERGE_PATCH).body("{\"description\": \"本单位\"}")
                .patch(PROJECTS + "/" + own).then().statusCode(200);
        Api.as(Tokens.unit("FGJ")).contentType(MERGE_PATCH).body("{\"description\": \"别人的\"}")
                .patch(PROJECTS + "/" + own).then().statusCode(403).contentType(PROBLEM_JSON);
        // nor may it hand its project to another unit, or create for one
        Api.as(Tokens.unit("GCJ")).contentType(MERGE_PATCH).body("{\"ownerUnitCode\": \"FGJ\"}")
                .patch(PROJECTS + "/" + own).then().statusCode(403);
        Api.as(Tokens.unit("FGJ")).body(projectBody()).post(PROJECTS).then().statusCode(403);
        Api.as(Tokens.unit("FGJ")).get(PROJECTS + "/" + own).then().statusCode(200);
    }

    @Test
    void readerReadsButNeverWrites() {
        long id = Api.createProject();
        Api.reader().get(PROJECTS + "/" + id).then().statusCode(200);
        Api.reader().body(projectBody()).post(PROJECTS).then().statusCode(403).contentType(PROBLEM_JSON);
        Api.reader().contentType(MERGE_PATCH).body("{}").patch(PROJECTS + "/" + id).then().statusCode(403);
        Api.reader().delete(PROJECTS + "/" + id).then().statusCode(403);
    }

    @Test
    void noTokenIs401Problem() {
        io.restassured.RestAssured.given().get(PROJECTS).then()
                .statusCode(401)
                .contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", startsWith("Bearer"));
        io.restassured.RestAssured.given().auth().oauth2("not.a.token").get(PROJECTS).then()
                .statusCode(401)
                .contentType(PROBLEM_JSON);
    }
}
