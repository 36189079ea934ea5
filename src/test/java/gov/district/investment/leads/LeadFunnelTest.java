package gov.district.investment.leads;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import gov.district.investment.support.Api;
import gov.district.investment.support.BusinessTime;
import gov.district.investment.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import static gov.district.investment.leads.LeadFixtures.LEADS;
import static gov.district.investment.leads.LeadFixtures.bureau;
import static gov.district.investment.leads.LeadFixtures.createInvestor;
import static gov.district.investment.leads.LeadFixtures.leadBody;
import static gov.district.investment.leads.LeadFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The funnel against a prepared cohort in 2011, a year no other test uses:
 * A (ZSJ, 以商招商): CLUE 03-01 → CONTACTED 03-11 → NEGOTIATING 04-10 → SIGNED 05-10 (contract 800);
 * B (ZSJ, 以商招商): CLUE 03-01 → CONTACTED 03-21 → DROPPED 04-20;
 * C (ZSJ, 科技招商): stays CLUE;
 * D (GCJ, 科技招商): CLUE 03-01 → CONTACTED 03-06 → NEGOTIATING 03-16.
 * Created on 2011-03-01, moved (recorded) on 2011-06-30; target 2000 万元 signed lead investment.
 */
@QuarkusTest
@BusinessTime("2011-06-30T10:00")
class LeadFunnelTest {

    private static final String STATS = "/api/v1/stats/leads";

    private static boolean prepared;

    @BeforeEach
    void prepare() {
        if (prepared) {
            return;
        }
        prepared = true;
        TestClock.at("2011-03-01T10:00");
        long a = lead("ZSJ", "BUSINESS_REFERRAL", "1000");
        long b = lead("ZSJ", "BUSINESS_REFERRAL", "500");
        lead("ZSJ", "TECHNOLOGY", "300");
        long d = lead("GCJ", "TECHNOLOGY", "200");
        TestClock.at("2011-06-30T10:00");
        move(a, "CONTACTED", "2011-03-11");
        move(a, "NEGOTIATING", "2011-04-10");
        move(a, "SIGNED", "2011-05-10");
        move(b, "CONTACTED", "2011-03-21");
        move(b, "DROPPED", "2011-04-20");
        move(d, "CONTACTED", "2011-03-06");
        move(d, "NEGOTIATING", "2011-03-16");
        Api.office().body(Map.of("signedLeadInvestment", 2000)).put("/api/v1/targets/2011").then().statusCode(201);
    }

    private static long lead(String unitCode, String channel, String intended) {
        Map<String, Object> body = leadBody(createInvestor(), unitCode);
        body.put("channel", channel);
        body.put("intendedInvestment", new BigDecimal(intended));
        body.remove("nextFollowUpDate");
        return bureau().body(body).post(LEADS).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void move(long id, String to, String date) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("toStage", to);
        body.put("effectiveDate", date);
        if (to.equals("SIGNED")) {
            body.put("signedDate", date);
            body.put("contractInvestment", 800);
        }
        if (to.equals("DROPPED")) {
            body.put("reason", "客商投资方向调整");
        }
        bureau().body(body).post(LEADS + "/" + id + "/transitions").then().statusCode(201);
    }

    private static JsonPath funnel(String asOf) {
        return Api.reader().queryParam("year", "2011").queryParam("asOf", asOf).get(STATS)
                .then().statusCode(200).extract().jsonPath();
    }

    private static String stage(String name) {
        return "total.stages.find { it.stage == '" + name + "' }";
    }

    @Test
    void countsConversionsAndMedianDaysAtTheEndOfJune() {
        JsonPath f = funnel("2011-06-30");
        assertEquals(4, f.getInt("total.leads"));
        assertEquals(1, f.getInt(stage("CLUE") + ".count"));
        assertEquals(0, f.getInt(stage("CONTACTED") + ".count"));
        assertEquals(1, f.getInt(stage("NEGOTIATING") + ".count"));
        assertEquals(1, f.getInt(stage("SIGNED") + ".count"));
        assertEquals(1, f.getInt(stage("DROPPED") + ".count"));
        assertEquals(200.0, f.getDouble(stage("NEGOTIATING") + ".intendedInvestment"), 1e-9);
        assertEquals(800.0, f.getDouble(stage("SIGNED") + ".contractInvestment"), 1e-9);
        assertEquals(4, f.getInt(stage("CLUE") + ".reached"));
        assertEquals(3, f.getInt(stage("CONTACTED") + ".reached"));
        assertEquals(2, f.getInt(stage("NEGOTIATING") + ".reached"));
        assertEquals(1, f.getInt(stage("SIGNED") + ".reached"));
        assertEquals(1, f.getInt(stage("DROPPED") + ".reached"));
        assertEquals(0.75, f.getDouble(stage("CLUE") + ".conversionRate"), 1e-9);
        assertEquals(0.6667, f.getDouble(stage("CONTACTED") + ".conversionRate"), 1e-9);
        assertEquals(0.5, f.getDouble(stage("NEGOTIATING") + ".conversionRate"), 1e-9);
        assertEquals(0.0, f.getDouble(stage("SIGNED") + ".conversionRate"), 1e-9);
        assertNull(f.get(stage("LANDED") + ".conversionRate"));
        // CLUE stays 10, 20, 5; CONTACTED 30, 30, 10; NEGOTIATING 30
        assertEquals(10.0, f.getDouble(stage("CLUE") + ".medianDays"), 1e-9);
        assertEquals(30.0, f.getDouble(stage("CONTACTED") + ".medianDays"), 1e-9);
        assertEquals(30.0, f.getDouble(stage("NEGOTIATING") + ".medianDays"), 1e-9);
        assertNull(f.get(stage("SIGNED") + ".medianDays"));
        assertEquals(800.0, f.getDouble("total.signedInvestment"), 1e-9);
        assertEquals(2000.0, f.getDouble("signedTarget"), 1e-9);
        assertEquals(0.4, f.getDouble("signedRate"), 1e-9);
        assertEquals(3, f.getInt("breakdowns.unit.find { it.code == 'ZSJ' }.figures.leads"));
        assertEquals(1, f.getInt("breakdowns.unit.find { it.code == 'GCJ' }.figures.leads"));
        assertEquals(2, f.getInt("breakdowns.channel.find { it.code == 'BUSINESS_REFERRAL' }.figures.leads"));
        assertEquals(0.5, f.getDouble(
                "breakdowns.channel.find { it.code == 'BUSINESS_REFERRAL' }.figures.stages.find { it.stage == 'CONTACTED' }.conversionRate"),
                1e-9);
        assertEquals(4, f.getInt("breakdowns.industry.find { it.code == 'TRADE_LOGISTICS' }.figures.leads"));
        assertEquals(4, f.getInt("breakdowns.chainRole.find { it.code == 'CHAIN_FILLING' }.figures.leads"));
    }

    @Test
    void asOfBeforeTheMovesWereRecordedShowsTheCohortAsItStoodThen() {
        JsonPath f = funnel("2011-04-01");
        assertEquals(4, f.getInt("total.leads"));
        assertEquals(4, f.getInt(stage("CLUE") + ".count"));
        assertEquals(0, f.getInt(stage("CONTACTED") + ".reached"));
        assertEquals(0.0, f.getDouble("total.signedInvestment"), 1e-9);
        assertNull(f.get("signedTarget"));
    }

    @Test
    void aUnitSeesOnlyItsOwnLeads() {
        JsonPath f = unit("GCJ").queryParam("year", "2011").get(STATS).then().statusCode(200).extract().jsonPath();
        assertEquals(1, f.getInt("total.leads"));
        assertEquals(1, f.getInt(stage("NEGOTIATING") + ".count"));
        assertEquals(0.0, f.getDouble("total.signedInvestment"), 1e-9);
    }

    @Test
    void badParametersAreProblems() {
        Api.reader().queryParam("asOf", "2011-07-01").get(STATS).then().statusCode(422).contentType(Api.PROBLEM_JSON);
        Api.reader().queryParam("year", "abc").get(STATS).then().statusCode(400).contentType(Api.PROBLEM_JSON);
    }
}
