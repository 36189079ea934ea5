package gov.district.investment.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import gov.district.investment.support.Api;
import gov.district.investment.support.BusinessTime;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import static gov.district.investment.support.Api.MERGE_PATCH;
import static gov.district.investment.support.Api.PROJECTS;
import static gov.district.investment.support.Api.office;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Races that matter on the real server (CI runs this suite on MariaDB too): no lost update and
 * one project per idempotency key, whatever the interleaving.
 */
@QuarkusTest
@BusinessTime("2026-11-27T10:00") // the calendar is not its subject: one stated day, one run
class ProjectConcurrencyTest {

    private static final int ROUNDS = 5;

    @Test
    void twoConcurrentPatchesWithoutIfMatchBothLand() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            long id = Api.createProject();
            List<Response> responses = race(
                    () -> office().contentType(MERGE_PATCH).body("{\"description\": \"甲单位说明\"}").patch(PROJECTS + "/" + id),
                    () -> office().contentType(MERGE_PATCH).body("{\"ownerName\": \"乙公司\"}").patch(PROJECTS + "/" + id));
            responses.forEach(r -> assertEquals(200, r.statusCode(), r.asString()));
            office().get(PROJECTS + "/" + id).then()
                    .body("description", equalTo("甲单位说明"))
                    .body("ownerName", equalTo("乙公司"))
                    .body("version", equalTo(2));
        }
    }

    @Test
    void twoConcurrentPatchesWithTheSameIfMatchOneWins() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            long id = Api.createProject();
            List<Response> responses = race(
                    () -> office().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"description\": \"一\"}")
                            .patch(PROJECTS + "/" + id),
                    () -> office().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"description\": \"二\"}")
                            .patch(PROJECTS + "/" + id));
            List<Integer> statuses = responses.stream().map(Response::statusCode).sorted().toList();
            assertEquals(List.of(200, 412), statuses, responses.get(0).asString() + responses.get(1).asString());
            office().get(PROJECTS + "/" + id).then().body("version", equalTo(1));
        }
    }

    @Test
    void twoConcurrentPostsWithOneIdempotencyKeyCreateOneProject() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String key = UUID.randomUUID().toString();
            Map<String, Object> body = Api.projectBody();
            List<Response> responses = race(
                    () -> office().header("Idempotency-Key", key).body(body).post(PROJECTS),
                    () -> office().header("Idempotency-Key", key).body(body).post(PROJECTS));
            List<Long> created = new ArrayList<>();
            for (Response r : responses) {
                if (r.statusCode() == 201) {
                    created.add(r.jsonPath().getLong("id"));
                } else {
                    assertEquals(409, r.statusCode(), r.asString());
                    assertNotNull(r.header("Retry-After"));
                }
            }
            assertFalse(created.isEmpty());
            assertEquals(1, created.stream().distinct().count(), "a replay returns the same project");
            office().queryParam("q", body.get("name")).get(PROJECTS).then().body("totalItems", equalTo(1));
        }
    }

    @Test
    void concurrentCreatesGetDistinctCodes() throws Exception {
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> office().body(Api.projectBody()).post(PROJECTS));
        }
        List<Response> responses = race(calls.toArray(Callable[]::new));
        List<String> codes = responses.stream().peek(r -> assertEquals(201, r.statusCode(), r.asString()))
                .map(r -> r.jsonPath().getString("code")).toList();
        assertEquals(codes.size(), codes.stream().distinct().count());
    }

    @SafeVarargs
    private static List<Response> race(Callable<Response>... calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.length);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (Callable<Response> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> f : futures) {
                responses.add(f.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
