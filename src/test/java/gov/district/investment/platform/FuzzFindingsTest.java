package gov.district.investment.platform;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import gov.district.investment.support.Api;
import gov.district.investment.support.OnAwkwardDays;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import static gov.district.investment.support.Api.PROBLEM_JSON;
import static gov.district.investment.support.Api.PROJECTS;
import static gov.district.investment.support.Api.office;
import static org.hamcrest.Matchers.*;

/**
 * What the fuzz run (ops/FuzzIT) found, one test per kind of fault, each in the shape the
 * fuzzer sent it. Each of these was a 500, an error that was not problem+json, or a record
 * stored in a form that broke every later read of it.
 */
@QuarkusTest
@OnAwkwardDays
class FuzzFindingsTest {

    /**
     * ISO years beyond 9999 or before 1 parse as dates; MariaDB stored them as its zero date, and every read of the row failed.
     */
    @Test
    void datesOutsideTheSupportedRangeAre400NamingTheFieldAndNothingIsStored() {
        for (String date : new String[] { "+99999-01-01", "+10000-01-01", "-0001-01-01", "0001-01-01", "0999-12-31" }) {
            Map<String, Object> body = Api.projectBody();
            body.put("plannedCompletionDate", date);
            office().body(body).post(PROJECTS).then()
                    .statusCode(400)
                    .contentType(PROBLEM_JSON)
                    .body("errors[0].field", equalTo("plannedCompletionDate"))
                    .body("errors[0].message", containsString("1000-01-01"));
        }
        long id = Api.createProject();
        office().contentType(Api.MERGE_PATCH).body("{\"plannedStartDate\":\"+10000-01-01\"}")
                .patch(PROJECTS + "/" + id).then().statusCode(400).body("errors[0].field", equalTo("plannedStartDate"));
        office().get(PROJECTS + "/" + id).then().statusCode(200).body("plannedStartDate", equalTo("2026-03-01"));
    }

    /** asOf=-999999999-01-01 overflowed YearMonth and Instant arithmetic in the indicators and the report history. */
    @Test
    void extremeDatesInQueryParametersAre400() {
        office().get("/api/v1/stats/pipeline?year=2026&asOf=-999999999-01-01").then()
                .statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("asOf"));
        long id = Api.createProject();
        office().get(PROJECTS + "/" + id + "/reports?asOf=+999999999-12-31").then()
                .statusCode(400).body("errors[0].field", equalTo("asOf"));
        office().get(PROJECTS + "?updatedSince=-999999999-01-01T00:00:00Z").then()
                .statusCode(400).body("errors[0].field", equalTo("updatedSince"));
    }

    /** 1E+2147483647 passed @Digits (its digit count overflows an int) and then blew up bringing it to scale 2. */
    @Test
    void numbersOfAbsurdMagnitudeAre400BeforeAnyRule() {
        long id = Api.createProject();
        for (String amount : new String[] { "1E+2147483647", "1e-999999999", "-1E+400" }) {
            office().body("{\"plannedInvestment\":" + amount + "}")
                    .put(PROJECTS + "/" + id + "/annual-plans/2026").then()
                    .statusCode(400).contentType(PROBLEM_JSON)
                    .body("errors[0].field", equalTo("plannedInvestment"));
        }
        // ordinary out-of-bounds numbers are still the rules' 422
        office().body("{\"plannedInvestment\":0.001}").put(PROJECTS + "/" + id + "/annual-plans/2026").then()
                .statusCode(422).body("errors[0].field", equalTo("plannedInvestment"));
    }

    /** The same two faults through the project import, whose cells are not read by Jackson. */
    @Test
    void importRowsWithAbsurdNumbersOrDatesAreRefusedNotFailed() {
        String header = office().accept("text/csv").get(PROJECTS + "/import/template?format=csv").then()
                .statusCode(200).extract().asString().lines().findFirst().orElseThrow().replace("\ufeff", "");
        String rows = "导入-量级,,GLASS,NORTH_INDUSTRIAL,GCJ,,,,否,1E+2147483647,,2026-03-01,2027-06-30\n"
                + "导入-日期,,GLASS,NORTH_INDUSTRIAL,GCJ,,,,否,100,,2026-03-01,+99999-01-01\n";
        office().contentType("text/csv").body((header + "\n" + rows).getBytes(StandardCharsets.UTF_8))
                .post(PROJECTS + "/import").then()
                .statusCode(200)
                .body("created", equalTo(0))
                .body("refused", equalTo(2))
                .body("rows[0].errors[0].column", equalTo("总投资(万元)"))
                .body("rows[1].errors[0].column", equalTo("计划竣工日期"));
    }

    /** A chunked body over the limit got an empty 413 from the REST layer's reader (and a logged 500). */
    @Test
    void chunkedBodiesAreReadUpToTheLimitAnd413IsProblemJson() {
        byte[] ok = "{\"name\":\"分块传输的领导\",\"title\":\"副区长\"}".getBytes(StandardCharsets.UTF_8);
        office().body(new ByteArrayInputStream(ok)).post("/api/v1/leaders").then()
                .statusCode(201).body("name", equalTo("分块传输的领导"));
        byte[] huge = ("{\"name\":\"" + "长".repeat(600_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        office().body(new ByteArrayInputStream(huge)).post("/api/v1/leaders").then()
                .statusCode(413).contentType(PROBLEM_JSON).body("status", equalTo(413));
    }

    /** A 20,000-character query value made the HTTP codec answer an empty 414 (no handler can shape it). */
    @Test
    void aTooLongRequestTargetIs414ProblemJsonAndALongButAllowedOneIsServed() {
        office().get(PROJECTS + "?q=" + "长".repeat(20_000)).then()
                .statusCode(414).contentType(PROBLEM_JSON).body("status", equalTo(414));
        // over the codec's old 4096 limit, under ours: answered by the API itself
        office().get(PROJECTS + "?sort=" + "x".repeat(5_000)).then()
                .statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("sort"));
    }

    /**
     * The error schema and the pipeline's problem resource were both "Problem": GET /problems/{id} was documented as an error.
     */
    @Test
    void theContractKeepsTheProblemResourceApartFromProblemDetails() {
        RestAssured.given().accept("application/json").get("/q/openapi?format=json").then()
                .statusCode(200)
                .body("components.schemas.Problem.properties", hasKey("escalationLevel"))
                .body("components.schemas.ProblemDetails.properties", hasKey("errors"))
                .body("paths.'/api/v1/projects'.post.responses.'400'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/ProblemDetails"));
    }

    @Test
    void anUnparseableContentTypeIs415AndABrokenMultipartFormIs400() {
        byte[] csv = "项目名称,总投资(万元)\n导入项目,100\n".getBytes(StandardCharsets.UTF_8);
        for (String path : new String[] { PROJECTS + "/import", "/api/v1/leads/import", PROJECTS }) {
            for (String type : new String[] { "x".repeat(256), " ", "ü", "text/html, application/json;q=0.1" }) {
                Api.admin().contentType(type).body(csv).post(path).then()
                        .statusCode(415).contentType(PROBLEM_JSON);
            }
            // a form whose boundary never comes: the request's fault, not the server's
            Api.admin().contentType("multipart/form-data; boundary=x").body(csv).post(path).then()
                    .statusCode(anyOf(equalTo(400), equalTo(415))).contentType(PROBLEM_JSON);
        }
    }
}
