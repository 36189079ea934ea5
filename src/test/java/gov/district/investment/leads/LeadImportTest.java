package gov.district.investment.leads;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import gov.district.investment.support.Api;
import gov.district.investment.support.BusinessTime;
import gov.district.investment.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import static gov.district.investment.leads.LeadFixtures.INVESTORS;
import static gov.district.investment.leads.LeadFixtures.LEADS;
import static gov.district.investment.leads.LeadFixtures.bureau;
import static gov.district.investment.support.Api.PROBLEM_JSON;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lead imports: good and bad rows in both modes, investors by code or name, 撞单, a unit's rows, templates, multipart. */
@QuarkusTest
@BusinessTime("2026-11-27T10:00")
class LeadImportTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> HEADERS = List.of("线索名称", "投资方统一社会信用代码", "投资方名称", "招商渠道", "行业代码", "产业链定位",
            "意向投资(万元)", "外资(万美元)", "用地(亩)", "区域代码", "责任单位代码", "跟踪责任人", "下次跟进日期", "备注", "确认撞单");

    /** A registered investor: [id, creditCode, name]. */
    private static String[] investor() {
        var body = LeadFixtures.investorBody();
        JsonPath created = bureau().body(body).post(INVESTORS).then().statusCode(201).extract().jsonPath();
        return new String[] { created.getString("id"), (String) body.get("creditCode"), (String) body.get("name") };
    }

    private static String csv(String... rows) {
        return "\uFEFF" + String.join(",", HEADERS) + "\r\n" + String.join("\r\n", rows) + "\r\n";
    }

    /** A CSV row: title, credit code, investor name, unit, confirm 撞单 and intended investment; the rest valid. */
    private static String row(String title, String code, String name, String unit, String confirm, String amount) {
        return String.join(",", title, code, name, "以商招商", "TRADE_LOGISTICS", "补链型", amount, "", "320",
                "LINGANG_LOGISTICS", unit, "刘海涛", "2026-12-05", "\"经商会引荐,有意落户\"", confirm);
    }

    private static JsonPath post(RequestSpecification as, String mode, String csv) {
        return as.contentType("text/csv").queryParam("mode", mode).body(csv.getBytes(StandardCharsets.UTF_8))
                .post(LEADS + "/import").then().statusCode(200).extract().jsonPath();
    }

    private static int count(String token) {
        return bureau().queryParam("q", token).get(LEADS).then().statusCode(200).extract().jsonPath().getInt("totalItems");
    }

    @Test
    void perRowCreatesTheGoodRowsAndSaysWhyTheOthersWereRefused() {
        String token = LeadFixtures.unique("导入线索");
        String[] a = investor();
        String[] b = investor();
        String[] held = investor();
        long heldLead = LeadFixtures.createLead(Long.parseLong(held[0]), "GCJ");
        JsonPath r = post(bureau(), "per-row", csv(
                row(token + "-按代码", a[1], a[2], "ZSJ", "", "150000"),
                row(token + "-未知代码", "91130302MA0000000X", "", "ZSJ", "", "100"),
                row(token + "-按名称", "", b[2], "ZSJ", "否", "2000.5"),
                row(token + "-负数", a[1], "", "ZSJ", "", "-5"),
                row(token + "-撞单", held[1], "", "ZSJ", "", "100"),
                row(token + "-确认撞单", held[1], "", "ZSJ", "是", "100")));
        assertEquals("per-row", r.getString("mode"));
        assertEquals(6, r.getInt("totalRows"));
        assertEquals(3, r.getInt("created"));
        assertEquals(3, r.getInt("refused"));
        assertEquals(List.of("CREATED", "REFUSED", "CREATED", "REFUSED", "REFUSED", "CREATED"), r.getList("rows.status"));
        assertEquals(List.of(2, 3, 4, 5, 6, 7), r.getList("rows.row"));
        assertEquals("投资方统一社会信用代码", r.getString("rows[1].errors[0].column"));
        assertEquals("意向投资(万元)", r.getString("rows[3].errors[0].column"));
        assertEquals("确认撞单", r.getString("rows[4].errors[0].column"));
        assertTrue(r.getString("rows[4].errors[0].message").contains(String.valueOf(heldLead)));
        assertEquals(3, count(token));

        long byCode = r.getLong("rows[0].id");
        bureau().get(LEADS + "/" + byCode).then().statusCode(200)
                .body("investorId", equalTo(Integer.parseInt(a[0]))).body("channel", equalTo("BUSINESS_REFERRAL"))
                .body("chainRole", equalTo("CHAIN_FILLING")).body("ownerUnitCode", equalTo("ZSJ"))
                .body("note", equalTo("经商会引荐,有意落户")).body("stage", equalTo("CLUE"));
        bureau().get(LEADS + "/" + r.getLong("rows[2].id")).then().body("investorId", equalTo(Integer.parseInt(b[0])));
        bureau().get(LEADS + "/" + r.getLong("rows[5].id")).then()
                .body("duplicateConfirmed", equalTo(true)).body("duplicateOfLeadId", equalTo((int) heldLead));
        // created through the normal path: the audit trail has it
        bureau().get(LEADS + "/" + byCode + "/history").then().statusCode(200).body("totalItems", equalTo(1));
    }

    @Test
    void allOrNothingCreatesNothingAndStillReportsEveryBadRow() {
        String token = LeadFixtures.unique("导入线索");
        String[] a = investor();
        JsonPath r = post(bureau(), "all-or-nothing", csv(
                row(token + "-好1", a[1], "", "ZSJ", "", "100"),
                row(token + "-坏1", a[1], "别的名字", "ZSJ", "", "100"),
                row(token + "-好2", "", a[2], "ZSJ", "", "100"),
                row(token + "-坏2", a[1], "", "NO_SUCH_UNIT", "", "100")));
        assertEquals("all-or-nothing", r.getString("mode"));
        assertEquals(0, r.getInt("created"));
        assertEquals(2, r.getInt("refused"));
        assertEquals(List.of("NOT_CREATED", "REFUSED", "NOT_CREATED", "REFUSED"), r.getList("rows.status"));
        assertEquals("投资方名称", r.getString("rows[1].errors[0].column"));
        assertEquals(5, r.getInt("rows[3].row"));
        assertEquals("责任单位代码", r.getString("rows[3].errors[0].column"));
        assertNull(r.get("rows[0].id"));
        assertEquals(0, count(token));
    }

    @Test
    void allOrNothingFromTheXlsxTemplateByMultipartCreatesEveryRow() throws Exception {
        byte[] template = bureau().accept("*/*").queryParam("format", "xlsx").get(LEADS + "/import/template")
                .then().statusCode(200).contentType(XLSX).extract().asByteArray();
        String token = LeadFixtures.unique("导入线索");
        String[] a = investor();
        ByteArrayOutputStream filled = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = book.getSheetAt(0);
            for (int i = 1; i <= 3; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(token + "-" + i);
                row.createCell(1).setCellValue(a[1]);
                row.createCell(3).setCellValue("TECHNOLOGY");
                row.createCell(4).setCellValue("TRADE_LOGISTICS");
                row.createCell(6).setCellValue(1000 * i);
                row.createCell(10).setCellValue("ZSJ");
            }
            book.write(filled);
        }
        // the name says CSV, the declared type says text: the content decides
        JsonPath r = bureau().contentType("multipart/form-data").queryParam("mode", "all-or-nothing")
                .multiPart("file", "leads.csv", filled.toByteArray(), "text/plain")
                .post(LEADS + "/import").then().statusCode(200).extract().jsonPath();
        assertEquals(3, r.getInt("created"));
        assertEquals(List.of("CREATED", "CREATED", "CREATED"), r.getList("rows.status"));
        assertEquals(3, count(token));
        bureau().get(LEADS + "/" + r.getLong("rows[2].id")).then().body("intendedInvestment", equalTo(3000.0f))
                .body("channel", equalTo("TECHNOLOGY"));
    }

    @Test
    void aUnitImportsOnlyItsOwnLeadsRowByRow() {
        String token = LeadFixtures.unique("导入线索");
        String[] a = investor();
        RequestSpecification gcj = Api.as(Tokens.unit("GCJ"));
        JsonPath r = post(gcj, "per-row", csv(
                row(token + "-本单位", a[1], "", "GCJ", "", "100"),
                row(token + "-默认本单位", a[1], "", "", "", "100"),
                row(token + "-他单位", a[1], "", "ZSJ", "", "100")));
        assertEquals(List.of("CREATED", "CREATED", "REFUSED"), r.getList("rows.status"));
        assertEquals("责任单位代码", r.getString("rows[2].errors[0].column"));
        bureau().get(LEADS + "/" + r.getLong("rows[1].id")).then().body("ownerUnitCode", equalTo("GCJ"));
        assertEquals(2, count(token));
        // roles as on POST /api/v1/leads
        Api.office().contentType("text/csv").body(csv().getBytes(StandardCharsets.UTF_8)).post(LEADS + "/import").then()
                .statusCode(403);
    }

    @Test
    void theTemplateComesInBothFormatsWithTheDocumentedHeaders() throws Exception {
        byte[] xlsx = bureau().accept("*/*").get(LEADS + "/import/template").then().statusCode(200).contentType(XLSX)
                .extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row header = book.getSheetAt(0).getRow(0);
            assertEquals(HEADERS.size(), header.getLastCellNum());
            for (int c = 0; c < HEADERS.size(); c++) {
                assertEquals(HEADERS.get(c), header.getCell(c).getStringCellValue());
            }
        }
        byte[] csv = bureau().accept("*/*").queryParam("format", "csv").get(LEADS + "/import/template").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"));
        assertEquals(HEADERS, Arrays.asList(text.substring(1).trim().split(",")));
        bureau().accept("*/*").queryParam("format", "pdf").get(LEADS + "/import/template").then().statusCode(400)
                .contentType(PROBLEM_JSON).body("errors[0].field", equalTo("format"));
    }
}
