package gov.district.investment.platform;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import gov.district.investment.support.Api;
import gov.district.investment.support.BusinessTime;
import gov.district.investment.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;

import static gov.district.investment.support.Api.PROBLEM_JSON;
import static gov.district.investment.support.Api.PROJECTS;
import static gov.district.investment.support.Api.office;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** OWASP API8 (misconfiguration) and API2 (broken authentication): headers, CORS, uniform 401s, limits. */
@QuarkusTest
@BusinessTime("2026-11-27T10:00") // the calendar is not its subject: one stated day, one run
class HardeningTest {

    private static final String ALLOWED_ORIGIN = "http://localhost:3000";

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        long id = Api.createProject();
        for (Response r : new Response[] {
                office().get(PROJECTS + "/" + id), // 200 from the REST layer
                office().get("/api/v1/nothing-here"), // 404 from the HTTP layer
                given().get(PROJECTS), // 401
                office().body("{\"name\":\"" + "长".repeat(600_000) + "\"}").post(PROJECTS) }) { // 413 before the REST layer
            r.then()
                    .header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Referrer-Policy", "no-referrer")
                    .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                    .header("Cache-Control", "no-store")
                    .header("Strict-Transport-Security", startsWith("max-age="));
        }
        // Swagger UI is a page with scripts: no API content policy there, the rest holds
        given().get("/q/swagger-ui/").then().statusCode(200)
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", nullValue());
    }

    @Test
    void corsAnswersOnlyConfiguredOrigins() {
        given().header("Origin", ALLOWED_ORIGIN)
                .header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
                .options(PROJECTS + "/1").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", ALLOWED_ORIGIN)
                .header("Access-Control-Allow-Origin", not(equalTo("*")));
        Api.as(Tokens.role("reader")).header("Origin", ALLOWED_ORIGIN).get(PROJECTS).then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", ALLOWED_ORIGIN)
                .header("Access-Control-Expose-Headers", containsString("ETag"));

        Response evil = given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "DELETE")
                .options(PROJECTS + "/1");
        assertEquals(null, evil.header("Access-Control-Allow-Origin"), "no CORS grant for an unknown origin");
        Api.as(Tokens.role("reader")).header("Origin", "https://evil.example").get(PROJECTS).then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void every401IsTheSameAnswerWhateverIsWrongWithTheToken() throws NoSuchAlgorithmException {
        var foreignKeys = KeyPairGenerator.getInstance("RSA");
        foreignKeys.initialize(2048);
        String forged = Jwt.issuer(Tokens.ISSUER).audience(Tokens.AUDIENCE).upn("mallory@evil.example")
                .groups("admin").expiresIn(600).sign(foreignKeys.generateKeyPair().getPrivate());
        String expired = Jwt.issuer(Tokens.ISSUER).audience(Tokens.AUDIENCE).subject("x").groups("admin")
                .issuedAt(1_000_000L).expiresAt(1_000_600L).sign();
        String wrongIssuer = Jwt.issuer("https://evil.example").audience(Tokens.AUDIENCE).subject("x")
                .groups("admin").expiresIn(600).sign();
        String valid = Tokens.role("admin");
        String unsigned = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + valid.split("\\.")[1] + ".";

        Map<String, Response> answers = new LinkedHashMap<>();
        answers.put("no header", given().get(PROJECTS + "/1"));
        answers.put("not bearer", given().header("Authorization", "Basic YWRtaW46YWRtaW4=").get(PROJECTS + "/1"));
        answers.put("garbage", given().header("Authorization", "Bearer not-a-token").get(PROJECTS + "/1"));
        answers.put("empty bearer", given().header("Authorization", "Bearer ").get(PROJECTS + "/1"));
        answers.put("forged signature", Api.as(forged).get(PROJECTS + "/1"));
        answers.put("alg none", Api.as(unsigned).get(PROJECTS + "/1"));
        answers.put("expired", Api.as(expired).get(PROJECTS + "/1"));
        answers.put("wrong issuer", Api.as(wrongIssuer).get(PROJECTS + "/1"));
        // an unknown record and a write: still 401, before anything about the record is looked at
        answers.put("unknown record", given().get(PROJECTS + "/987654321"));
        answers.put("write", given().contentType("application/json").body("{}").post(PROJECTS));

        Map<String, Object> reference = null;
        for (var e : answers.entrySet()) {
            Response r = e.getValue();
            assertEquals(401, r.statusCode(), e.getKey());
            assertEquals("Bearer", r.header("WWW-Authenticate"), e.getKey());
            assertEquals(PROBLEM_JSON, r.contentType().split(";")[0], e.getKey());
            Map<String, Object> body = new LinkedHashMap<>(r.jsonPath().getMap(""));
            body.remove("instance");
            body.remove("requestId");
            if (reference == null) {
                reference = body;
            }
            assertEquals(reference, body, e.getKey() + " answers differently from " + answers.keySet().iterator().next());
        }
    }

    @Test
    void pageSizeIsCapped() {
        office().get(PROJECTS + "?size=200").then().statusCode(200).body("size", equalTo(200));
        office().get(PROJECTS + "?size=201").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("size"));
        office().get(PROJECTS + "?size=99999999999999999999").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void noInternalsInAnyError() {
        for (Response r : new Response[] {
                office().body("{\"name\": [1, {\"x\": ").post(PROJECTS),
                office().body("{\"totalInvestment\": 1e400}").post(PROJECTS),
                office().get(PROJECTS + "/1' OR '1'='1"),
                office().get(PROJECTS + "?sort=name;DROP TABLE project"),
                office().get(PROJECTS + "?q=%27%22%5C%25_") }) {
            String body = r.asString();
            assertEquals(false, body.matches("(?s).*(Exception|\\bjava\\.|org\\.hibernate|SQL|select |\\tat ).*"), body);
        }
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void controlCharactersAreRefusedInEveryTextField() {
        for (String bad : new String[] { "a\\u0000b", "a\\u0007b", "a\\u001bb", "a\\u007fb", "a\\u0085b" }) {
            office().body("{\"name\": \"" + bad + "\"}").post(PROJECTS).then()
                    .statusCode(400).contentType(PROBLEM_JSON)
                    .body("errors[0].field", equalTo("name"))
                    .body("errors[0].message", equalTo("must be text without control characters or lone surrogates"));
        }
        // tab and line breaks are text
        Map<String, Object> body = Api.projectBody();
        body.put("description", "第一行\n第二行\r\n\t缩进");
        office().body(body).post(PROJECTS).then().statusCode(201).body("description", equalTo("第一行\n第二行\r\n\t缩进"));
    }
}
