package gov.district.investment.pipeline;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import gov.district.investment.support.Api;
import gov.district.investment.support.BusinessTime;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import static gov.district.investment.support.Api.PROBLEM_JSON;
import static gov.district.investment.support.Api.PROJECTS;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Imports with good and bad rows in both modes, CSV and XLSX. */
@QuarkusTest
@BusinessTime("2026-11-27T10:00")
class ProjectImportTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String HEADER = "项目名称,项目简介,行业代码,区域代码,责任单位代码,项目单位,统一社会信用代码,项目代码,是否入统,总投资(万元),项目级别,计划开工日期,计划竣工日期\r\n";

    private static String csv(String token) {
        return "\uFEFF" + HEADER
                + token + "-好1,,GLASS,NORTH_INDUSTRIAL,GCJ,秦皇岛奥晶玻璃有限公司,,,是,52000,区重点项目,2026-03-01,2027-06-30\r\n"
                + token + "-坏1,,GLASS,NORTH_INDUSTRIAL,GCJ,,,,否,-5,DISTRICT,2026-03-01,2027-06-30\r\n"
                + token + "-好2,\"含仓储,剪切加工\",GLASS,NORTH_INDUSTRIAL,GCJ,,,,,1200.5,,2026/3/1,\r\n"
                + token + "-坏2,,NO_SUCH_INDUSTRY,NORTH_INDUSTRIAL,GCJ,,,,,100,,not-a-date,\r\n";
    }

    private static int count(String token) {
        return Api.reader().queryParam("q", token).get(PROJECTS).then().statusCode(200).extract().jsonPath()
                .getInt("totalItems");
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
    void aRetriedUploadWithItsIdempotencyKeyCreatesNothingTwice() {
        String token = "重试-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] file = csv(token).getBytes(StandardCharsets.UTF_8);
        String key = UUID.randomUUID().toString();
        JsonPath first = Api.office().contentType("text/csv").header("Idempotency-Key", key).body(file)
                .post(PROJECTS + "/import").then().statusCode(200).extract().jsonPath();
        // the same file again, raw or as a form: the first report, nothing new
        Api.office().contentType("text/csv").header("Idempotency-Key", key).body(file)
                .post(PROJECTS + "/import").then().statusCode(200).header("Idempotent-Replayed", "true")
                .body("rows[0].id", equalTo(first.getInt("rows[0].id")));
        Api.office().contentType("multipart/form-data").header("Idempotency-Key", key)
                .multiPart("file", "p.csv", file, "text/csv")
                .post(PROJECTS + "/import").then().statusCode(200).header("Idempotent-Replayed", "true");
        assertEquals(2, count(token));
        // another file under the same key is refused
        Api.office().contentType("text/csv").header("Idempotency-Key", key)
                .body(csv(token + "x").getBytes(StandardCharsets.UTF_8))
                .post(PROJECTS + "/import").then().statusCode(422).contentType(PROBLEM_JSON);
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
        Api.reader().contentType("text/csv").body(HEADER.getBytes(StandardCharsets.UTF_8)).post(PROJECTS + "/import").then()
                .statusCode(403);
        Api.office().contentType("text/csv").queryParam("mode", "some").body(HEADER.getBytes(StandardCharsets.UTF_8))
                .post(PROJECTS + "/import").then().statusCode(400);
    }

    @Test
    void multipartCarriesTheFileAndItsTypeIsReadFromTheContent() {
        String token = "导入-" + UUID.randomUUID().toString().substring(0, 8);
        // named .xlsx and declared as a spreadsheet, but CSV text: read as CSV
        JsonPath r = Api.office().contentType("multipart/form-data")
                .multiPart("file", "projects.xlsx", csv(token).getBytes(StandardCharsets.UTF_8), XLSX)
                .post(PROJECTS + "/import").then().statusCode(200).extract().jsonPath();
        assertEquals(2, r.getInt("created"));
        assertEquals("总投资(万元)", r.getString("rows[1].errors[0].column"));
        assertEquals(2, count(token));
        assertNoUploadsLeft();
    }

    @Test
    void anOversizeFileIs413AndItsTempFileIsGone() {
        byte[] big = (HEADER + "x".repeat(5 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8); // just over the 5 MiB import limit
        Api.office().contentType("multipart/form-data").multiPart("file", "big.csv", big, "text/csv")
                .post(PROJECTS + "/import").then().statusCode(413).contentType(PROBLEM_JSON)
                .body("status", equalTo(413)).body("detail", containsString("5242880"));
        Api.office().contentType("text/csv").body(big).post(PROJECTS + "/import").then().statusCode(413)
                .contentType(PROBLEM_JSON);
        // over the HTTP layer's cap too: a form declaring its length (as curl -F does) is refused before it is read
        String boundary = "----import-boundary";
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        form.writeBytes(new byte[7 * 1024 * 1024]);
        form.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Api.office().contentType("multipart/form-data; boundary=" + boundary).body(form.toByteArray())
                .post(PROJECTS + "/import").then().statusCode(413).contentType(PROBLEM_JSON);
        assertNoUploadsLeft();
    }

    @Test
    void anythingButXlsxOrCsvIs415() {
        Api.office().contentType("application/json").body("{}").post(PROJECTS + "/import").then()
                .statusCode(415).contentType(PROBLEM_JSON);
        byte[] legacyXls = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0,
                0 };
        Api.office().contentType("multipart/form-data").multiPart("file", "projects.xls", legacyXls, "application/vnd.ms-excel")
                .post(PROJECTS + "/import").then().statusCode(415).contentType(PROBLEM_JSON)
                .body("detail", containsString(".xls"));
        byte[] pdf = "%PDF-1.7\n\u0000\u0001binary".getBytes(StandardCharsets.ISO_8859_1);
        Api.office().contentType("text/csv").body(pdf).post(PROJECTS + "/import").then().statusCode(415)
                .contentType(PROBLEM_JSON);
        // a form without its file part
        Api.office().contentType("multipart/form-data").multiPart("other", "x").post(PROJECTS + "/import").then()
                .statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("file"));
    }

    @Test
    void aCsvSavedByChineseExcelInGb18030IsRead() {
        String token = "导入-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] gbk = csv(token).substring(1).getBytes(java.nio.charset.Charset.forName("GB18030"));
        JsonPath r = Api.office().contentType("text/csv").body(gbk).post(PROJECTS + "/import").then().statusCode(200).extract()
                .jsonPath();
        assertEquals(2, r.getInt("created"));
        assertEquals(2, count(token));
    }

    /** Multipart parts are spooled to files; none may outlive its request. */
    static void assertNoUploadsLeft() {
        java.nio.file.Path dir = java.nio.file.Path.of(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("quarkus.http.body.uploads-directory", String.class));
        long deadline = System.currentTimeMillis() + 3000;
        long left;
        do {
            try (var files = java.nio.file.Files.exists(dir) ? java.nio.file.Files.list(dir)
                    : java.util.stream.Stream.<java.nio.file.Path> empty()) {
                left = files.count();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        } while (left > 0 && System.currentTimeMillis() < deadline && sleep());
        assertEquals(0, left, "temp files left in " + dir);
    }

    private static boolean sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }
}
