package gov.district.investment.leaders;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import gov.district.investment.support.Api;
import gov.district.investment.support.BusinessTime;
import gov.district.investment.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;

import static gov.district.investment.leaders.Fixtures.LEADERS;
import static gov.district.investment.leaders.Fixtures.MEETINGS;
import static gov.district.investment.support.Api.PROJECTS;
import static gov.district.investment.support.Api.office;
import static org.hamcrest.Matchers.*;

/**
 * A prepared data set, the agenda assembled from it and a leader's dashboard checked against
 * figures computed by hand. 均衡进度 by months (the default): on 5 and on 27 November ten months
 * have ended, 10/12 = 0.8333.
 */
@QuarkusTest
class LeaderProgressTest {

    private static long underConstruction(String unit, int planned, int perMonth) {
        long id = Fixtures.keyProject(unit);
        Api.transition(id, "PRELIMINARY", "2026-01-10", null);
        Api.transition(id, "CONSTRUCTION", "2026-02-01", null);
        office().body(Map.of("plannedInvestment", planned)).put(PROJECTS + "/" + id + "/annual-plans/2026").then()
                .statusCode(201);
        for (int month = 1; month <= 10; month++) {
            Map<String, Object> report = new HashMap<>();
            report.put("completedInvestment", perMonth);
            if (month < 10) {
                report.put("reason", "补报");
            }
            office().body(report).put(PROJECTS + "/" + id + "/reports/2026-" + (month < 10 ? "0" : "") + month).then()
                    .statusCode(201);
        }
        return id;
    }

    private static long milestone(long projectId, String due, String done) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "取得施工许可证");
        body.put("type", "CONSTRUCTION_PERMIT");
        body.put("dueDate", due);
        if (done != null) {
            body.put("doneDate", done);
        }
        return office().body(body).post(PROJECTS + "/" + projectId + "/milestones").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    @Test
    @BusinessTime("2026-11-05T10:00")
    void agendaAndDashboardOfAPreparedDataSet() {
        // 5 November: projects, plans, reports through October (on time for October), assignments, a decision
        long leader = Fixtures.createLeader("常务副区长");
        long p1 = underConstruction("GCJ", 1200, 100); // 1000 of 1200
        long p2 = underConstruction("GCJ", 2400, 100); // 1000 of 2400, behind
        long p3 = underConstruction("GCJ", 2400, 10); // behind, but not the leader's
        Fixtures.assign(p1, leader, "LEAD", "2026-02-01");
        Fixtures.assign(p2, leader, "LEAD", "2026-02-01");
        long meeting = Fixtures.createMeeting("LEADER", leader, List.of(p1, p2));
        long overdueDecision = Fixtures.createDecision(meeting, p1, null, "FGJ", "2026-11-10");
        Fixtures.createDecision(meeting, p3, null, "FGJ", "2026-11-10"); // overdue too, not the leader's

        // 27 November: a late correction of p2's October, a new lead project, problems, milestones
        TestClock.at("2026-11-27T10:00");
        office().body(Map.of("completedInvestment", 600, "reason", "统计口径调整")).put(PROJECTS + "/" + p2 + "/reports/2026-10")
                .then()
                .statusCode(200);
        long p5 = Fixtures.keyProject("GCJ"); // PLANNING, no plan
        Fixtures.assign(p5, leader, "LEAD", "2026-11-20");
        long assisting = Fixtures.keyProject("GCJ");
        Fixtures.assign(assisting, leader, "ASSIST", "2026-11-20");

        long atLeader = Fixtures.raiseProblem(p1, "DGZ", "2026-12-20");
        Fixtures.escalate(atLeader);
        long atUnit = Fixtures.raiseProblem(p1, "ZJJ", "2026-12-20");
        long atDistrict = Fixtures.raiseProblem(p2, "GTFJ", "2026-12-20");
        Fixtures.escalate(atDistrict);
        Fixtures.escalate(atDistrict);
        long elsewhere = Fixtures.raiseProblem(p3, "DGZ", "2026-12-20");
        Fixtures.escalate(elsewhere);
        long closed = Fixtures.raiseProblem(p2, "DGZ", "2026-12-20");
        Fixtures.escalate(closed);
        office().body(Map.of("toStatus", "CLOSED", "reason", "企业自行解决")).post("/api/v1/problems/" + closed + "/transitions")
                .then().statusCode(200);

        long overdue = milestone(p1, "2026-11-20", null);
        milestone(p2, "2026-11-20", "2026-11-19"); // done in time
        milestone(p1, "2026-12-10", null); // not due yet
        milestone(p3, "2026-11-01", null); // overdue, not the leader's

        // the leader's meeting: what is escalated to LEADER on its projects, and the rest on them
        office().queryParam("level", "LEADER").queryParam("leaderId", leader).get(MEETINGS + "/agenda").then()
                .statusCode(200)
                .body("level", equalTo("LEADER"))
                .body("date", equalTo("2026-11-27"))
                .body("projectIds", contains((int) p1, (int) p2, (int) p5, (int) assisting))
                .body("problems.id", contains((int) atLeader))
                .body("problems[0].escalationLevel", equalTo("LEADER"))
                .body("overdueMilestones.id", contains((int) overdue))
                .body("behindSchedule.projectId", contains((int) p2))
                .body("behindSchedule[0].gap", equalTo(499.92f))
                .body("overdueDecisions.id", contains((int) overdueDecision));
        // on the 15th the milestone was not overdue yet, the decision already was
        office().queryParam("level", "LEADER").queryParam("leaderId", leader).queryParam("date", "2026-11-15")
                .get(MEETINGS + "/agenda").then()
                .body("overdueMilestones", empty())
                .body("overdueDecisions.id", contains((int) overdueDecision))
                .body("behindSchedule[0].gap", equalTo(999.92f)); // the correction came later
        office().queryParam("level", "DISTRICT").get(MEETINGS + "/agenda").then().statusCode(200)
                .body("problems.id", hasItem((int) atDistrict))
                .body("problems.id", not(hasItems((int) atLeader, (int) atUnit, (int) closed)))
                .body("behindSchedule.projectId", hasItems((int) p2, (int) p3))
                .body("overdueMilestones.id", hasItems((int) overdue))
                .body("projectIds", hasItems((int) p1, (int) p2, (int) p3));
        office().queryParam("level", "UNIT").queryParam("unit", "ZJJ").get(MEETINGS + "/agenda").then().statusCode(200)
                .body("unit", equalTo("ZJJ"))
                .body("problems.id", hasItem((int) atUnit))
                .body("problems.responsibleUnitCode", everyItem(equalTo("ZJJ")))
                .body("projectIds", not(hasItem((int) p1)));

        // a decision taking up the leader-level problem moves it on
        Fixtures.createDecision(meeting, p1, atLeader, "DGZ", "2026-12-15");
        office().get("/api/v1/problems/" + atLeader).then().body("status", equalTo("IN_PROGRESS"));

        /*
         * The dashboard today, by hand: lead projects p1, p2 (CONSTRUCTION) and p5 (PLANNING);
         * planned 1200 + 2400 + 0 = 3600.00; completed 1000 + (900 + 600) + 0 = 2500.00;
         * rate 2500 / 3600 = 0.6944; expected 0.8333; gap 3600 × 0.8333 − 2500 = 2999.88 − 2500 = 499.88;
         * BEHIND (0.6944 < 0.8333 − 0.05). p2: 1500 / 2400 = 0.6250, gap 1999.92 − 1500 = 499.92.
         */
        office().get(LEADERS + "/" + leader + "/dashboard").then().statusCode(200)
                .body("asOf", equalTo("2026-11-27"))
                .body("year", equalTo(2026))
                .body("projectsByStage.stage", contains("PLANNING", "CONSTRUCTION"))
                .body("projectsByStage.find { it.stage == 'CONSTRUCTION' }.count", equalTo(2))
                .body("projectsByStage.find { it.stage == 'CONSTRUCTION' }.projectIds", contains((int) p1, (int) p2))
                .body("projectsByStage.find { it.stage == 'PLANNING' }.projectIds", contains((int) p5))
                .body("investment.plannedInvestment", equalTo(3600.00f))
                .body("investment.completedInvestment", equalTo(2500.00f))
                .body("investment.completionRate", equalTo(0.6944f))
                .body("investment.expectedRate", equalTo(0.8333f))
                .body("investment.gap", equalTo(499.88f))
                .body("investment.status", equalTo("BEHIND"))
                .body("openProblemsByLevel.level", contains("UNIT", "LEADER", "DISTRICT"))
                .body("openProblemsByLevel.find { it.level == 'UNIT' }.problemIds", contains((int) atUnit))
                .body("openProblemsByLevel.find { it.level == 'LEADER' }.problemIds", contains((int) atLeader))
                .body("openProblemsByLevel.find { it.level == 'DISTRICT' }.problemIds", contains((int) atDistrict))
                .body("overdueMilestones.id", contains((int) overdue))
                .body("overdueDecisions.id", contains((int) overdueDecision))
                .body("behindSchedule.projectId", contains((int) p2))
                .body("behindSchedule[0].completionRate", equalTo(0.625f))
                .body("behindSchedule[0].gap", equalTo(499.92f))
                .body("projects.projectId", contains((int) p1, (int) p2, (int) p5))
                .body("projects.find { it.projectId == " + p1 + " }.status", equalTo("ON_TRACK"));

        /*
         * As of 5 November: p5 was not yet led; the October correction was not yet made; the
         * decision and the milestone were not yet overdue. planned 3600.00, completed 2000.00,
         * rate 0.5556, gap 2999.88 − 2000 = 999.88.
         */
        office().queryParam("asOf", "2026-11-05").get(LEADERS + "/" + leader + "/dashboard").then().statusCode(200)
                .body("asOf", equalTo("2026-11-05"))
                .body("projectsByStage.stage", contains("CONSTRUCTION"))
                .body("investment.plannedInvestment", equalTo(3600.00f))
                .body("investment.completedInvestment", equalTo(2000.00f))
                .body("investment.completionRate", equalTo(0.5556f))
                .body("investment.gap", equalTo(999.88f))
                .body("overdueMilestones", empty())
                .body("overdueDecisions", empty())
                .body("openProblemsByLevel", empty()) // none had been raised yet
                .body("behindSchedule[0].gap", equalTo(999.92f));

        // p2 is completed today: today's dashboard shows it, the 5th still has it under construction
        Api.transition(p2, "COMPLETED", "2026-11-27", null);
        office().get(LEADERS + "/" + leader + "/dashboard").then()
                .body("projectsByStage.find { it.stage == 'COMPLETED' }.projectIds", contains((int) p2));
        office().queryParam("asOf", "2026-11-05").get(LEADERS + "/" + leader + "/dashboard").then()
                .body("projectsByStage.stage", contains("CONSTRUCTION"))
                .body("projectsByStage[0].projectIds", contains((int) p1, (int) p2));
    }

    @Test
    @BusinessTime("2026-11-27T10:00")
    void agendaAndDashboardErrors() {
        office().get(MEETINGS + "/agenda").then().statusCode(400).body("errors[0].field", equalTo("level"));
        office().queryParam("level", "WEEKLY").get(MEETINGS + "/agenda").then().statusCode(400).body("errors[0].field",
                equalTo("level"));
        office().queryParam("level", "LEADER").get(MEETINGS + "/agenda").then().statusCode(400).body("errors[0].field",
                equalTo("leaderId"));
        office().queryParam("level", "LEADER").queryParam("leaderId", 987654321).get(MEETINGS + "/agenda").then()
                .statusCode(404);
        office().queryParam("level", "UNIT").queryParam("unit", "NOPE").get(MEETINGS + "/agenda").then().statusCode(422)
                .body("errors[0].field", equalTo("unit"));
        office().queryParam("level", "DISTRICT").queryParam("date", "27-11-2026").get(MEETINGS + "/agenda").then()
                .statusCode(400);
        long leader = Fixtures.createLeader();
        office().queryParam("asOf", "2026-11-28").get(LEADERS + "/" + leader + "/dashboard").then().statusCode(422)
                .body("errors[0].field", equalTo("asOf"));
        office().get(LEADERS + "/987654321/dashboard").then().statusCode(404);
        // a leader with nothing yet
        Api.reader().get(LEADERS + "/" + leader + "/dashboard").then().statusCode(200)
                .body("projects", empty())
                .body("investment.plannedInvestment", equalTo(0.00f))
                .body("investment.completionRate", nullValue())
                .body("investment.status", equalTo("ON_TRACK"));
    }
}
