package gov.district.investment.pipeline;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import gov.district.investment.support.Api;
import gov.district.investment.support.OnAwkwardDays;
import io.quarkus.test.junit.QuarkusTest;

import static gov.district.investment.support.Api.PROJECTS;
import static gov.district.investment.support.Api.office;
import static org.hamcrest.Matchers.equalTo;

/** utf8mb4 end to end: CJK, rare characters outside the BMP and emoji survive a round trip. */
@QuarkusTest
@OnAwkwardDays
class ChineseRoundTripTest {

    @Test
    void chineseTextRoundTrips() {
        // unique per run: the class runs again on the awkward days against the same database
        String rare = "𠀀𡃁" + UUID.randomUUID().toString().substring(0, 8);
        String name = "秦皇植物园二期" + rare + "项目🏗️";
        String description = "“桥东加速度”——对照指标，逐项检查，倒排进度，狠抓落实；鿏𪚥";
        Map<String, Object> body = Api.projectBody();
        body.put("name", name);
        body.put("description", description);
        body.put("ownerName", "秦皇岛市海港区园林管理处");
        long id = Api.createProject(body);
        office().get(PROJECTS + "/" + id).then()
                .statusCode(200)
                .body("name", equalTo(name))
                .body("description", equalTo(description))
                .body("ownerName", equalTo("秦皇岛市海港区园林管理处"));
        office().queryParam("q", rare).get(PROJECTS).then()
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo((int) id));
        // other characters outside the BMP must not match (utf8mb4_unicode_ci would weigh them alike)
        office().queryParam("q", "𪚥𪚥").get(PROJECTS).then().body("totalItems", equalTo(0));
    }
}
