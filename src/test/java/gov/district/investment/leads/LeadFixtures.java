package gov.district.investment.leads;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import gov.district.investment.platform.validation.CreditCodeValidator;
import gov.district.investment.support.Api;
import gov.district.investment.support.Tokens;
import io.restassured.specification.RequestSpecification;

/** Leads-context fixtures created through the API itself. */
public final class LeadFixtures {

    static final String INVESTORS = "/api/v1/investors";
    public static final String LEADS = "/api/v1/leads";

    private LeadFixtures() {
    }

    public static RequestSpecification bureau() {
        return Api.as(Tokens.role("investment-bureau"));
    }

    static RequestSpecification unit(String code) {
        return Api.as(Tokens.unit(code));
    }

    /** A fresh, valid unified social credit code. */
    static String creditCode() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder first17 = new StringBuilder("91130302");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (first17.length() < 17) {
            first17.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return CreditCodeValidator.withCheckDigit(first17.toString());
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> investorBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", unique("浙江中国小商品城集团"));
        body.put("creditCode", creditCode());
        body.put("origin", "浙江省义乌市");
        body.put("type", "PRIVATE");
        body.put("fortune500", false);
        body.put("industryCode", "TRADE_LOGISTICS");
        body.put("contacts", List.of(Map.of("name", "陈志强", "title", "投资发展部总监", "phone", "13905790001")));
        return body;
    }

    public static long createInvestor() {
        return bureau().body(investorBody()).post(INVESTORS).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Map<String, Object> leadBody(long investorId, String unit) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", unique("义乌小商品城北方分市场"));
        body.put("investorId", investorId);
        body.put("channel", "BUSINESS_REFERRAL");
        body.put("industryCode", "TRADE_LOGISTICS");
        body.put("chainRole", "CHAIN_FILLING");
        body.put("intendedInvestment", new BigDecimal("150000"));
        body.put("landAreaMu", new BigDecimal("320"));
        body.put("areaCode", "LINGANG_LOGISTICS");
        body.put("ownerUnitCode", unit);
        body.put("handlerName", "刘海涛");
        body.put("nextFollowUpDate", "2026-12-05");
        body.put("note", "客商经义乌商会引荐");
        return body;
    }

    public static long createLead(long investorId, String unit) {
        return bureau().body(leadBody(investorId, unit)).post(LEADS).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long createLead() {
        return createLead(createInvestor(), "ZSJ");
    }

    static void move(long leadId, String toStage) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("toStage", toStage);
        if (toStage.equals("SIGNED")) {
            body.put("signedDate", "2026-10-18");
            body.put("contractInvestment", new BigDecimal("120000"));
        }
        if (toStage.equals("DROPPED")) {
            body.put("reason", "客商投资方向调整");
        }
        bureau().body(body).post(LEADS + "/" + leadId + "/transitions").then().statusCode(201);
    }

    /** A lead moved up to SIGNED (contract 120000 万元, signed 2026-10-18). */
    static long signedLead(long investorId, String unit) {
        long id = createLead(investorId, unit);
        move(id, "CONTACTED");
        move(id, "NEGOTIATING");
        move(id, "SIGNED");
        return id;
    }
}
