package gov.district.investment.platform;

import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import gov.district.investment.leaders.Fixtures;
import gov.district.investment.leads.LeadFixtures;
import gov.district.investment.support.Api;
import gov.district.investment.support.BusinessTime;
import io.quarkus.test.junit.QuarkusTest;

import static gov.district.investment.support.Api.PROJECTS;
import static gov.district.investment.support.Api.office;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SQL statements each hot read sends, counted by Hibernate's statistics (%test profile) and
 * held to a budget, so an N+1 or an extra round trip fails CI instead of showing up in the next
 * benchmark. Each read is counted three times and the least kept: the business gauges may refresh
 * on their own thread meanwhile. A budget is what the read needs today; lower it when a change
 * saves a statement, never raise it without a reason in the commit. (The list's total count is
 * kept between writes, so a repeated page is one statement.)
 */
@QuarkusTest
@BusinessTime("2026-11-27T10:00")
class StatementBudgetTest {

    @Inject
    SessionFactory sessionFactory;

    private long statements(Runnable read) {
        Statistics statistics = sessionFactory.getStatistics();
        read.run(); // first use of a path loads what is kept for later (reference data, the stats answer)
        long least = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 3; attempt++) {
            statistics.clear();
            read.run();
            least = Math.min(least, statistics.getPrepareStatementCount());
        }
        return least;
    }

    private void assertBudget(String read, long budget, Runnable call) {
        long sent = statements(call);
        System.out.printf("StatementBudgetTest: %-40s %d statement(s), budget %d%n", read, sent, budget);
        assertTrue(sent <= budget, read + " sent " + sent + " statements, over its budget of " + budget);
    }

    private static long projectWithYear() {
        long id = Api.createProject();
        Api.transition(id, "PRELIMINARY", "2026-02-01", null);
        Api.transition(id, "CONSTRUCTION", "2026-04-01", null);
        office().body(Map.of("plannedInvestment", 1200)).put(PROJECTS + "/" + id + "/annual-plans/2026").then().statusCode(201);
        office().body(Map.of("completedInvestment", 300, "reason", "补报")).put(PROJECTS + "/" + id + "/reports/2026-09").then()
                .statusCode(201);
        office().body(Map.of("completedInvestment", 200, "reason", "补报")).put(PROJECTS + "/" + id + "/reports/2026-10").then()
                .statusCode(201);
        return id;
    }

    @Test
    void projectById() {
        long id = projectWithYear();
        Fixtures.assign(id, Fixtures.createLeader(), "LEAD", null);
        assertBudget("GET /projects/{id}", 2, () -> office().get(PROJECTS + "/" + id).then().statusCode(200));
    }

    @Test
    void projectListPage() {
        projectWithYear();
        assertBudget("GET /projects?stage&industryCode (page, total)", 1,
                () -> office().queryParam("stage", "CONSTRUCTION").queryParam("industryCode", "GLASS").get(PROJECTS)
                        .then().statusCode(200));
    }

    @Test
    void leadById() {
        long lead = LeadFixtures.createLead(LeadFixtures.createInvestor(), "ZSJ");
        assertBudget("GET /leads/{id}", 2,
                () -> LeadFixtures.bureau().get(LeadFixtures.LEADS + "/" + lead).then().statusCode(200));
    }

    /** The same budget for 3 projects as for 6: the dashboard reads its projects in batches, not one by one. */
    @Test
    void leaderDashboard() {
        long leader = Fixtures.createLeader();
        Runnable dashboard = () -> office().get(Fixtures.LEADERS + "/" + leader + "/dashboard").then().statusCode(200);
        for (int i = 0; i < 3; i++) {
            Fixtures.assign(projectWithYear(), leader, "LEAD", null);
        }
        assertBudget("GET /leaders/{id}/dashboard (3 projects)", 7, dashboard);
        for (int i = 0; i < 3; i++) {
            Fixtures.assign(projectWithYear(), leader, "LEAD", null);
        }
        assertBudget("GET /leaders/{id}/dashboard (6 projects)", 7, dashboard);
    }

    @Test
    void indicatorsWhenNothingChanged() {
        assertBudget("GET /stats/pipeline (answer reused)", 1,
                () -> office().get("/api/v1/stats/pipeline?year=2026").then().statusCode(200));
    }
}
