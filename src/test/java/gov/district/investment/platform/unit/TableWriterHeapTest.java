package gov.district.investment.platform.unit;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import gov.district.investment.platform.export.Column;
import gov.district.investment.platform.export.ExportFormat;
import gov.district.investment.platform.export.TableWriter;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 100,000 rows through the export writer: the heap in use after 100,000 rows is about what it was
 * after 10,000 (rows are streamed, never collected), and the file is produced.
 */
class TableWriterHeapTest {

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void heapStaysFlatOverAHundredThousandRows(ExportFormat format) throws Exception {
        long[] written = new long[1];
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                written[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                written[0] += len;
            }
        };
        List<Column.Kind> kinds = List.of(Column.Kind.NUMBER, Column.Kind.TEXT, Column.Kind.NUMBER, Column.Kind.DATE);
        long at10k = 0;
        try (TableWriter writer = TableWriter.open(format, sink, "项目", kinds, List.of("ID", "项目名称", "总投资(万元)", "计划开工日期"))) {
            for (int i = 1; i <= 100_000; i++) {
                List<Object> row = new ArrayList<>(Arrays.asList((long) i, "奥通360万吨钢材配送-" + i,
                        new BigDecimal("52000.50"), LocalDate.of(2026, 3, 1).plusDays(i % 300)));
                writer.row(row);
                if (i == 10_000) {
                    at10k = usedAfterGc();
                }
            }
            long at100k = usedAfterGc();
            assertTrue(at100k - at10k < 24L * 1024 * 1024,
                    format + ": heap grew by " + (at100k - at10k) / 1024 + " KiB between 10k and 100k rows");
            writer.finish();
        }
        assertTrue(written[0] > 1_000_000, format + " wrote " + written[0] + " bytes");
    }
}
