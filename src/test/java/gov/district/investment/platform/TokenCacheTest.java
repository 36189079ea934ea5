package gov.district.investment.platform;

import org.junit.jupiter.api.Test;

import gov.district.investment.support.Api;
import gov.district.investment.support.BusinessTime;
import gov.district.investment.support.DatabaseAgnostic;
import gov.district.investment.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;

import static org.hamcrest.Matchers.equalTo;

/** Remembering verified tokens must never stretch a token past its exp nor accept a tampered one. */
@QuarkusTest
@BusinessTime("2026-11-27T10:00") // the calendar is not its subject: one stated day, one run
@DatabaseAgnostic
class TokenCacheTest {

    @Test
    void aCachedTokenStillExpires() throws InterruptedException {
        long now = System.currentTimeMillis() / 1000;
        String token = Jwt.issuer(Tokens.ISSUER).audience(Tokens.AUDIENCE).subject("short-lived")
                .groups("reader").issuedAt(now).expiresAt(now + 2).sign();
        Api.as(token).get("/api/v1/me").then().statusCode(200).body("subject", equalTo("short-lived"));
        Api.as(token).get("/api/v1/me").then().statusCode(200);
        // until just past exp and the 1 s clock skew the test profile allows
        Thread.sleep(Math.max(0, (now + 2 + 1) * 1000 + 200 - System.currentTimeMillis()));
        Api.as(token).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void aTamperedCopyOfACachedTokenIsRefused() {
        String token = Tokens.role("reader");
        Api.as(token).get("/api/v1/me").then().statusCode(200);
        String[] parts = token.split("\\.");
        // same header and signature, claims swapped for an admin's: the signature no longer matches
        String admin = Tokens.role("admin").split("\\.")[1];
        Api.as(parts[0] + "." + admin + "." + parts[2]).get("/api/v1/me").then().statusCode(401);
    }
}
