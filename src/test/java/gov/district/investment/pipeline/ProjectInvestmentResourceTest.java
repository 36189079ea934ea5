package gov.district.investment.pipeline;

import java.util.Map;

import org.junit.jupiter.api.Test;

import gov.district.investment.support.Api;
import gov.district.investment.support.BusinessTime;
import gov.district.investment.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;

import static gov.district.investment.support.Api.PROJECTS;
import static gov.district.investment.support.Api.office;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class ProjectInvestmentResourceTest {

    @Test
    @BusinessTime("2026-06-05T10:00") // within May's reporting window
    void investmentAgainstPlanAndExpectedProgress() {
        long id = Api.createProject();
        Api.transition(id, "PRELIMINARY", "2026-01-10", null);
        office().body(Map.of("plannedInvestment", 12000)).put(PROJECTS + "/" + id + "/annual-plans/2026").then()
                .statusCode(201);
        for (int month = 1; month <= 5; month++) {
            Map<String, Object> report = month == 5
                    ? Map.of("completedInvestment", 1000)
                    : Map.of("completedInvestment", 1000, "reason", "补报");
            office().body(report).put(PROJECTS + "/" + id + "/reports/2026-0" + month).then().statusCode(201);
        }
        String investment = PROJECTS + "/" + id + "/investment";
        // 5 June: January to May have ended → 5/12; 5000 of 12000 done
        office().get(investment).then()
                .statusCode(200)
                .body("year", equalTo(2026))
                .body("asOf", equalTo("2026-06-05"))
                .body("plannedInvestment", equalTo(12000.00f))
                .body("completedInvestment", equalTo(5000.00f))
                .body("completionRate", equalTo(0.4167f))
                .body("expectedRate", equalTo(0.4167f))
                .body("status", equalTo("ON_TRACK"))
                .body("gap", equalTo(0.40f));

        TestClock.at("2026-09-20T10:00"); // nothing reported since: by now 8/12 expected
        office().get(investment).then()
                .body("expectedRate", equalTo(0.6667f))
                .body("status", equalTo("BEHIND"))
                .body("gap", equalTo(3000.40f));
        // the day before anything was recorded, nothing was known
        office().queryParam("asOf", "2026-06-04").get(investment).then()
                .body("completedInvestment", equalTo(0.00f))
                .body("plannedInvestment", equalTo(0.00f))
                .body("completionRate", nullValue())
                .body("status", equalTo("ON_TRACK"));
        office().queryParam("year", "2025").get(investment).then()
                .body("expectedRate", equalTo(1.0f)).body("completedInvestment", equalTo(0.00f));
        office().queryParam("year", "abc").get(investment).then().statusCode(400).body("errors[0].field", equalTo("year"));
        office().queryParam("asOf", "2026-09-21").get(investment).then().statusCode(422).body("errors[0].field",
                equalTo("asOf"));
        office().get(PROJECTS + "/987654321/investment").then().statusCode(404);
    }

    @Test
    @BusinessTime("2026-11-27T10:00")
    void theProjectViewCarriesThisYearsInvestmentAndListsDoNot() {
        long id = Api.createProject();
        office().get(PROJECTS + "/" + id).then().statusCode(200)
                .body("investment.year", equalTo(2026))
                .body("investment.plannedInvestment", equalTo(0.00f))
                .body("investment.completionRate", nullValue());
        Api.transition(id, "PRELIMINARY", "2026-01-10", null);
        office().body(Map.of("plannedInvestment", 1200)).put(PROJECTS + "/" + id + "/annual-plans/2026").then().statusCode(201);
        office().body(Map.of("completedInvestment", 300, "reason", "补报")).put(PROJECTS + "/" + id + "/reports/2026-03").then()
                .statusCode(201);
        office().body(Map.of("completedInvestment", 50)).put(PROJECTS + "/" + id + "/reports/2026-11").then().statusCode(201);
        // November has not ended: 均衡进度 and the completed figure both stop at October
        var view = office().get(PROJECTS + "/" + id).then().statusCode(200)
                .body("investment.projectId", equalTo((int) id))
                .body("investment.asOf", equalTo("2026-11-27"))
                .body("investment.plannedInvestment", equalTo(1200.00f))
                .body("investment.completedInvestment", equalTo(300.00f))
                .body("investment.completionRate", equalTo(0.25f))
                .body("investment.expectedRate", equalTo(0.8333f))
                .body("investment.status", equalTo("BEHIND"))
                .extract().asString();
        office().queryParam("q", "测试项目").queryParam("size", 5).get(PROJECTS).then().statusCode(200)
                .body("items[0]", not(hasKey("investment")));
        // echoing the whole view back in a merge patch is fine: the derived part is ignored
        office().contentType(Api.MERGE_PATCH).body(view.replace("\"plannedInvestment\":1200.00", "\"plannedInvestment\":1.00"))
                .patch(PROJECTS + "/" + id).then().statusCode(200)
                .body("version", equalTo(1))
                .body("investment.plannedInvestment", equalTo(1200.00f));
    }
}
