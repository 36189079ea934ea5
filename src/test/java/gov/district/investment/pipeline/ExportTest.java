package gov.district.investment.pipeline;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import gov.district.investment.support.Api;
import gov.district.investment.support.BusinessTime;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import static gov.district.investment.support.Api.PROJECTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exports read back with the same library (POI) and compared with the API's list under the same filter. */
@QuarkusTest
@BusinessTime("2026-11-27T10:00")
class ExportTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void projectsXlsxMatchesTheList() throws Exception {
        String token = "导出-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            Map<String, Object> body = Api.projectBody();
            body.put("name", token + "-" + i);
            Api.createProject(body);
        }
        Response response = Api.reader().queryParam("q", token).queryParam("format", "xlsx").accept("*/*")
                .get(PROJECTS + "/export");
        response.then().statusCode(200).contentType(XLSX);
        assertTrue(response.header("Content-Disposition").contains("projects.xlsx"));
        JsonPath list = Api.reader().queryParam("q", token).queryParam("sort", "id").get(PROJECTS).then().statusCode(200)
                .extract().jsonPath();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(0);
            List<String> headers = new java.util.ArrayList<>();
            header.forEach(c -> headers.add(c.getStringCellValue()));
            assertEquals("ID", headers.get(0));
            int name = headers.indexOf("项目名称");
            int total = headers.indexOf("总投资(万元)");
            int planned = headers.indexOf("计划开工日期");
            assertTrue(name > 0 && total > 0 && planned > 0, headers.toString());
            assertEquals(3, sheet.getLastRowNum());
            for (int r = 1; r <= 3; r++) {
                Row row = sheet.getRow(r);
                assertEquals(list.getLong("items[" + (r - 1) + "].id"), (long) row.getCell(0).getNumericCellValue());
                assertEquals(list.getString("items[" + (r - 1) + "].name"), row.getCell(name).getStringCellValue());
                Cell amount = row.getCell(total);
                assertEquals(CellType.NUMERIC, amount.getCellType());
                assertEquals(list.getDouble("items[" + (r - 1) + "].totalInvestment"), amount.getNumericCellValue(), 1e-9);
                Cell date = row.getCell(planned);
                assertTrue(DateUtil.isCellDateFormatted(date));
                assertEquals(LocalDate.parse(list.getString("items[" + (r - 1) + "].plannedStartDate")),
                        date.getLocalDateTimeCellValue().toLocalDate());
            }
        }
    }

    @Test
    void problemsCsvHasABomChineseHeadersAndTheListsRows() {
        long projectId = Api.createProject();
        long first = ProblemResourceTest.raise(projectId, ProblemResourceTest.problem("DGZ", "2026-12-15"));
        long second = ProblemResourceTest.raise(projectId, ProblemResourceTest.problem("GTFJ", "2026-12-20"));
        Response response = Api.reader().queryParam("projectId", projectId).queryParam("format", "csv").accept("*/*")
                .get("/api/v1/problems/export");
        response.then().statusCode(200).contentType("text/csv");
        byte[] bytes = response.asByteArray();
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        String[] lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertEquals(3, lines.length);
        assertTrue(lines[0].startsWith("ID,项目ID,问题标题"), lines[0]);
        assertTrue(lines[1].startsWith(first + "," + projectId + ","), lines[1]);
        assertTrue(lines[1].contains("2026-12-15"), lines[1]);
        assertTrue(lines[2].startsWith(second + "," + projectId + ","), lines[2]);
    }

    @Test
    void anUnknownFormatIs400() {
        Api.reader().queryParam("format", "pdf").accept("*/*").get(PROJECTS + "/export").then().statusCode(400)
                .contentType(Api.PROBLEM_JSON);
    }
}
