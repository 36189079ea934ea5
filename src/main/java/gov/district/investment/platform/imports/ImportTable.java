package gov.district.investment.platform.imports;

import gov.district.investment.platform.error.ProblemException;
import gov.district.investment.platform.error.ProblemType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An uploaded table: XLSX (recognised by its ZIP signature) or UTF-8 CSV (a BOM is skipped). The
 * first row holds the headers; each data row keeps its spreadsheet row number (the header is row 1).
 */
public final class ImportTable {

    public record Line(int row, Map<String, String> values) {
        public String get(String header) {
            String v = values.get(header);
            return v == null || v.isBlank() ? null : v.trim();
        }
    }

    private ImportTable() {
    }

    public static List<Line> read(byte[] bytes, long maxBytes, int maxRows) {
        if (bytes == null || bytes.length == 0) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "The body must be an XLSX or CSV file with a header row");
        }
        if (bytes.length > maxBytes) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "The file has " + bytes.length + " bytes; at most " + maxBytes + " are accepted");
        }
        List<List<String>> cells = bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K' ? xlsx(bytes) : csv(bytes);
        if (cells.isEmpty()) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "The file has no header row");
        }
        List<String> headers = cells.get(0).stream().map(h -> h == null ? "" : h.trim().replace('（', '(').replace('）', ')')).toList();
        List<Line> lines = new ArrayList<>();
        for (int r = 1; r < cells.size(); r++) {
            List<String> row = cells.get(r);
            if (row.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < headers.size(); c++) {
                values.put(headers.get(c), c < row.size() ? row.get(c) : null);
            }
            lines.add(new Line(r + 1, values));
            if (lines.size() > maxRows) {
                throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "The file has more than " + maxRows + " data rows");
            }
        }
        return lines;
    }

    private static List<List<String>> xlsx(byte[] bytes) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> values = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        values.add(text(row.getCell(c), formatter));
                    }
                }
                rows.add(values);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "The file is not a readable XLSX workbook");
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate().toString();
            }
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        if (type == CellType.BOOLEAN) {
            return cell.getBooleanCellValue() ? "是" : "否";
        }
        return formatter.formatCellValue(cell);
    }

    /** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks. */
    private static List<List<String>> csv(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(ch);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
