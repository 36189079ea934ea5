package gov.district.investment.platform.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table row by row to a stream, never holding more than a window of rows: CSV as UTF-8
 * with a BOM (so Excel reads the Chinese correctly), RFC 4180 quoting; XLSX through Apache POI's
 * streaming SXSSF (rows beyond a window of 100 go to a compressed temp file in java.io.tmpdir).
 */
public interface TableWriter extends AutoCloseable {

    void row(List<Object> values) throws IOException;

    /** Completes the document; the stream stays open. */
    void finish() throws IOException;

    @Override
    void close() throws IOException;

    static TableWriter open(ExportFormat format, OutputStream out, String sheetName, List<Column.Kind> kinds,
            List<String> headers)
            throws IOException {
        TableWriter writer = format == ExportFormat.CSV ? new Csv(out) : new Xlsx(out, sheetName, kinds);
        writer.row(List.copyOf(headers));
        return writer;
    }

    final class Csv implements TableWriter {
        private final BufferedWriter out;

        Csv(OutputStream stream) throws IOException {
            out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            out.write('\uFEFF');
        }

        @Override
        public void row(List<Object> values) throws IOException {
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(cell(values.get(i)));
            }
            out.write("\r\n");
        }

        private static String cell(Object value) {
            if (value == null) {
                return "";
            }
            String text = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
            if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                return '"' + text.replace("\"", "\"\"") + '"';
            }
            return text;
        }

        @Override
        public void finish() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    final class Xlsx implements TableWriter {
        private final OutputStream out;
        private final SXSSFWorkbook workbook;
        private final Sheet sheet;
        private final List<Column.Kind> kinds;
        private final CellStyle dateStyle;
        private int next;

        Xlsx(OutputStream out, String sheetName, List<Column.Kind> kinds) {
            this.out = out;
            this.kinds = kinds;
            workbook = new SXSSFWorkbook(100);
            workbook.setCompressTempFiles(true);
            sheet = workbook.createSheet(sheetName);
            dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        }

        @Override
        public void row(List<Object> values) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(i);
                if (value instanceof Number n && next > 1) {
                    cell.setCellValue(n.doubleValue());
                } else if (value instanceof LocalDate d && next > 1) {
                    cell.setCellValue(d);
                    cell.setCellStyle(dateStyle);
                } else if (value instanceof Boolean b) {
                    cell.setCellValue(b ? "是" : "否");
                } else {
                    cell.setCellValue(value.toString());
                }
            }
        }

        @Override
        public void finish() throws IOException {
            workbook.write(out);
            out.flush();
        }

        @Override
        public void close() throws IOException {
            workbook.close(); // also deletes the temp files
        }
    }
}
