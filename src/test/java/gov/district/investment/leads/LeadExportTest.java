package gov.district.investment.leads;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import gov.district.investment.support.BusinessTime;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import static gov.district.investment.leads.LeadFixtures.LEADS;
import static gov.district.investment.leads.LeadFixtures.bureau;
import static gov.district.investment.leads.LeadFixtures.createInvestor;
import static gov.district.investment.leads.LeadFixtures.leadBody;
import static gov.district.investment.leads.LeadFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A unit exports only the leads it holds, as its list shows them. */
@QuarkusTest
@BusinessTime("2026-11-27T10:00")
class LeadExportTest {

    @Test
    void aUnitExportsOnlyItsOwnLeads() throws Exception {
        String token = "导出线索-" + UUID.randomUUID().toString().substring(0, 8);
        long own = create(token, "GCJ");
        create(token, "ZSJ");
        Response response = unit("GCJ").queryParam("q", token).accept("*/*").get(LEADS + "/export");
        response.then().statusCode(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals(1, sheet.getLastRowNum());
            assertEquals(own, (long) sheet.getRow(1).getCell(0).getNumericCellValue());
            assertEquals("意向投资(万元)", sheet.getRow(0).getCell(7).getStringCellValue());
            assertEquals(150000.0, sheet.getRow(1).getCell(7).getNumericCellValue(), 1e-9);
        }
        Response all = bureau().queryParam("q", token).queryParam("format", "csv").accept("*/*").get(LEADS + "/export");
        all.then().statusCode(200);
        assertEquals(3, all.asString().split("\r\n").length);
        assertEquals(unit("GCJ").queryParam("q", token).get(LEADS).then().extract().jsonPath().getInt("totalItems"), 1);
    }

    private static long create(String token, String unitCode) {
        Map<String, Object> body = leadBody(createInvestor(), unitCode);
        body.put("title", token + "-" + unitCode);
        return bureau().body(body).post(LEADS).then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
