package gov.district.investment.leaders;

import java.util.Map;

import org.junit.jupiter.api.Test;

import gov.district.investment.support.Api;
import gov.district.investment.support.BusinessTime;
import gov.district.investment.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

import static gov.district.investment.leaders.Fixtures.LEADERS;
import static gov.district.investment.support.Api.MERGE_PATCH;
import static gov.district.investment.support.Api.PROBLEM_JSON;
import static gov.district.investment.support.Api.office;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

@QuarkusTest
@BusinessTime("2026-11-27T10:00")
class LeaderResourceTest {

    @Test
    void createReadListChangeAndHistory() {
        Map<String, Object> body = Fixtures.leaderBody("常务副区长");
        long id = office().body(body).post(LEADERS).then().statusCode(201)
                .header("Location", containsString("/api/v1/leaders/"))
                .header("ETag", "\"0\"")
                .body("name", equalTo(body.get("name")))
                .body("title", equalTo("常务副区长"))
                .body("phone", equalTo("13803350001"))
                .body("active", equalTo(true))
                .extract().jsonPath().getLong("id");
        office().get(LEADERS + "/" + id).then().statusCode(200).header("ETag", "\"0\"").body("phone", equalTo("13803350001"));
        Api.admin().get(LEADERS + "/" + id).then().statusCode(200).body("phone", equalTo("13803350001"));
        // personal data: hidden from every other role
        for (String token : new String[] { Tokens.role("reader"), Tokens.leader(id), Tokens.unit("GCJ"),
                Tokens.role("investment-bureau") }) {
            Api.as(token).get(LEADERS + "/" + id).then().statusCode(200).body("$", not(hasKey("phone"))).body("name",
                    equalTo(body.get("name")));
            Api.as(token).queryParam("q", body.get("name")).get(LEADERS).then().body("items[0]", not(hasKey("phone")));
        }
        office().queryParam("q", body.get("name")).get(LEADERS).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].phone", equalTo("13803350001"));

        office().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"title\":\"区长\",\"phone\":null}")
                .patch(LEADERS + "/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("title", equalTo("区长")).body("$", not(hasKey("phone")));
        office().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"title\":\"副区长\"}")
                .patch(LEADERS + "/" + id).then().statusCode(412).contentType(PROBLEM_JSON);
        // echoing the view back is no change
        office().contentType(MERGE_PATCH).body("{\"id\":" + id + ",\"title\":\"区长\",\"version\":1}")
                .patch(LEADERS + "/" + id).then().statusCode(200).header("ETag", "\"1\"");
        office().contentType(MERGE_PATCH).body("{\"createdAt\":\"2020-01-01T00:00:00Z\"}")
                .patch(LEADERS + "/" + id).then().statusCode(422).body("errors[0].field", equalTo("createdAt"));
        office().contentType(MERGE_PATCH).body("{\"name\":\"\"}")
                .patch(LEADERS + "/" + id).then().statusCode(422).body("errors[0].field", equalTo("name"));

        office().get(LEADERS + "/" + id + "/history").then().statusCode(200)
                .body("items.action", contains("CREATED", "UPDATED"))
                .body("items[1].changedFields", hasItems("title"))
                .body("items[0].after.phone", equalTo("13803350001"));
        Api.reader().get(LEADERS + "/" + id + "/history").then().statusCode(200)
                .body("items[0].after", not(hasKey("phone")));
        office().queryParam("active", "true").queryParam("q", body.get("name")).get(LEADERS).then().body("totalItems",
                equalTo(1));
        office().queryParam("active", "false").queryParam("q", body.get("name")).get(LEADERS).then().body("totalItems",
                equalTo(0));
    }

    @Test
    void errors() {
        office().get(LEADERS + "/987654321").then().statusCode(404).contentType(PROBLEM_JSON);
        office().get(LEADERS + "/abc").then().statusCode(400).body("errors[0].field", equalTo("id"));
        office().get(LEADERS + "/987654321/history").then().statusCode(404);
        office().body(Map.of("title", "副区长")).post(LEADERS).then().statusCode(422).body("errors[0].field", equalTo("name"));
        office().body(Map.of("name", "张三", "title", "副区长", "phone", "call me")).post(LEADERS).then().statusCode(422)
                .body("errors[0].field", equalTo("phone"));
        office().body(Map.of("name", "张三", "title", "副区长", "rank", 1)).post(LEADERS).then().statusCode(400);
        office().queryParam("active", "maybe").get(LEADERS).then().statusCode(400).body("errors[0].field", equalTo("active"));
        Api.reader().body(Fixtures.leaderBody("副区长")).post(LEADERS).then().statusCode(403);
        Api.as(Tokens.leader(1)).body(Fixtures.leaderBody("副区长")).post(LEADERS).then().statusCode(403);
        Api.as(Tokens.unit("GCJ")).contentType(MERGE_PATCH).body("{}").patch(LEADERS + "/1").then().statusCode(403);
        given().get(LEADERS).then().statusCode(401);
    }

    @Test
    void deactivatingALeaderStillAssignedIs409UntilReassigned() {
        long leader = Fixtures.createLeader();
        long project = Fixtures.keyProject();
        Fixtures.assign(project, leader, "LEAD", "2026-03-01");
        office().contentType(MERGE_PATCH).body("{\"active\":false}").patch(LEADERS + "/" + leader).then()
                .statusCode(409).contentType(PROBLEM_JSON)
                .body("projectIds", contains((int) project));
        long successor = Fixtures.createLeader();
        Fixtures.assign(project, successor, "LEAD", "2026-11-01");
        office().contentType(MERGE_PATCH).body("{\"active\":false}").patch(LEADERS + "/" + leader).then()
                .statusCode(200).body("active", equalTo(false));
        // an inactive leader takes no new project
        office().body(Map.of("leaderId", leader, "role", "ASSIST")).post(Api.PROJECTS + "/" + project + "/leaders").then()
                .statusCode(422).body("errors[0].field", equalTo("leaderId"));
        office().contentType(MERGE_PATCH).body("{\"active\":true}").patch(LEADERS + "/" + leader).then().statusCode(200);
    }
}
