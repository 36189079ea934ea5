package gov.district.investment.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import gov.district.investment.pipeline.app.StatsSnapshotJob;
import gov.district.investment.platform.scheduling.OncePerPeriod;
import gov.district.investment.support.Api;
import gov.district.investment.support.BusinessTime;
import gov.district.investment.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import static gov.district.investment.support.Api.PROJECTS;
import static gov.district.investment.support.Api.office;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Indicators as of a past month-end are computed once and kept (stats_snapshot). What is kept must
 * be exactly what a fresh computation gives: a revision made later shows in a later as-of read and
 * not in the kept one, and a write stamped before the month-end but made after it was kept (a clock
 * set back) drops it. The project sits under a unit of its own (T_STATS_MONTH_END).
 */
@QuarkusTest
class StatsSnapshotTest {

    private static final String OWN = "T_STATS_MONTH_END";
    private static final LocalDate MONTH_END = LocalDate.parse("2026-10-31");

    @Inject
    EntityManager em;

    @Inject
    StatsSnapshotJob job;

    private static String completed(String query) {
        JsonPath answer = office().get("/api/v1/stats/pipeline?" + query).then().statusCode(200).extract().jsonPath();
        return new BigDecimal(answer.getString("breakdowns.unit.find { it.code == '" + OWN + "' }.figures.completedInvestment"))
                .stripTrailingZeros().toPlainString();
    }

    private static void report(long project, String month, int amount) {
        office().body(Map.of("completedInvestment", amount, "reason", "补报")).put(PROJECTS + "/" + project + "/reports/" + month)
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    private long kept() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from stats_snapshot where stats_year = 2026 and as_of = :date")
                .setParameter("date", MONTH_END).getSingleResult()).longValue());
    }

    @Test
    @BusinessTime("2026-10-20T10:00")
    void aKeptMonthEndIsWhatAFreshComputationGives() {
        Map<String, Object> body = Api.projectBody();
        body.put("ownerUnitCode", OWN);
        long id = Api.createProject(body);
        Api.transition(id, "PRELIMINARY", "2026-09-01", null);
        report(id, "2026-09", 100);

        TestClock.at("2026-11-27T10:00");
        OncePerPeriod.Outcome outcome = job.runOnce(MONTH_END).outcome();
        assertTrue(List.of(OncePerPeriod.Outcome.RAN, OncePerPeriod.Outcome.ALREADY_RAN).contains(outcome), outcome.name());
        assertEquals(1, kept(), "the job keeps last month-end's indicators");
        assertEquals("100", completed("asOf=2026-10-31"));

        // a revision today: today's figures show it, the month-end does not (and stays kept)
        report(id, "2026-09", 250);
        assertEquals("250", completed("asOf=2026-11-27"));
        assertEquals("250", completed("year=2026"));
        assertEquals("100", completed("asOf=2026-10-31"));
        assertEquals(1, kept());

        // a write stamped before the month-end, made after it was kept: the kept answer is dropped
        TestClock.at("2026-10-25T10:00");
        report(id, "2026-08", 70);
        TestClock.at("2026-11-27T10:00");
        assertEquals("170", completed("asOf=2026-10-31"), "recomputed with August's report");
        assertEquals(1, kept(), "and kept again");
        assertEquals("170", completed("asOf=2026-10-31"));
    }

    @Test
    @BusinessTime("2026-11-27T10:00")
    void onlyPastMonthEndsAreKept() {
        office().get("/api/v1/stats/pipeline?asOf=2026-11-26").then().statusCode(200);
        office().get("/api/v1/stats/pipeline?asOf=2026-11-27").then().statusCode(200);
        long others = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from stats_snapshot where as_of in (:days)")
                .setParameter("days", List.of(LocalDate.parse("2026-11-26"), LocalDate.parse("2026-11-27")))
                .getSingleResult()).longValue());
        assertEquals(0, others);
    }
}
