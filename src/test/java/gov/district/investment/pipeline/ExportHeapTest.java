package gov.district.investment.pipeline;

import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import gov.district.investment.support.BusinessTime;
import gov.district.investment.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The project export through the database path (keyset batches, the REST endpoint, the streamed
 * response) keeps the heap flat: projects inserted by plain SQL, exported at 5,000 and at 25,000
 * rows, the heap sampled after a full GC while the download runs. @QuarkusTest serves in this JVM, so the
 * server's heap is what is measured; the client reads the stream and keeps nothing. The rows are
 * written as of January 2026, so the test states its day: the business year of the export is 2026.
 */
@QuarkusTest
@BusinessTime("2026-11-27T10:00")
class ExportHeapTest {

    private static final int SMALL = 5_000;
    private static final int LARGE = 25_000;
    /** Holding 20,000 more projects (about 1 KiB each as entities) would take more than twice this. */
    private static final long FLAT = 8L * 1024 * 1024;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Test
    void heapStaysFlatFromFiveThousandToTwentyFiveThousandProjects() throws Exception {
        String token = "HP" + UUID.randomUUID().toString().substring(0, 6);
        try {
            insert(token, 0, SMALL);
            long csvSmall = peakGrowth(token, "csv", SMALL);
            long xlsxSmall = peakGrowth(token, "xlsx", SMALL);
            insert(token, SMALL, LARGE);
            long csvLarge = peakGrowth(token, "csv", LARGE);
            long xlsxLarge = peakGrowth(token, "xlsx", LARGE);
            System.out.printf(
                    "ExportHeapTest: peak heap growth over the baseline, after GC: csv %d KiB at %d rows, %d KiB at %d rows;"
                            + " xlsx %d KiB at %d rows, %d KiB at %d rows%n",
                    csvSmall / 1024, SMALL, csvLarge / 1024, LARGE,
                    xlsxSmall / 1024, SMALL, xlsxLarge / 1024, LARGE);
            assertTrue(csvLarge - csvSmall < FLAT,
                    "csv: heap grew " + (csvLarge - csvSmall) / 1024 + " KiB more at " + LARGE + " rows");
            assertTrue(xlsxLarge - xlsxSmall < FLAT,
                    "xlsx: heap grew " + (xlsxLarge - xlsxSmall) / 1024 + " KiB more at " + LARGE + " rows");
        } finally {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("delete from project where code like '" + token + "%'");
            }
        }
    }

    /** Projects [from, to) in multi-row INSERTs (portable to H2 and MariaDB, fast on both). */
    private void insert(String token, int from, int to) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            StringBuilder sql = new StringBuilder();
            for (int i = from; i < to; i++) {
                if (sql.isEmpty()) {
                    sql.append(
                            "insert into project (code, name, industry_code, area_code, owner_unit_code, owner_name, total_investment,"
                                    + " project_level, stage, planned_start_date, planned_completion_date, created_at, updated_at, version) values ");
                } else {
                    sql.append(',');
                }
                sql.append("('").append(token).append('-').append(i).append("','").append(token).append(" 奥通钢材配送中心 ").append(i)
                        .append("','GLASS','NORTH_INDUSTRIAL','GCJ','秦皇岛奥通物流有限公司',").append(1000 + i % 5000)
                        .append(".50,'DISTRICT','PLANNING','2026-03-01','2027-06-30','2026-01-05 08:00:00','2026-01-05 08:00:00',0)");
                if ((i - from + 1) % 1000 == 0 || i == to - 1) {
                    s.executeUpdate(sql.toString());
                    sql.setLength(0);
                }
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
    }

    /** Downloads the export while sampling the heap after GC; the largest growth over the baseline. */
    private long peakGrowth(String token, String format, int rows) throws Exception {
        long baseline = usedAfterGc();
        AtomicLong peak = new AtomicLong();
        AtomicBoolean done = new AtomicBoolean();
        Thread sampler = new Thread(() -> {
            while (!done.get()) {
                peak.accumulateAndGet(usedAfterGc(), Math::max);
                try {
                    Thread.sleep(1500); // a full GC each time: sample sparingly, or the export crawls
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        long bytes = 0;
        long lines = 0;
        long started = System.nanoTime();
        try {
            HttpRequest request = HttpRequest
                    .newBuilder(URI.create("http://localhost:" + port + "/api/v1/projects/export?format=" + format
                            + "&q=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                    .header("Authorization", "Bearer " + Tokens.role("project-office")).header("Accept", "*/*").build();
            HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofInputStream());
            assertEquals(200, response.statusCode());
            try (InputStream in = response.body()) {
                byte[] buffer = new byte[8192];
                for (int n; (n = in.read(buffer)) > 0;) {
                    bytes += n;
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '\n') {
                            lines++;
                        }
                    }
                }
            }
        } finally {
            done.set(true);
            sampler.join();
        }
        System.out.printf("ExportHeapTest: %s, %d rows, %d bytes in %d ms%n", format, rows, bytes,
                (System.nanoTime() - started) / 1_000_000);
        if (format.equals("csv")) {
            assertEquals(rows + 1, lines, "the header and one line per project");
        }
        assertTrue(bytes > rows * 20L, format + ": " + bytes + " bytes for " + rows + " rows");
        return Math.max(0, peak.get() - baseline);
    }

    /**
     * The heap in use as the JVM recorded it at the end of a full GC. Reading the heap's usage after
     * System.gc() instead would count what the exporting thread allocated meanwhile (whole TLABs).
     */
    private static long usedAfterGc() {
        System.gc();
        com.sun.management.GcInfo last = null;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            com.sun.management.GcInfo info = ((com.sun.management.GarbageCollectorMXBean) gc).getLastGcInfo();
            if (info != null && (last == null || info.getEndTime() > last.getEndTime())) {
                last = info;
            }
        }
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage after = pool.getType() == MemoryType.HEAP && last != null
                    ? last.getMemoryUsageAfterGc().get(pool.getName())
                    : null;
            used += after == null ? 0 : after.getUsed();
        }
        return used;
    }
}
