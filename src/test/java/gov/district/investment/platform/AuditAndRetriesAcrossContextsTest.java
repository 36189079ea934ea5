package gov.district.investment.platform;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import gov.district.investment.support.Api;
import gov.district.investment.support.OnAwkwardDays;
import gov.district.investment.support.TestClock;
import gov.district.investment.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import static gov.district.investment.support.Api.MERGE_PATCH;
import static gov.district.investment.support.Api.PROJECTS;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The foundation's audit trail and Idempotency-Key hold for every context's writes, not only for
 * projects: each create below is replayed, replayed with another body, and replayed concurrently,
 * and where the resource has a history its create and change appear there under the caller.
 */
@QuarkusTest
@OnAwkwardDays
class AuditAndRetriesAcrossContextsTest {

    private static final String OFFICE = "project-office";
    private static final String BUREAU = "investment-bureau";
    private static final int CONCURRENT_REPLAYS = 4;

    /**
     * One POST that creates something. {@code path} and {@code body} build a fresh request (fixtures
     * made as needed); {@code history} maps the create's answer to its history path, or null.
     */
    record Create(String name, String role, Supplier<String> path, Supplier<Map<String, Object>> body,
            Function<Response, String> history, Map<String, Object> patch) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Create> creates() {
        return Stream.of(
                new Create("project", OFFICE, () -> PROJECTS, Api::projectBody,
                        r -> PROJECTS + "/" + id(r), Map.of("description", "审计测试")),
                new Create("milestone", OFFICE, () -> PROJECTS + "/" + Api.createProject() + "/milestones",
                        AuditAndRetriesAcrossContextsTest::milestoneBody,
                        r -> PROJECTS + "/" + r.jsonPath().getLong("projectId") + "/milestones/" + id(r),
                        Map.of("note", "审计测试")),
                new Create("problem", OFFICE, () -> PROJECTS + "/" + Api.createProject() + "/problems",
                        AuditAndRetriesAcrossContextsTest::problemBody,
                        r -> "/api/v1/problems/" + id(r), Map.of("description", "审计测试")),
                new Create("leader", OFFICE, () -> "/api/v1/leaders", AuditAndRetriesAcrossContextsTest::leaderBody,
                        r -> "/api/v1/leaders/" + id(r), Map.of("title", "区长")),
                new Create("dispatch meeting", OFFICE, () -> "/api/v1/dispatch-meetings",
                        AuditAndRetriesAcrossContextsTest::meetingBody,
                        r -> "/api/v1/dispatch-meetings/" + id(r), Map.of("minutes", "审计测试")),
                new Create("decision", OFFICE,
                        () -> "/api/v1/dispatch-meetings/" + created(OFFICE, "/api/v1/dispatch-meetings", meetingBody())
                                + "/decisions",
                        AuditAndRetriesAcrossContextsTest::decisionBody, r -> "/api/v1/decisions/" + id(r), null),
                new Create("assignment", OFFICE, () -> PROJECTS + "/" + Api.createProject() + "/leaders",
                        () -> Map.of("leaderId", created(OFFICE, "/api/v1/leaders", leaderBody()), "role", "LEAD"), null, null),
                new Create("inspection", OFFICE, AuditAndRetriesAcrossContextsTest::protectedProjectInspections,
                        AuditAndRetriesAcrossContextsTest::inspectionBody, null, null),
                new Create("investor", BUREAU, () -> "/api/v1/investors", AuditAndRetriesAcrossContextsTest::investorBody,
                        r -> "/api/v1/investors/" + id(r), Map.of("origin", "浙江省")),
                new Create("lead", BUREAU, () -> "/api/v1/leads", AuditAndRetriesAcrossContextsTest::leadBody,
                        r -> "/api/v1/leads/" + id(r), Map.of("note", "审计测试")),
                new Create("lead follow-up", BUREAU,
                        () -> "/api/v1/leads/" + created(BUREAU, "/api/v1/leads", leadBody()) + "/follow-ups",
                        () -> Map.of("kind", "VISIT", "summary", "赴义乌拜访集团投资部"), null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("creates")
    void aReplayReturnsTheFirstAnswerAndAnotherBodyIs422(Create c) {
        String path = c.path().get();
        Map<String, Object> body = c.body().get();
        String key = UUID.randomUUID().toString();

        Response first = as(c.role()).header("Idempotency-Key", key).body(body).post(path);
        first.then().statusCode(201);
        Response replay = as(c.role()).header("Idempotency-Key", key).body(body).post(path);
        replay.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"))
                .body("id", equalTo(first.jsonPath().getInt("id")));

        as(c.role()).header("Idempotency-Key", key).body(varied(body)).post(path).then()
                .statusCode(422).contentType(Api.PROBLEM_JSON);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("creates")
    void concurrentReplaysCreateOnce(Create c) throws Exception {
        String path = c.path().get();
        Map<String, Object> body = c.body().get();
        String key = UUID.randomUUID().toString();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT_REPLAYS);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < CONCURRENT_REPLAYS; i++) {
                Callable<Response> call = () -> {
                    start.await();
                    return as(c.role()).header("Idempotency-Key", key).body(body).post(path);
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            Set<Integer> ids = new HashSet<>();
            int fresh = 0;
            for (Future<Response> f : answers) {
                Response r = f.get();
                if (r.statusCode() == 409) {
                    assertNotNull(r.header("Retry-After"), "a replay while the first runs says when to retry");
                    continue;
                }
                assertEquals(201, r.statusCode(), r.asString());
                ids.add(r.jsonPath().getInt("id"));
                if (!"true".equals(r.header("Idempotent-Replayed"))) {
                    fresh++;
                }
            }
            assertEquals(1, fresh, "exactly one request did the work");
            assertEquals(1, ids.size(), "every 201 names the same record");
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("creates")
    void createAndChangeAreInTheHistoryUnderTheCaller(Create c) {
        if (c.history() == null) {
            return; // insert-only records (assignments, inspections, follow-ups): the row itself names its author
        }
        String token = Tokens.role(c.role());
        String actor = Api.as(token).get("/api/v1/me").then().statusCode(200).extract().jsonPath().getString("actor");
        Response created = Api.as(token).body(c.body().get()).post(c.path().get());
        created.then().statusCode(201);
        String resource = c.history().apply(created);
        if (c.patch() != null) {
            Api.as(token).contentType(MERGE_PATCH).body(c.patch()).patch(resource).then().statusCode(200);
        }
        var history = Api.as(token).get(resource + "/history").then().statusCode(200)
                .body("items.action", hasItem("CREATED"))
                .extract().jsonPath();
        List<String> actors = history.getList("items.actor");
        assertFalse(actors.isEmpty());
        assertTrue(actors.stream().allMatch(actor::equals), c.name() + ": " + actors + " should all be " + actor);
        if (c.patch() != null) {
            assertTrue(history.getList("items.action").contains("UPDATED"), c.name() + " change is audited");
        }
    }

    /** The same request with one value changed, still well-formed JSON of the right types. */
    private static Map<String, Object> varied(Map<String, Object> body) {
        Map<String, Object> other = new HashMap<>(body);
        for (var e : body.entrySet()) {
            if (e.getValue() instanceof String text && text.codePoints().anyMatch(cp -> cp > 0x2E80)) {
                other.put(e.getKey(), text + "（改）");
                return other;
            }
        }
        other.put("role", "ASSIST"); // the assignment, whose body has no text
        return other;
    }

    // ---- fixtures, built through the API ----

    private static io.restassured.specification.RequestSpecification as(String role) {
        return Api.as(Tokens.role(role));
    }

    private static long id(Response r) {
        return r.jsonPath().getLong("id");
    }

    private static long created(String role, String path, Map<String, Object> body) {
        return as(role).body(body).post(path).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String inFuture(int days) {
        return TestClock.currentDate().plusDays(days).toString();
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> milestoneBody() {
        return new LinkedHashMap<>(Map.of("name", unique("取得施工许可证"), "type", "CONSTRUCTION_PERMIT", "dueDate", inFuture(40)));
    }

    static Map<String, Object> problemBody() {
        return new LinkedHashMap<>(Map.of("title", unique("二期用地征拆协议未签订"), "category", "DEMOLITION",
                "responsibleUnitCode", "GCJ", "dueDate", inFuture(20)));
    }

    static Map<String, Object> leaderBody() {
        return new LinkedHashMap<>(Map.of("name", unique("领导"), "title", "副区长"));
    }

    static Map<String, Object> meetingBody() {
        return new LinkedHashMap<>(Map.of("title", unique("重点项目调度会"), "date", TestClock.currentDate().toString(),
                "level", "DISTRICT", "attendees", List.of("发改局"), "projectIds", List.of(Api.createProject())));
    }

    static Map<String, Object> decisionBody() {
        return new LinkedHashMap<>(Map.of("text", unique("限期完成征拆协议签订"), "responsibleUnitCode", "GCJ", "dueDate", inFuture(20)));
    }

    static String protectedProjectInspections() {
        long project = Api.createProject();
        String today = TestClock.currentDate().toString();
        as(OFFICE).body(Map.of("since", today, "contactUnitCode", "FGJ")).put(PROJECTS + "/" + project + "/protection")
                .then().statusCode(201);
        return PROJECTS + "/" + project + "/protection/inspections";
    }

    static Map<String, Object> inspectionBody() {
        return new LinkedHashMap<>(Map.of("agency", unique("区市场监督管理局"), "date", TestClock.currentDate().toString(),
                "purpose", "特种设备安全检查", "approvedBy", "王建国（常务副区长）"));
    }

    static Map<String, Object> investorBody() {
        return new LinkedHashMap<>(Map.of("name", unique("浙江中国小商品城集团"), "type", "PRIVATE"));
    }

    static Map<String, Object> leadBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", unique("义乌小商品城北方分市场"));
        body.put("investorId", created(BUREAU, "/api/v1/investors", investorBody()));
        body.put("channel", "BUSINESS_REFERRAL");
        body.put("industryCode", "TRADE_LOGISTICS");
        body.put("intendedInvestment", new BigDecimal("150000"));
        body.put("ownerUnitCode", "ZSJ");
        return body;
    }
}
