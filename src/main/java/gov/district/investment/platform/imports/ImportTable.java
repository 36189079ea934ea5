package gov.district.investment.platform.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import gov.district.investment.platform.error.ProblemException;
import gov.district.investment.platform.error.ProblemType;

/**
 * An uploaded table: XLSX (recognised by its ZIP signature) or CSV text (a BOM is skipped). The
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

    /**
     * The file's type is read from its first bytes, never from a name or a declared content type:
     * XLSX is a ZIP, CSV is text (UTF-8, or GB18030 as Excel saves "CSV" on Chinese Windows).
     * Anything else (a legacy .xls, a PDF, an image) is 415.
     */
    public static List<Line> read(Upload upload, long maxBytes, int maxRows) {
        long size = upload.size();
        if (size == 0) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "The upload must be an XLSX or CSV file with a header row");
        }
        if (size > maxBytes) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                    "The file has " + size + " bytes; at most " + maxBytes + " are accepted");
        }
        byte[] bytes = upload.bytes();
        List<List<String>> cells = startsWith(bytes, ZIP) ? xlsx(bytes) : csv(text(bytes));
        if (cells.isEmpty()) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "The file has no header row");
        }
        List<String> headers = cells.get(0).stream().map(h -> h == null ? "" : h.trim().replace('（', '(').replace('）', ')'))
                .toList();
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

    private static final byte[] ZIP = { 'P', 'K', 3, 4 };
    /** OLE2 compound file: a legacy .xls (or an encrypted workbook). */
    private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1 };

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** The CSV's text; 415 when the bytes are no text at all. */
    private static String text(byte[] bytes) {
        if (startsWith(bytes, OLE2)) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "The file is a legacy Excel workbook (.xls) or an encrypted one; save it as .xlsx or CSV");
        }
        String text = decode(bytes, StandardCharsets.UTF_8);
        if (text == null) {
            text = decode(bytes, java.nio.charset.Charset.forName("GB18030"));
        }
        if (text == null || text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\r' && c != '\n')) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The file is neither an XLSX workbook nor CSV text");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String decode(byte[] bytes, java.nio.charset.Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
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
    private static List<List<String>> csv(String text) {
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
