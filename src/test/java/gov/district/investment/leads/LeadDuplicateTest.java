package gov.district.investment.leads;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import gov.district.investment.support.BusinessTime;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import static gov.district.investment.leads.LeadFixtures.LEADS;
import static gov.district.investment.leads.LeadFixtures.bureau;
import static gov.district.investment.leads.LeadFixtures.unit;
import static gov.district.investment.support.Api.MERGE_PATCH;
import static gov.district.investment.support.Api.PROBLEM_JSON;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@BusinessTime("2026-11-27T10:00")
class LeadDuplicateTest {

    @Test
    void anotherUnitsOpenLeadOnTheInvestorIs409UnlessConfirmed() {
        long investor = LeadFixtures.createInvestor();
        long held = LeadFixtures.createLead(investor, "ZSJ");
        // the same unit may hold several leads on one investor
        LeadFixtures.createLead(investor, "ZSJ");

        Map<String, Object> body = LeadFixtures.leadBody(investor, "GCJ");
        bureau().body(body).post(LEADS).then().statusCode(409).contentType(PROBLEM_JSON)
                .body("type", endsWith("duplicate")).body("leadId", equalTo((int) held))
                .body("ownerUnitCode", equalTo("ZSJ")).body("leadIds", hasSize(2))
                .body("detail", containsString("撞单"));
        unit("GCJ").body(body).post(LEADS).then().statusCode(409).body("leadId", equalTo((int) held));
        bureau().queryParam("investorId", investor).get(LEADS).then().body("totalItems", equalTo(2));

        long second = bureau().queryParam("confirmDuplicate", "true").body(body).post(LEADS).then().statusCode(201)
                .body("duplicateConfirmed", equalTo(true)).body("duplicateOfLeadId", equalTo((int) held))
                .extract().jsonPath().getLong("id");
        bureau().queryParam("confirmDuplicate", "false").body(LeadFixtures.leadBody(investor, "WLYGW")).post(LEADS).then()
                .statusCode(409);

        // reassigning is checked the same way
        long third = LeadFixtures.createLead(LeadFixtures.createInvestor(), "DGZ");
        bureau().contentType(MERGE_PATCH).body(Map.of("investorId", investor)).patch(LEADS + "/" + third).then().statusCode(409)
                .body("leadId", equalTo((int) held));
        bureau().contentType(MERGE_PATCH).queryParam("confirmDuplicate", "true").body(Map.of("investorId", investor))
                .patch(LEADS + "/" + third).then().statusCode(200).body("duplicateConfirmed", equalTo(true));
        bureau().contentType(MERGE_PATCH).body(Map.of("ownerUnitCode", "ZSJ")).patch(LEADS + "/" + second).then()
                .statusCode(409);
    }

    @Test
    void closedLeadsDoNotCount() {
        long investor = LeadFixtures.createInvestor();
        long dropped = LeadFixtures.createLead(investor, "ZSJ");
        LeadFixtures.move(dropped, "DROPPED");
        long converted = LeadFixtures.signedLead(investor, "WLYGW");
        bureau().body("{}").post(LEADS + "/" + converted + "/convert").then().statusCode(201);
        bureau().body(LeadFixtures.leadBody(investor, "GCJ")).post(LEADS).then().statusCode(201).body("duplicateConfirmed",
                equalTo(false));
    }

    /**
     * Two units register a lead on the same investor at the same moment: the database arbitrates
     * (the investor's row lock), so one gets 201 and the other 409 naming the first, never both 201.
     * Meant for MariaDB (CI runs the suite there); it holds on H2 as well.
     */
    @Test
    void twoUnitsRacingForOneInvestor() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 6; round++) {
                long investor = LeadFixtures.createInvestor();
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Response>> calls = new ArrayList<>();
                for (String code : new String[] { "GCJ", "WLYGW" }) {
                    Map<String, Object> body = LeadFixtures.leadBody(investor, code);
                    calls.add(pool.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        return unit(code).body(body).post(LEADS);
                    }));
                }
                List<Integer> statuses = new ArrayList<>();
                Long winner = null;
                Integer named = null;
                for (Future<Response> call : calls) {
                    Response response = call.get(60, TimeUnit.SECONDS);
                    statuses.add(response.statusCode());
                    if (response.statusCode() == 201) {
                        winner = response.jsonPath().getLong("id");
                    } else if (response.statusCode() == 409) {
                        named = response.jsonPath().getInt("leadId");
                    }
                }
                statuses.sort(null);
                assertEquals(List.of(201, 409), statuses, "round " + round);
                assertEquals(winner.intValue(), named.intValue(), "the 409 names the winner's lead");
                bureau().queryParam("investorId", investor).get(LEADS).then().body("totalItems", equalTo(1));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
