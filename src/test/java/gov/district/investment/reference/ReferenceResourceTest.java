package gov.district.investment.reference;

import org.junit.jupiter.api.Test;

import gov.district.investment.support.BusinessTime;
import io.quarkus.test.junit.QuarkusTest;

import static gov.district.investment.support.Api.reader;
import static org.hamcrest.Matchers.*;

@QuarkusTest
@BusinessTime("2026-11-27T10:00") // the calendar is not its subject: one stated day, one run
class ReferenceResourceTest {

    @Test
    void industriesFromTheSeed() {
        reader().get("/api/v1/reference/industries").then()
                .statusCode(200)
                .body("items.name", hasItems("旅游", "装备制造", "船舶", "汽车", "玻璃制造加工", "金属压延", "电子信息",
                        "太阳能光伏", "生物医药", "新能源", "现代物流", "商贸物流", "文化创意", "商务会展", "民营金融", "农业产业化"))
                .body("items[0].code", notNullValue());
    }

    @Test
    void areasCarryTheirParent() {
        reader().get("/api/v1/reference/areas").then()
                .statusCode(200)
                .body("items.find { it.name == '北部工业区' }.parentCode", equalTo("LINGANG"))
                .body("items.find { it.name == '临港物流园' }.parentCode", equalTo("LINGANG"))
                .body("items.find { it.name == '东部循环经济园区' }.parentCode", equalTo("LINGANG"))
                .body("items.find { it.code == 'LINGANG' }.name", equalTo("临港产业聚集区"))
                .body("items.name", hasItems("海阳片区", "鹿头山片区", "东港镇"))
                .body("items.findAll { it.kind == 'STREET' }", not(empty()));
    }

    @Test
    void unitsFromTheSeed() {
        reader().get("/api/v1/reference/units").then()
                .statusCode(200)
                .body("items.name", hasItems("发改局", "工促局", "招商局", "旅游局", "规划局", "国土分局", "财政局", "住建局", "统计局",
                        "北部工业区管委会", "临港物流园管委会", "东部循环经济园区管委会"));
    }

    @Test
    void enumsCarryChineseLabels() {
        reader().get("/api/v1/reference/enums").then()
                .statusCode(200)
                .body("items.find { it.type == 'ProjectStage' }.values.code",
                        contains("PLANNING", "PRELIMINARY", "CONSTRUCTION", "COMPLETED", "OPERATING", "SUSPENDED", "CANCELLED"))
                .body("items.find { it.type == 'ProjectStage' }.values.name",
                        contains("谋划", "前期", "在建", "竣工", "投产", "停缓建", "终止"))
                .body("items.find { it.type == 'ProjectLevel' }.values.find { it.code == 'PROVINCIAL' }.name",
                        equalTo("省重点项目"));
    }

    @Test
    void referenceNeedsAToken() {
        io.restassured.RestAssured.given().get("/api/v1/reference/units").then().statusCode(401);
    }
}
