package gov.district.investment.leaders;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import gov.district.investment.support.Api;
import gov.district.investment.support.BusinessTime;
import gov.district.investment.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

import static gov.district.investment.leaders.Fixtures.PROTECTED;
import static gov.district.investment.support.Api.PROBLEM_JSON;
import static gov.district.investment.support.Api.PROJECTS;
import static gov.district.investment.support.Api.office;
import static org.hamcrest.Matchers.*;

@QuarkusTest
@BusinessTime("2026-11-27T10:00")
class ProtectionResourceTest {

    private static String protection(long projectId) {
        return PROJECTS + "/" + projectId + "/protection";
    }

    private static Map<String, Object> listing(String since, String until, String unit) {
        Map<String, Object> body = new HashMap<>();
        body.put("since", since);
        if (until != null) {
            body.put("until", until);
        }
        body.put("contactUnitCode", unit);
        body.put("note", "未经区领导批准，任何部门不得入企检查");
        return body;
    }

    private static Map<String, Object> inspection(String date) {
        return Map.of("date", date, "agency", "区市场监督管理局", "purpose", "特种设备安全检查", "approvedBy", "王建国（常务副区长）");
    }

    @Test
    void listChangeRegisterAndRemove() {
        long project = Fixtures.keyProject();
        office().body(listing("2026-03-01", "2027-12-31", "FGJ")).put(protection(project)).then()
                .statusCode(201).header("ETag", "\"0\"").header("Location", endsWith(protection(project)))
                .body("projectId", equalTo((int) project))
                .body("since", equalTo("2026-03-01")).body("until", equalTo("2027-12-31"))
                .body("contactUnitCode", equalTo("FGJ")).body("active", equalTo(true))
                .body("projectName", notNullValue());
        office().get(protection(project)).then().statusCode(200).header("ETag", "\"0\"");
        office().header("If-Match", "\"5\"").body(listing("2026-03-01", null, "FGJ")).put(protection(project)).then()
                .statusCode(412);
        office().header("If-Match", "\"0\"").body(listing("2026-03-01", null, "GCJ")).put(protection(project)).then()
                .statusCode(200).header("ETag", "\"1\"").body("contactUnitCode", equalTo("GCJ")).body("until", nullValue());
        // the same again: no new version
        office().body(listing("2026-03-01", null, "GCJ")).put(protection(project)).then().statusCode(200).header("ETag",
                "\"1\"");

        office().queryParam("active", "true").queryParam("size", 200).get(PROTECTED).then().statusCode(200)
                .body("items.projectId", hasItem((int) project));
        office().queryParam("unit", "GCJ").queryParam("size", 200).get(PROTECTED).then().body("items.projectId",
                hasItem((int) project));
        office().queryParam("active", "false").queryParam("size", 200).get(PROTECTED).then().body("items.projectId",
                not(hasItem((int) project)));

        long id = office().body(inspection("2026-11-20")).post(protection(project) + "/inspections").then().statusCode(201)
                .header("Location", containsString("/inspections/"))
                .body("agency", equalTo("区市场监督管理局"))
                .body("recordedBy", equalTo("test-project-office@test.district.local"))
                .extract().jsonPath().getLong("id");
        // the contact unit registers too; another unit may not
        Api.as(Tokens.unit("GCJ")).body(inspection("2026-11-21")).post(protection(project) + "/inspections").then()
                .statusCode(201);
        Api.as(Tokens.unit("ZJJ")).body(inspection("2026-11-21")).post(protection(project) + "/inspections").then()
                .statusCode(403);
        Api.reader().body(inspection("2026-11-21")).post(protection(project) + "/inspections").then().statusCode(403);
        office().get(protection(project) + "/inspections").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items.date", contains("2026-11-21", "2026-11-20"));
        office().get(protection(project) + "/inspections/" + id).then().statusCode(200).body("date", equalTo("2026-11-20"));
        office().get(protection(Fixtures.keyProject()) + "/inspections/" + id).then().statusCode(404);
        office().queryParam("projectId", project).get(PROTECTED + "/inspections").then().statusCode(200).body("totalItems",
                equalTo(2));
        office().queryParam("projectId", project).queryParam("from", "2026-11-21").get(PROTECTED + "/inspections").then()
                .body("totalItems", equalTo(1));
        office().queryParam("to", "2026-01-01").queryParam("from", "2026-02-01").get(PROTECTED + "/inspections").then()
                .statusCode(400);

        office().header("If-Match", "\"0\"").delete(protection(project)).then().statusCode(412);
        office().delete(protection(project)).then().statusCode(204);
        office().get(protection(project)).then().statusCode(404).contentType(PROBLEM_JSON);
        office().body(inspection("2026-11-22")).post(protection(project) + "/inspections").then().statusCode(409);
        // the inspections stay with the project, the listing in the trail
        office().get(protection(project) + "/inspections").then().body("totalItems", equalTo(2));
        office().get(protection(project) + "/history").then().statusCode(200)
                .body("items.action", contains("CREATED", "UPDATED", "DELETED"));
    }

    @Test
    void rules() {
        long project = Fixtures.keyProject();
        office().body(listing("2026-03-01", null, "NOPE")).put(protection(project)).then()
                .statusCode(422).body("errors[0].field", equalTo("contactUnitCode"));
        office().body(listing("2026-03-01", "2026-02-01", "FGJ")).put(protection(project)).then()
                .statusCode(422).body("errors[0].field", equalTo("until"));
        office().body(Map.of("contactUnitCode", "FGJ")).put(protection(project)).then()
                .statusCode(422).body("errors[0].field", equalTo("since"));
        office().header("If-Match", "\"0\"").body(listing("2026-03-01", null, "FGJ")).put(protection(project)).then()
                .statusCode(412);
        office().body(listing("2026-03-01", null, "FGJ")).put(protection(987654321)).then().statusCode(404);
        Api.as(Tokens.leader(1)).body(listing("2026-03-01", null, "FGJ")).put(protection(project)).then().statusCode(403);
        office().get(protection(project)).then().statusCode(404);
        office().delete(protection(project)).then().statusCode(404);
        office().get(protection(project) + "/history").then().statusCode(404);
        // not listed: no inspection to register
        office().body(inspection("2026-11-20")).post(protection(project) + "/inspections").then().statusCode(409);

        office().body(listing("2026-06-01", "2026-12-31", "FGJ")).put(protection(project)).then().statusCode(201);
        office().body(inspection("2026-05-31")).post(protection(project) + "/inspections").then().statusCode(409)
                .body("since", equalTo("2026-06-01"));
        office().body(inspection("2026-11-28")).post(protection(project) + "/inspections").then().statusCode(422)
                .body("errors[0].field", equalTo("date"));
        office().body(Map.of("date", "2026-11-20")).post(protection(project) + "/inspections").then().statusCode(422);
        // a leader of the project may register, another leader may not
        long leader = Fixtures.createLeader();
        Fixtures.assign(project, leader, "ASSIST", null);
        Api.as(Tokens.leader(leader)).body(inspection("2026-11-26")).post(protection(project) + "/inspections").then()
                .statusCode(201);
        Api.as(Tokens.leader(leader + 1000)).body(inspection("2026-11-26")).post(protection(project) + "/inspections").then()
                .statusCode(403);
        office().queryParam("active", "maybe").get(PROTECTED).then().statusCode(400);
    }
}
