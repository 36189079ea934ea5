package gov.district.investment.leads;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import gov.district.investment.platform.validation.CreditCodeValidator;
import gov.district.investment.support.Api;
import gov.district.investment.support.BusinessTime;
import gov.district.investment.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

import static gov.district.investment.leads.LeadFixtures.INVESTORS;
import static gov.district.investment.leads.LeadFixtures.bureau;
import static gov.district.investment.support.Api.MERGE_PATCH;
import static gov.district.investment.support.Api.PROBLEM_JSON;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@BusinessTime("2026-11-27T10:00")
class InvestorResourceTest {

    /** Published codes of real companies (valid) and the same with one character changed (invalid). */
    static final List<String> VALID = List.of("91350100M000100Y43", "91110000600037341L", "91330000742906207U",
            "91110000802100433B", "91440300708461136T", "91110108551385082Q");
    static final List<String> INVALID = List.of(
            "91350100M000100Y44", // wrong check digit
            "91330000742906207V", // wrong check digit, a letter
            "913300007042068765", // a plausible-looking code whose check digit is wrong
            "91350100M000100Y4", // 17 characters
            "91350100M000100Y431", // 19 characters
            "91350100I000100Y43", // I is not in the alphabet
            "91350100O000100Y43", // nor O
            "9135010 M000100Y43"); // a space

    @Test
    void creditCodeVectors() {
        VALID.forEach(code -> assertTrue(CreditCodeValidator.isValid(code), code));
        INVALID.forEach(code -> assertFalse(CreditCodeValidator.isValid(code), code));
    }

    @Test
    void creditCodeIsCheckedAndUniqueOverTheApi() {
        for (String code : INVALID) {
            Map<String, Object> body = LeadFixtures.investorBody();
            body.put("creditCode", code);
            bureau().body(body).post(INVESTORS).then().statusCode(422).contentType(PROBLEM_JSON)
                    .body("errors[0].field", equalTo("creditCode"));
        }
        // a valid code: one investor per code (the real codes above may be taken by an earlier run of this test)
        String code = LeadFixtures.creditCode();
        Map<String, Object> body = LeadFixtures.investorBody();
        body.put("creditCode", code.toLowerCase()); // normalised to upper case
        long id = bureau().body(body).post(INVESTORS).then().statusCode(201)
                .body("creditCode", equalTo(code)).extract().jsonPath().getLong("id");
        Map<String, Object> twin = LeadFixtures.investorBody();
        twin.put("creditCode", code);
        bureau().body(twin).post(INVESTORS).then().statusCode(409).contentType(PROBLEM_JSON)
                .body("investorId", equalTo((int) id)).body("errors[0].field", equalTo("creditCode"));
        long other = LeadFixtures.createInvestor();
        bureau().contentType(MERGE_PATCH).body(Map.of("creditCode", code)).patch(INVESTORS + "/" + other).then()
                .statusCode(409);
        // without a code, any number of investors
        for (int i = 0; i < 2; i++) {
            Map<String, Object> foreign = LeadFixtures.investorBody();
            foreign.remove("creditCode");
            foreign.put("type", "FOREIGN");
            foreign.put("origin", "德国");
            bureau().body(foreign).post(INVESTORS).then().statusCode(201).body("$", hasKey("creditCode"))
                    .body("creditCode", nullValue());
        }
    }

    @Test
    void createReadSearchChangeAndHistory() {
        Map<String, Object> body = LeadFixtures.investorBody();
        body.put("fortune500", true);
        long id = bureau().body(body).post(INVESTORS).then().statusCode(201)
                .header("Location", containsString("/api/v1/investors/")).header("ETag", "\"0\"")
                .body("name", equalTo(body.get("name"))).body("type", equalTo("PRIVATE")).body("fortune500", equalTo(true))
                .body("contacts[0].name", equalTo("陈志强"))
                .extract().jsonPath().getLong("id");
        bureau().get(INVESTORS + "/" + id).then().statusCode(200).header("ETag", "\"0\"").body("origin", equalTo("浙江省义乌市"));
        bureau().queryParam("q", body.get("name")).get(INVESTORS).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo((int) id));
        bureau().queryParam("q", ((String) body.get("creditCode")).substring(0, 14)).get(INVESTORS).then()
                .body("items.id", hasItem((int) id));
        bureau().queryParam("q", body.get("name")).queryParam("type", "FOREIGN,STATE_OWNED").get(INVESTORS).then()
                .body("totalItems", equalTo(0));
        bureau().queryParam("q", body.get("name")).queryParam("fortune500", "true").get(INVESTORS).then().body("totalItems",
                equalTo(1));

        // contacts: for the pool's workers only
        for (String token : new String[] { Tokens.role("reader"), Tokens.role("project-office"), Tokens.leader(1) }) {
            Api.as(token).get(INVESTORS + "/" + id).then().statusCode(200).body("$", not(hasKey("contacts")))
                    .body("name", equalTo(body.get("name")));
            Api.as(token).queryParam("q", body.get("name")).get(INVESTORS).then().body("items[0]", not(hasKey("contacts")));
            Api.as(token).get(INVESTORS + "/" + id + "/history").then().body("items[0].after", not(hasKey("contacts")));
        }
        for (String token : new String[] { Tokens.role("admin"), Tokens.unit("GCJ") }) {
            Api.as(token).get(INVESTORS + "/" + id).then().statusCode(200).body("contacts", hasSize(1));
        }

        bureau().contentType(MERGE_PATCH).header("If-Match", "\"0\"")
                .body(Map.of("contacts", List.of(Map.of("name", "王芳", "phone", "13905790002")), "type", "JOINT"))
                .patch(INVESTORS + "/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("contacts", hasSize(1)).body("contacts[0].name", equalTo("王芳")).body("type", equalTo("JOINT"));
        bureau().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"origin\":\"浙江省\"}")
                .patch(INVESTORS + "/" + id).then().statusCode(412).contentType(PROBLEM_JSON);
        bureau().contentType(MERGE_PATCH).body("{\"id\":" + id + ",\"version\":1,\"type\":\"JOINT\"}")
                .patch(INVESTORS + "/" + id).then().statusCode(200).header("ETag", "\"1\"");
        bureau().contentType(MERGE_PATCH).body("{\"createdAt\":\"2020-01-01T00:00:00Z\"}")
                .patch(INVESTORS + "/" + id).then().statusCode(422).body("errors[0].field", equalTo("createdAt"));
        bureau().get(INVESTORS + "/" + id + "/history").then().statusCode(200)
                .body("items.action", contains("CREATED", "UPDATED"))
                .body("items[1].changedFields", hasItems("contacts", "type"));
    }

    @Test
    void errorsAndRoles() {
        bureau().get(INVESTORS + "/987654321").then().statusCode(404).contentType(PROBLEM_JSON);
        bureau().get(INVESTORS + "/abc").then().statusCode(400).body("errors[0].field", equalTo("id"));
        bureau().get(INVESTORS + "/987654321/history").then().statusCode(404);
        Map<String, Object> noName = LeadFixtures.investorBody();
        noName.remove("name");
        bureau().body(noName).post(INVESTORS).then().statusCode(422).body("errors[0].field", equalTo("name"));
        Map<String, Object> noType = LeadFixtures.investorBody();
        noType.remove("type");
        bureau().body(noType).post(INVESTORS).then().statusCode(422).body("errors[0].field", equalTo("type"));
        Map<String, Object> badType = LeadFixtures.investorBody();
        badType.put("type", "PUBLIC");
        bureau().body(badType).post(INVESTORS).then().statusCode(400).contentType(PROBLEM_JSON);
        Map<String, Object> badIndustry = LeadFixtures.investorBody();
        badIndustry.put("industryCode", "NOPE");
        bureau().body(badIndustry).post(INVESTORS).then().statusCode(422).body("errors[0].field", equalTo("industryCode"));
        Map<String, Object> badContact = LeadFixtures.investorBody();
        badContact.put("contacts", List.of(Map.of("phone", "1")));
        bureau().body(badContact).post(INVESTORS).then().statusCode(422).body("errors[0].field", containsString("contacts"));
        bureau().queryParam("type", "PUBLIC").get(INVESTORS).then().statusCode(400).body("errors[0].field", equalTo("type"));
        for (String role : new String[] { "reader", "project-office", "leader" }) {
            Api.as(Tokens.role(role)).body(LeadFixtures.investorBody()).post(INVESTORS).then().statusCode(403);
        }
        Api.as(Tokens.unit("GCJ")).body(LeadFixtures.investorBody()).post(INVESTORS).then().statusCode(201);
        Api.reader().contentType(MERGE_PATCH).body("{}").patch(INVESTORS + "/1").then().statusCode(403);
        given().get(INVESTORS).then().statusCode(401);
    }

    @Test
    void contactsAtEveryLimitAreStoredWhole() {
        // 20 contacts, every field at its limit in characters JSON must escape: over 6,000 characters stored
        List<Map<String, Object>> contacts = java.util.stream.IntStream.range(0, 20)
                .mapToObj(i -> Map.<String, Object> of("name", i + "\\".repeat(48), "title", "\"".repeat(50),
                        "phone", "\\".repeat(32)))
                .toList();
        Map<String, Object> body = LeadFixtures.investorBody();
        body.put("contacts", contacts);
        long id = bureau().body(body).post(INVESTORS).then().statusCode(201).extract().jsonPath().getLong("id");
        bureau().get(INVESTORS + "/" + id).then().statusCode(200).body("contacts.size()", equalTo(20))
                .body("contacts[19].title", equalTo("\"".repeat(50)));
    }
}
