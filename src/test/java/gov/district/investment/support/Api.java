package gov.district.investment.support;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** Request specs per role and project fixtures created through the API itself. */
public final class Api {

    public static final String PROJECTS = "/api/v1/projects";
    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String MERGE_PATCH = "application/merge-patch+json";

    private static final AtomicInteger SEQ = new AtomicInteger();

    private Api() {
    }

    public static RequestSpecification as(String token) {
        // JSON is UTF-8 (RFC 8259); REST-assured would encode merge-patch bodies as ISO-8859-1.
        // Set per request: the Quarkus test framework resets RestAssured.config before each test.
        return given()
                .config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .defaultContentCharset(StandardCharsets.UTF_8)
                        .defaultCharsetForContentType(StandardCharsets.UTF_8, MERGE_PATCH)))
                .auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification office() {
        return as(Tokens.role("project-office"));
    }

    public static RequestSpecification admin() {
        return as(Tokens.role("admin"));
    }

    public static RequestSpecification reader() {
        return as(Tokens.role("reader"));
    }

    /** A valid create body with a unique name; tests override what they care about. */
    public static Map<String, Object> projectBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "测试项目-" + SEQ.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("industryCode", "GLASS");
        body.put("areaCode", "NORTH_INDUSTRIAL");
        body.put("ownerUnitCode", "GCJ");
        body.put("ownerName", "秦皇岛奥晶玻璃有限公司");
        body.put("totalInvestment", new BigDecimal("52000"));
        body.put("level", "DISTRICT");
        body.put("plannedStartDate", "2026-03-01");
        body.put("plannedCompletionDate", "2027-06-30");
        return body;
    }

    public static long createProject(Map<String, Object> body) {
        return office().body(body).post(PROJECTS).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long createProject() {
        return createProject(projectBody());
    }

    public static void transition(long id, String toStage, String date, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("toStage", toStage);
        body.put("effectiveDate", date);
        if (reason != null) {
            body.put("reason", reason);
        }
        office().body(body).post(PROJECTS + "/" + id + "/transitions").then().statusCode(201);
    }
}
