package gov.district.investment.security;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import gov.district.investment.support.Api;
import gov.district.investment.support.Tokens;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import static gov.district.investment.support.Api.MERGE_PATCH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The records the access matrix is walked on, made through the API as project-office and
 * investment-bureau, and one request per operation of the contract. Unit {@link #A} owns project
 * {@link #pA} and holds lead {@link #leadA}; unit {@link #B} owns {@link #pB} and holds {@link #leadB};
 * leader {@link #leaderX} leads pA and chairs {@link #meetingX}; leader {@link #leaderY} has no
 * assignment and chairs {@link #meetingY}.
 *
 * <p>
 * Variants name the record a cell is about: {@code own}/{@code foreign} (the caller's unit's or
 * another's), {@code handover} (an own record given to another unit), {@code assigned} (a problem on
 * another unit's project assigned to the caller's unit; a decision or inspection on the leader's
 * project), {@code chair}/{@code other} (a meeting the leader chairs or not), {@code contact} (a listing
 * whose contact unit is the caller's), {@code live}/{@code deleted} (a project's history) and
 * {@code own-rows} (a list asked for another unit's rows, which must show none). No variant: the own one.
 */
final class MatrixWorld {

    /** The business day the matrix runs on (Shanghai), so fixture dates are neither future nor overdue. */
    static final String NOW = "2026-11-27T10:00";
    static final String A = "GCJ";
    static final String B = "FGJ";
    static final Set<String> VARIANTS = Set.of("own", "foreign", "handover", "assigned", "chair", "other", "contact",
            "live", "deleted", "own-rows");

    private static final String PROJECTS = "/api/v1/projects";
    private static final String PROBLEMS = "/api/v1/problems";
    private static final String LEADERS = "/api/v1/leaders";
    private static final String MEETINGS = "/api/v1/dispatch-meetings";
    private static final String DECISIONS = "/api/v1/decisions";
    private static final String INVESTORS = "/api/v1/investors";
    private static final String LEADS = "/api/v1/leads";
    private static final String TARGET_YEAR = "2019";
    private static final String MONTH = "2026-11";

    @FunctionalInterface
    interface Call {
        Response run(MatrixWorld w, RequestSpecification as, String variant);
    }

    private static final Map<String, Call> CALLS = new LinkedHashMap<>();

    long pA;
    long pB;
    long deletedProject;
    long transitionA;
    long milestoneA;
    long milestoneB;
    long problemA;
    long problemAssigned;
    long problemB;
    long escalatedProblem;
    long escalation;
    long inspection;
    long leaderX;
    long leaderY;
    long meetingX;
    long meetingY;
    long decision;
    long investor;
    long leadA;
    long leadB;
    String leadBTitle;
    final Map<Long, Long> leadTransition = new HashMap<>();
    final Map<Long, Long> leadFollowUp = new HashMap<>();

    private MatrixWorld() {
    }

    static Set<String> calls() {
        return CALLS.keySet();
    }

    Response call(String operation, RequestSpecification as, String variant) {
        Call call = CALLS.get(operation);
        if (call == null) {
            throw new IllegalStateException("no request defined for " + operation);
        }
        return call.run(this, as, variant);
    }

    static Response anonymous(MatrixWorld w, String operation) {
        return w.call(operation, AccessMatrixTest.noToken(), null);
    }

    // ---- the world ------------------------------------------------------------------------------

    static MatrixWorld create() {
        MatrixWorld w = new MatrixWorld();
        w.pA = project(A, true);
        w.pB = project(B, true);
        w.transitionA = Api.office().get(PROJECTS + "/" + w.pA + "/transitions").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        w.deletedProject = project(A, false);
        Api.office().delete(PROJECTS + "/" + w.deletedProject).then().statusCode(204);
        for (long p : new long[] { w.pA, w.pB }) {
            Api.office().body(planBody()).put(PROJECTS + "/" + p + "/annual-plans/2026").then().statusCode(201);
            Api.office().body(reportBody()).put(PROJECTS + "/" + p + "/reports/" + MONTH).then().statusCode(201);
        }
        w.milestoneA = milestone(w.pA);
        w.milestoneB = milestone(w.pB);
        w.problemA = problem(w.pA, A);
        w.problemAssigned = problem(w.pB, A);
        w.problemB = problem(w.pB, B);
        w.escalatedProblem = problem(w.pA, A);
        w.escalation = Api.office().body(Map.of("reason", "需领导协调")).post(PROBLEMS + "/" + w.escalatedProblem + "/escalations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Api.office().body(protectionBody(A)).put(PROJECTS + "/" + w.pA + "/protection").then().statusCode(201);
        Api.office().body(protectionBody(B)).put(PROJECTS + "/" + w.pB + "/protection").then().statusCode(201);
        w.inspection = Api.office().body(inspectionBody()).post(PROJECTS + "/" + w.pA + "/protection/inspections")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        w.leaderX = leader();
        w.leaderY = leader();
        Api.office().body(Map.of("leaderId", w.leaderX, "role", "LEAD")).post(PROJECTS + "/" + w.pA + "/leaders")
                .then().statusCode(201);
        w.meetingX = Api.office().body(meetingBody(w.leaderX, w.pA)).post(MEETINGS).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        w.meetingY = Api.office().body(meetingBody(w.leaderY, w.pB)).post(MEETINGS).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        w.decision = w.freshDecision("chair");
        Api.office().body(Map.of("newStarts", 40)).put("/api/v1/targets/" + TARGET_YEAR).then().statusCode(201);
        w.investor = investor();
        w.leadA = w.lead(A);
        w.leadB = w.lead(B);
        w.leadBTitle = bureau().get(LEADS + "/" + w.leadB).then().statusCode(200).extract().jsonPath().getString("title");
        for (long lead : new long[] { w.leadA, w.leadB }) {
            w.leadTransition.put(lead, bureau().body(Map.of("toStage", "CONTACTED")).post(LEADS + "/" + lead + "/transitions")
                    .then().statusCode(201).extract().jsonPath().getLong("id"));
            w.leadFollowUp.put(lead, bureau().body(followUpBody()).post(LEADS + "/" + lead + "/follow-ups")
                    .then().statusCode(201).extract().jsonPath().getLong("id"));
        }
        return w;
    }

    private static RequestSpecification bureau() {
        return Api.as(Tokens.role("investment-bureau"));
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A DISTRICT key project of the unit, moved to PRELIMINARY (so it reports) if asked. */
    static long project(String unit, boolean preliminary) {
        Map<String, Object> body = Api.projectBody();
        body.put("ownerUnitCode", unit);
        long id = Api.createProject(body);
        if (preliminary) {
            Api.transition(id, "PRELIMINARY", "2026-11-01", null);
        }
        return id;
    }

    static Map<String, Object> projectBody(String unit) {
        Map<String, Object> body = Api.projectBody();
        body.put("ownerUnitCode", unit);
        return body;
    }

    static Map<String, Object> planBody() {
        return Map.of("plannedInvestment", 45000, "goals", "完成主体结构封顶", "keyProject", true);
    }

    static Map<String, Object> reportBody() {
        return Map.of("completedInvestment", 3200, "physicalProgress", "主体结构施工至六层");
    }

    static Map<String, Object> milestoneBody() {
        return Map.of("name", "取得施工许可证", "type", "CONSTRUCTION_PERMIT", "dueDate", "2026-12-20");
    }

    static long milestone(long project) {
        return Api.office().body(milestoneBody()).post(PROJECTS + "/" + project + "/milestones").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static Map<String, Object> problemBody(String unit) {
        return Map.of("title", "二期用地征拆协议未签订", "category", "DEMOLITION", "responsibleUnitCode", unit,
                "dueDate", "2026-12-31");
    }

    static long problem(long project, String unit) {
        return Api.office().body(problemBody(unit)).post(PROJECTS + "/" + project + "/problems").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static Map<String, Object> protectionBody(String contactUnit) {
        return Map.of("since", "2026-03-01", "contactUnitCode", contactUnit, "note", "重点保护");
    }

    static Map<String, Object> inspectionBody() {
        return Map.of("date", "2026-11-20", "agency", "区市场监督管理局", "purpose", "特种设备安全检查", "approvedBy", "王建国（常务副区长）");
    }

    static Map<String, Object> leaderBody() {
        return Map.of("name", unique("领导"), "title", "副区长", "phone", "13803350001");
    }

    static long leader() {
        return Api.office().body(leaderBody()).post(LEADERS).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Map<String, Object> meetingBody(long chair, long project) {
        return Map.of("date", "2026-11-27", "level", "LEADER", "chairLeaderId", chair, "title", "重点项目调度会",
                "attendees", List.of("发改局", "国土分局"), "projectIds", List.of(project));
    }

    static Map<String, Object> decisionBody(Long project) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", "限期完成征拆协议签订");
        if (project != null) {
            body.put("projectId", project);
        }
        body.put("responsibleUnitCode", A);
        body.put("dueDate", "2026-12-31");
        return body;
    }

    static String creditCode() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder first17 = new StringBuilder("91130302");
        while (first17.length() < 17) {
            first17.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return gov.district.investment.platform.validation.CreditCodeValidator.withCheckDigit(first17.toString());
    }

    static Map<String, Object> investorBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", unique("浙江中国小商品城集团"));
        body.put("creditCode", creditCode());
        body.put("origin", "浙江省义乌市");
        body.put("type", "PRIVATE");
        body.put("fortune500", false);
        body.put("industryCode", "TRADE_LOGISTICS");
        return body;
    }

    static long investor() {
        return bureau().body(investorBody()).post(INVESTORS).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A new lead body of the unit, on a fresh investor (so no other unit's lead makes it 撞单). */
    static Map<String, Object> leadBody(String unit) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", unique("义乌小商品城北方分市场"));
        body.put("investorId", investor());
        body.put("channel", "BUSINESS_REFERRAL");
        body.put("industryCode", "TRADE_LOGISTICS");
        body.put("intendedInvestment", new BigDecimal("150000"));
        body.put("areaCode", "LINGANG_LOGISTICS");
        body.put("ownerUnitCode", unit);
        body.put("handlerName", "刘海涛");
        return body;
    }

    long lead(String unit) {
        return bureau().body(leadBody(unit)).post(LEADS).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    long signedLead(String unit) {
        long id = lead(unit);
        for (String stage : new String[] { "CONTACTED", "NEGOTIATING" }) {
            bureau().body(Map.of("toStage", stage)).post(LEADS + "/" + id + "/transitions").then().statusCode(201);
        }
        bureau().body(Map.of("toStage", "SIGNED", "signedDate", "2026-10-18", "contractInvestment", 120000))
                .post(LEADS + "/" + id + "/transitions").then().statusCode(201);
        return id;
    }

    static Map<String, Object> followUpBody() {
        return Map.of("kind", "VISIT", "summary", "赴义乌拜访集团投资部");
    }

    // ---- which record a variant names ---------------------------------------------------------------

    static String unitOf(String variant) {
        return "foreign".equals(variant) ? B : A;
    }

    long project(String variant) {
        return "foreign".equals(variant) ? pB : pA;
    }

    long milestone(String variant) {
        return "foreign".equals(variant) ? milestoneB : milestoneA;
    }

    long problem(String variant) {
        if ("assigned".equals(variant)) {
            return problemAssigned;
        }
        return "foreign".equals(variant) ? problemB : problemA;
    }

    long freshProblem(String variant) {
        if ("assigned".equals(variant)) {
            return problem(pB, A);
        }
        return "foreign".equals(variant) ? problem(pB, B) : problem(pA, A);
    }

    long lead(String variant, boolean fresh) {
        if (fresh) {
            return lead(unitOf(variant));
        }
        return "foreign".equals(variant) ? leadB : leadA;
    }

    long meeting(String variant) {
        return "other".equals(variant) ? meetingY : meetingX;
    }

    /** chair: of leader X's meeting; assigned: of Y's meeting on X's project; other: of Y's meeting on B's project. */
    long freshDecision(String variant) {
        long meeting = "chair".equals(variant) || variant == null ? meetingX : meetingY;
        long project = "assigned".equals(variant) ? pA : pB;
        return Api.office().body(decisionBody(project)).post(MEETINGS + "/" + meeting + "/decisions").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** Asked for another unit's rows (its lead's title, its unit), a unit's answer shows none of them. */
    void assertNoForeignRows(String operation, Response response) {
        String body = new String(response.asByteArray(), StandardCharsets.UTF_8);
        assertFalse(body.contains(leadBTitle), operation + " showed another unit's lead: " + body);
        switch (operation) {
            case "GET /api/v1/leads" -> assertEquals(0, response.jsonPath().getInt("totalItems"), body);
            case "GET /api/v1/leads/funnel" -> assertEquals(0, response.jsonPath().getInt("open"), body);
            case "GET /api/v1/stats/leads" -> assertFalse(body.contains("\"" + B + "\""), "another unit in " + body);
            default -> {
            }
        }
    }

    // ---- one request per operation ------------------------------------------------------------------

    private static void on(String operation, Call call) {
        CALLS.put(operation, call);
    }

    private static RequestSpecification patch(RequestSpecification as) {
        return as.contentType(MERGE_PATCH);
    }

    private static RequestSpecification file(RequestSpecification as) {
        return as.accept("*/*");
    }

    static {
        // platform and reference
        on("GET /api/v1/me", (w, as, v) -> as.get("/api/v1/me"));
        for (String list : new String[] { "areas", "enums", "industries", "units" }) {
            on("GET /api/v1/reference/" + list, (w, as, v) -> as.get("/api/v1/reference/" + list));
        }

        // projects
        on("GET /api/v1/projects", (w, as, v) -> as.get(PROJECTS));
        on("POST /api/v1/projects", (w, as, v) -> as.body(projectBody(unitOf(v))).post(PROJECTS));
        on("GET /api/v1/projects/export", (w, as, v) -> file(as).queryParam("format", "csv").get(PROJECTS + "/export"));
        on("POST /api/v1/projects/import", (w, as, v) -> as.contentType("text/csv").accept("application/json")
                .body(("项目名称,项目简介,行业代码,区域代码,责任单位代码,项目单位,统一社会信用代码,项目代码,是否入统,总投资(万元),项目级别,计划开工日期,计划竣工日期\n"
                        + unique("导入项目") + ",,GLASS,NORTH_INDUSTRIAL," + A
                        + ",秦皇岛奥晶玻璃有限公司,,,否,52000,DISTRICT,2026-03-01,2027-06-30\n")
                        .getBytes(StandardCharsets.UTF_8))
                .post(PROJECTS + "/import"));
        on("GET /api/v1/projects/import/template",
                (w, as, v) -> file(as).queryParam("format", "csv").get(PROJECTS + "/import/template"));
        on("GET /api/v1/projects/{id}", (w, as, v) -> as.get(PROJECTS + "/" + w.project(v)));
        on("PATCH /api/v1/projects/{id}", (w, as, v) -> "handover".equals(v)
                ? patch(as).body(Map.of("ownerUnitCode", B)).patch(PROJECTS + "/" + w.pA)
                : patch(as).body(Map.of("description", "按月调度")).patch(PROJECTS + "/" + w.project(v)));
        on("DELETE /api/v1/projects/{id}", (w, as, v) -> as.delete(PROJECTS + "/" + project(unitOf(v), false)));
        on("GET /api/v1/projects/{id}/history",
                (w, as, v) -> as.get(PROJECTS + "/" + ("deleted".equals(v) ? w.deletedProject : w.pA) + "/history"));
        on("GET /api/v1/projects/{id}/transitions", (w, as, v) -> as.get(PROJECTS + "/" + w.pA + "/transitions"));
        on("POST /api/v1/projects/{id}/transitions",
                (w, as, v) -> as.body(Map.of("toStage", "PRELIMINARY", "effectiveDate", "2026-11-20"))
                        .post(PROJECTS + "/" + project(unitOf(v), false) + "/transitions"));
        on("GET /api/v1/projects/{id}/transitions/{transitionId}",
                (w, as, v) -> as.get(PROJECTS + "/" + w.pA + "/transitions/" + w.transitionA));
        on("GET /api/v1/projects/{id}/investment", (w, as, v) -> as.get(PROJECTS + "/" + w.pA + "/investment"));

        // annual plans and monthly reports
        on("GET /api/v1/projects/{id}/annual-plans", (w, as, v) -> as.get(PROJECTS + "/" + w.pA + "/annual-plans"));
        on("PUT /api/v1/projects/{id}/annual-plans/{year}",
                (w, as, v) -> as.body(planBody()).put(PROJECTS + "/" + w.project(v) + "/annual-plans/2026"));
        on("GET /api/v1/projects/{id}/annual-plans/{year}", (w, as, v) -> as.get(PROJECTS + "/" + w.pA + "/annual-plans/2026"));
        on("GET /api/v1/projects/{id}/annual-plans/{year}/history",
                (w, as, v) -> as.get(PROJECTS + "/" + w.pA + "/annual-plans/2026/history"));
        on("GET /api/v1/projects/{id}/reports", (w, as, v) -> as.get(PROJECTS + "/" + w.pA + "/reports"));
        on("PUT /api/v1/projects/{id}/reports/{month}",
                (w, as, v) -> as.body(reportBody()).put(PROJECTS + "/" + w.project(v) + "/reports/" + MONTH));
        on("GET /api/v1/projects/{id}/reports/{month}", (w, as, v) -> as.get(PROJECTS + "/" + w.pA + "/reports/" + MONTH));
        on("GET /api/v1/projects/{id}/reports/{month}/revisions",
                (w, as, v) -> as.get(PROJECTS + "/" + w.pA + "/reports/" + MONTH + "/revisions"));
        on("GET /api/v1/reports/missing", (w, as, v) -> as.queryParam("month", "2026-10").get("/api/v1/reports/missing"));

        // milestones
        on("GET /api/v1/projects/{id}/milestones", (w, as, v) -> as.get(PROJECTS + "/" + w.pA + "/milestones"));
        on("POST /api/v1/projects/{id}/milestones",
                (w, as, v) -> as.body(milestoneBody()).post(PROJECTS + "/" + w.project(v) + "/milestones"));
        on("POST /api/v1/projects/{id}/milestones/plan-backward", (w, as, v) -> as.body(Map.of("targetDate", "2027-06-30",
                "steps", List.of(Map.of("name", "主体封顶", "type", "TOPPING_OUT", "durationDays", 30))))
                .post(PROJECTS + "/" + w.project(v) + "/milestones/plan-backward"));
        on("GET /api/v1/projects/{id}/milestones/{milestoneId}",
                (w, as, v) -> as.get(PROJECTS + "/" + w.pA + "/milestones/" + w.milestoneA));
        on("PATCH /api/v1/projects/{id}/milestones/{milestoneId}", (w, as, v) -> patch(as).body(Map.of("note", "需规划局先行出具规划条件"))
                .patch(PROJECTS + "/" + w.project(v) + "/milestones/" + w.milestone(v)));
        on("DELETE /api/v1/projects/{id}/milestones/{milestoneId}", (w, as, v) -> {
            long project = w.project(v);
            return as.delete(PROJECTS + "/" + project + "/milestones/" + milestone(project));
        });
        on("GET /api/v1/projects/{id}/milestones/{milestoneId}/history",
                (w, as, v) -> as.get(PROJECTS + "/" + w.pA + "/milestones/" + w.milestoneA + "/history"));
        on("GET /api/v1/milestones", (w, as, v) -> as.get("/api/v1/milestones"));

        // problems
        on("POST /api/v1/projects/{id}/problems",
                (w, as, v) -> as.body(problemBody(A)).post(PROJECTS + "/" + w.project(v) + "/problems"));
        on("GET /api/v1/problems", (w, as, v) -> as.get(PROBLEMS));
        on("GET /api/v1/problems/export", (w, as, v) -> file(as).queryParam("format", "csv").get(PROBLEMS + "/export"));
        on("GET /api/v1/problems/{id}", (w, as, v) -> as.get(PROBLEMS + "/" + w.problemA));
        on("PATCH /api/v1/problems/{id}", (w, as, v) -> patch(as).body(Map.of("description", "需国土分局协调"))
                .patch(PROBLEMS + "/" + w.problem(v)));
        on("POST /api/v1/problems/{id}/transitions", (w, as, v) -> as.body(Map.of("toStatus", "IN_PROGRESS"))
                .post(PROBLEMS + "/" + w.freshProblem(v) + "/transitions"));
        on("GET /api/v1/problems/{id}/escalations", (w, as, v) -> as.get(PROBLEMS + "/" + w.escalatedProblem + "/escalations"));
        on("POST /api/v1/problems/{id}/escalations", (w, as, v) -> as.body(Map.of("reason", "需领导协调"))
                .post(PROBLEMS + "/" + w.freshProblem(v) + "/escalations"));
        on("GET /api/v1/problems/{id}/escalations/{escalationId}",
                (w, as, v) -> as.get(PROBLEMS + "/" + w.escalatedProblem + "/escalations/" + w.escalation));
        on("GET /api/v1/problems/{id}/history", (w, as, v) -> as.get(PROBLEMS + "/" + w.problemA + "/history"));

        // targets and statistics
        on("PUT /api/v1/targets/{year}", (w, as, v) -> as.body(Map.of("newStarts", 40)).put("/api/v1/targets/" + TARGET_YEAR));
        on("GET /api/v1/targets/{year}", (w, as, v) -> as.get("/api/v1/targets/" + TARGET_YEAR));
        on("GET /api/v1/targets/{year}/history", (w, as, v) -> as.get("/api/v1/targets/" + TARGET_YEAR + "/history"));
        on("GET /api/v1/stats/pipeline", (w, as, v) -> as.queryParam("year", "2026").get("/api/v1/stats/pipeline"));
        on("GET /api/v1/stats/units", (w, as, v) -> as.queryParam("year", "2026").get("/api/v1/stats/units"));

        // leaders and assignments
        on("GET /api/v1/leaders", (w, as, v) -> as.get(LEADERS));
        on("POST /api/v1/leaders", (w, as, v) -> as.body(leaderBody()).post(LEADERS));
        on("GET /api/v1/leaders/{id}", (w, as, v) -> as.get(LEADERS + "/" + w.leaderX));
        on("PATCH /api/v1/leaders/{id}", (w, as, v) -> patch(as).body(Map.of("title", "副区长")).patch(LEADERS + "/" + w.leaderY));
        on("GET /api/v1/leaders/{id}/history", (w, as, v) -> as.get(LEADERS + "/" + w.leaderX + "/history"));
        on("GET /api/v1/leaders/{id}/projects", (w, as, v) -> as.get(LEADERS + "/" + w.leaderX + "/projects"));
        on("GET /api/v1/leaders/{id}/dashboard", (w, as, v) -> as.get(LEADERS + "/" + w.leaderX + "/dashboard"));
        on("GET /api/v1/projects/{id}/leaders", (w, as, v) -> as.get(PROJECTS + "/" + w.pA + "/leaders"));
        on("POST /api/v1/projects/{id}/leaders", (w, as, v) -> as.body(Map.of("leaderId", w.leaderY, "role", "ASSIST"))
                .post(PROJECTS + "/" + project(A, false) + "/leaders"));
        on("DELETE /api/v1/projects/{id}/leaders/{leaderId}", (w, as, v) -> {
            long project = project(A, false);
            Api.office().body(Map.of("leaderId", w.leaderY, "role", "ASSIST")).post(PROJECTS + "/" + project + "/leaders")
                    .then().statusCode(201);
            return as.delete(PROJECTS + "/" + project + "/leaders/" + w.leaderY);
        });

        // protected listing and inspections
        on("GET /api/v1/projects/{id}/protection", (w, as, v) -> as.get(PROJECTS + "/" + w.pA + "/protection"));
        on("PUT /api/v1/projects/{id}/protection",
                (w, as, v) -> as.body(protectionBody(A)).put(PROJECTS + "/" + w.pA + "/protection"));
        on("DELETE /api/v1/projects/{id}/protection", (w, as, v) -> {
            long project = project(A, false);
            Api.office().body(protectionBody(A)).put(PROJECTS + "/" + project + "/protection").then().statusCode(201);
            return as.delete(PROJECTS + "/" + project + "/protection");
        });
        on("GET /api/v1/projects/{id}/protection/history", (w, as, v) -> as.get(PROJECTS + "/" + w.pA + "/protection/history"));
        on("GET /api/v1/projects/{id}/protection/inspections",
                (w, as, v) -> as.get(PROJECTS + "/" + w.pA + "/protection/inspections"));
        // pA: contact unit A, led by X; pB: contact unit B, no leader of X
        on("POST /api/v1/projects/{id}/protection/inspections", (w, as, v) -> as.body(inspectionBody())
                .post(PROJECTS + "/" + ("other".equals(v) ? w.pB : w.pA) + "/protection/inspections"));
        on("GET /api/v1/projects/{id}/protection/inspections/{inspectionId}",
                (w, as, v) -> as.get(PROJECTS + "/" + w.pA + "/protection/inspections/" + w.inspection));
        on("GET /api/v1/protected-projects", (w, as, v) -> as.get("/api/v1/protected-projects"));
        on("GET /api/v1/protected-projects/inspections", (w, as, v) -> as.get("/api/v1/protected-projects/inspections"));

        // dispatch meetings and decisions
        on("GET /api/v1/dispatch-meetings", (w, as, v) -> as.get(MEETINGS));
        on("POST /api/v1/dispatch-meetings",
                (w, as, v) -> as.body(meetingBody("other".equals(v) ? w.leaderY : w.leaderX, w.pA)).post(MEETINGS));
        on("GET /api/v1/dispatch-meetings/agenda", (w, as, v) -> as.queryParam("level", "DISTRICT").get(MEETINGS + "/agenda"));
        on("GET /api/v1/dispatch-meetings/{id}", (w, as, v) -> as.get(MEETINGS + "/" + w.meetingX));
        on("PATCH /api/v1/dispatch-meetings/{id}", (w, as, v) -> "handover".equals(v)
                ? patch(as).body(Map.of("chairLeaderId", w.leaderY)).patch(MEETINGS + "/" + w.meetingX)
                : patch(as).body(Map.of("minutes", "会议纪要：限期完成征拆")).patch(MEETINGS + "/" + w.meeting(v)));
        on("GET /api/v1/dispatch-meetings/{id}/history", (w, as, v) -> as.get(MEETINGS + "/" + w.meetingX + "/history"));
        on("GET /api/v1/dispatch-meetings/{id}/decisions", (w, as, v) -> as.get(MEETINGS + "/" + w.meetingX + "/decisions"));
        on("POST /api/v1/dispatch-meetings/{id}/decisions", (w, as, v) -> as.body(decisionBody(w.pA))
                .post(MEETINGS + "/" + w.meeting(v) + "/decisions"));
        on("GET /api/v1/decisions", (w, as, v) -> as.get(DECISIONS));
        on("GET /api/v1/decisions/{id}", (w, as, v) -> as.get(DECISIONS + "/" + w.decision));
        on("POST /api/v1/decisions/{id}/close", (w, as, v) -> as.body(Map.of("note", "已办结"))
                .post(DECISIONS + "/" + w.freshDecision(v) + "/close"));
        on("GET /api/v1/decisions/{id}/history", (w, as, v) -> as.get(DECISIONS + "/" + w.decision + "/history"));

        // investors and leads
        on("GET /api/v1/investors", (w, as, v) -> as.get(INVESTORS));
        on("POST /api/v1/investors", (w, as, v) -> as.body(investorBody()).post(INVESTORS));
        on("GET /api/v1/investors/{id}", (w, as, v) -> as.get(INVESTORS + "/" + w.investor));
        on("PATCH /api/v1/investors/{id}",
                (w, as, v) -> patch(as).body(Map.of("origin", "浙江省")).patch(INVESTORS + "/" + w.investor));
        on("GET /api/v1/investors/{id}/history", (w, as, v) -> as.get(INVESTORS + "/" + w.investor + "/history"));
        on("GET /api/v1/leads",
                (w, as, v) -> "own-rows".equals(v) ? as.queryParam("q", w.leadBTitle).get(LEADS) : as.get(LEADS));
        on("POST /api/v1/leads", (w, as, v) -> as.body(leadBody(unitOf(v))).post(LEADS));
        on("POST /api/v1/leads/import", (w, as, v) -> {
            Map<String, Object> investor = investorBody();
            bureau().body(investor).post(INVESTORS).then().statusCode(201);
            // a unit's row is for its own unit; a row for another unit is refused inside the 200 report
            String csv = "线索名称,投资方统一社会信用代码,招商渠道,行业代码,意向投资(万元),责任单位代码\n"
                    + unique("导入线索") + "," + investor.get("creditCode") + ",BUSINESS_REFERRAL,TRADE_LOGISTICS,150000," + A
                    + "\n";
            return as.contentType("text/csv").accept("application/json").body(csv.getBytes(StandardCharsets.UTF_8))
                    .post(LEADS + "/import");
        });
        on("GET /api/v1/leads/import/template",
                (w, as, v) -> file(as).queryParam("format", "csv").get(LEADS + "/import/template"));
        on("GET /api/v1/leads/export", (w, as, v) -> ("own-rows".equals(v) ? file(as).queryParam("q", w.leadBTitle) : file(as))
                .queryParam("format", "csv").get(LEADS + "/export"));
        on("GET /api/v1/leads/funnel",
                (w, as, v) -> "own-rows".equals(v) ? as.queryParam("q", w.leadBTitle).get(LEADS + "/funnel")
                        : as.get(LEADS + "/funnel"));
        on("GET /api/v1/stats/leads", (w, as, v) -> as.queryParam("year", "2026").get("/api/v1/stats/leads"));
        on("GET /api/v1/leads/{id}", (w, as, v) -> as.get(LEADS + "/" + w.lead(v, false)));
        on("PATCH /api/v1/leads/{id}", (w, as, v) -> "handover".equals(v)
                ? patch(as).body(Map.of("ownerUnitCode", B)).patch(LEADS + "/" + w.leadA)
                : patch(as).body(Map.of("note", "客商经义乌商会引荐")).patch(LEADS + "/" + w.lead(v, false)));
        on("GET /api/v1/leads/{id}/history", (w, as, v) -> as.get(LEADS + "/" + w.lead(v, false) + "/history"));
        on("GET /api/v1/leads/{id}/transitions", (w, as, v) -> as.get(LEADS + "/" + w.lead(v, false) + "/transitions"));
        on("POST /api/v1/leads/{id}/transitions", (w, as, v) -> as.body(Map.of("toStage", "CONTACTED"))
                .post(LEADS + "/" + w.lead(v, true) + "/transitions"));
        on("GET /api/v1/leads/{id}/transitions/{transitionId}", (w, as, v) -> {
            long lead = w.lead(v, false);
            return as.get(LEADS + "/" + lead + "/transitions/" + w.leadTransition.get(lead));
        });
        on("GET /api/v1/leads/{id}/follow-ups", (w, as, v) -> as.get(LEADS + "/" + w.lead(v, false) + "/follow-ups"));
        on("POST /api/v1/leads/{id}/follow-ups",
                (w, as, v) -> as.body(followUpBody()).post(LEADS + "/" + w.lead(v, false) + "/follow-ups"));
        on("GET /api/v1/leads/{id}/follow-ups/{followUpId}", (w, as, v) -> {
            long lead = w.lead(v, false);
            return as.get(LEADS + "/" + lead + "/follow-ups/" + w.leadFollowUp.get(lead));
        });
        on("POST /api/v1/leads/{id}/convert", (w, as, v) -> {
            long lead = w.signedLead(unitOf(v));
            Map<String, Object> body = "handover".equals(v) ? Map.of("stage", "PLANNING", "ownerUnitCode", B)
                    : Map.of("stage", "PLANNING");
            return as.body(body).post(LEADS + "/" + lead + "/convert");
        });
    }
}
