package gov.district.investment.platform;

import org.junit.jupiter.api.Test;

import gov.district.investment.support.Api;
import gov.district.investment.support.BusinessTime;
import gov.district.investment.support.DatabaseAgnostic;
import gov.district.investment.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

import static org.hamcrest.Matchers.*;

@QuarkusTest
@BusinessTime("2026-11-27T10:00") // the calendar is not its subject: one stated day, one run
@DatabaseAgnostic
class MeResourceTest {

    @Test
    void unitCallerSeesItsUnit() {
        Api.as(Tokens.unit("GCJ")).get("/api/v1/me").then()
                .statusCode(200)
                .body("actor", equalTo("test-unit-GCJ@test.district.local"))
                .body("subject", equalTo("test-unit-GCJ"))
                .body("roles", contains("unit"))
                .body("unitCode", equalTo("GCJ"))
                .body("leaderId", nullValue());
    }

    @Test
    void leaderIdMayBeAStringOrANumber() {
        Api.as(Tokens.leader("7")).get("/api/v1/me").then().statusCode(200).body("leaderId", equalTo(7));
        Api.as(Tokens.leader(8)).get("/api/v1/me").then().statusCode(200).body("leaderId", equalTo(8));
    }

    @Test
    void upnFallsBackToSub() {
        String token = io.smallrye.jwt.build.Jwt.issuer(Tokens.ISSUER).audience(Tokens.AUDIENCE)
                .subject("svc-statistics").groups("reader").expiresIn(600).sign();
        Api.as(token).get("/api/v1/me").then().statusCode(200).body("actor", equalTo("svc-statistics"));
    }

    @Test
    void wrongIssuerOrAudienceOrExpiredIs401() {
        String wrongIssuer = io.smallrye.jwt.build.Jwt.issuer("https://evil.example").audience(Tokens.AUDIENCE)
                .subject("x").groups("admin").expiresIn(600).sign();
        String wrongAudience = io.smallrye.jwt.build.Jwt.issuer(Tokens.ISSUER).audience("other-service")
                .subject("x").groups("admin").expiresIn(600).sign();
        String expired = io.smallrye.jwt.build.Jwt.issuer(Tokens.ISSUER).audience(Tokens.AUDIENCE)
                .subject("x").groups("admin").issuedAt(1_000_000L).expiresAt(1_000_600L).sign();
        for (String token : new String[] { wrongIssuer, wrongAudience, expired }) {
            Api.as(token).get("/api/v1/me").then()
                    .statusCode(401)
                    .contentType(Api.PROBLEM_JSON)
                    .body("detail", equalTo("A valid bearer token is required"));
        }
    }
}
