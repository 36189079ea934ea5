package gov.district.investment.pipeline;

import gov.district.investment.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static gov.district.investment.support.Api.PROJECTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Imports with good and bad rows in both modes, CSV and XLSX. */
@QuarkusTest
class ProjectImportTest {

    private static final String HEADER = "项目名称,项目简介,行业代码,区域代码,责任单位代码,项目单位,统一社会信用代码,项目代码,是否入统,总投资(万元),项目级别,计划开工日期,计划竣工日期\r\n";

    @BeforeEach
    void today() {
        ProblemResourceTest.clockAt("2026-11-27T02:00:00Z");
    }

    private static String csv(String token) {
        return "\uFEFF" + HEADER
                + token + "-好1,,GLASS,NORTH_INDUSTRIAL,GCJ,秦皇岛奥晶玻璃有限公司,,,是,52000,区重点项目,2026-03-01,2027-06-30\r\n"
                + token + "-坏1,,GLASS,NORTH_INDUSTRIAL,GCJ,,,,否,-5,DISTRICT,2026-03-01,2027-06-30\r\n"
                + token + "-好2,\"含仓储,剪切加工\",GLASS,NORTH_INDUSTRIAL,GCJ,,,,,1200.5,,2026/3/1,\r\n"
                + token + "-坏2,,NO_SUCH_INDUSTRY,NORTH_INDUSTRIAL,GCJ,,,,,100,,not-a-date,\r\n";
    }

    private static int count(String token) {
        return Api.reader().queryParam("q", token).get(PROJECTS).then().statusCode(200).extract().jsonPath().getInt("totalItems");
    }

    @Test
    void perRowCreatesTheGoodRowsAndSaysWhyTheOthersWereRefused() {
        String token = "导入-" + UUID.randomUUID().toString().substring(0, 8);
        JsonPath r = Api.office().contentType("text/csv").body(csv(token).getBytes(StandardCharsets.UTF_8))
                .post(PROJECTS + "/import").then().statusCode(200).extract().jsonPath();
        assertEquals("per-row", r.getString("mode"));
        assertEquals(4, r.getInt("totalRows"));
        assertEquals(2, r.getInt("created"));
        assertEquals(2, r.getInt("refused"));
        assertEquals(2, r.getInt("rows[0].row"));
        assertEquals("CREATED", r.getString("rows[0].status"));
        assertEquals("REFUSED", r.getString("rows[1].status"));
        assertEquals("总投资(万元)", r.getString("rows[1].errors[0].column"));
        assertEquals("CREATED", r.getString("rows[2].status"));
        assertEquals(5, r.getInt("rows[3].row"));
        assertEquals("计划开工日期", r.getString("rows[3].errors[0].column"));
        assertEquals(2, count(token));
        long id = r.getLong("rows[0].id");
        JsonPath project = Api.reader().get(PROJECTS + "/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals("DISTRICT", project.getString("level"));
        assertEquals(true, project.getBoolean("statsRegistered"));
    }

    @Test
    void allOrNothingCreatesNothingWhenARowIsRefused() {
        String token = "导入-" + UUID.randomUUID().toString().substring(0, 8);
        JsonPath r = Api.office().contentType("text/csv").queryParam("mode", "all-or-nothing")
                .body(csv(token).getBytes(StandardCharsets.UTF_8))
                .post(PROJECTS + "/import").then().statusCode(200).extract().jsonPath();
        assertEquals(0, r.getInt("created"));
        assertEquals(2, r.getInt("refused"));
        assertEquals("NOT_CREATED", r.getString("rows[0].status"));
        assertNull(r.get("rows[0].id"));
        assertEquals(0, count(token));
    }

    @Test
    void allOrNothingFromTheXlsxTemplateCreatesEveryValidRow() throws Exception {
        byte[] template = Api.office().accept("*/*").queryParam("format", "xlsx").get(PROJECTS + "/import/template")
                .then().statusCode(200).extract().asByteArray();
        String token = "导入-" + UUID.randomUUID().toString().substring(0, 8);
        ByteArrayOutputStream filled = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("总投资(万元)", sheet.getRow(0).getCell(9).getStringCellValue());
            for (int i = 1; i <= 2; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(token + "-" + i);
                row.createCell(2).setCellValue("GLASS");
                row.createCell(3).setCellValue("NORTH_INDUSTRIAL");
                row.createCell(4).setCellValue("GCJ");
                row.createCell(9).setCellValue(3000 * i);
            }
            book.write(filled);
        }
        JsonPath r = Api.office().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .queryParam("mode", "all-or-nothing").body(filled.toByteArray())
                .post(PROJECTS + "/import").then().statusCode(200).extract().jsonPath();
        assertEquals(2, r.getInt("created"));
        assertEquals(2, count(token));
    }

    @Test
    void readersMayNotImportAndNonsenseIs400() {
        Api.reader().contentType("text/csv").body(HEADER.getBytes(StandardCharsets.UTF_8)).post(PROJECTS + "/import").then().statusCode(403);
        Api.office().contentType("text/csv").queryParam("mode", "some").body(HEADER.getBytes(StandardCharsets.UTF_8))
                .post(PROJECTS + "/import").then().statusCode(400);
    }
}
