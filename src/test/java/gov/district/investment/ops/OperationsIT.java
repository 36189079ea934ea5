package gov.district.investment.ops;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged service as it runs in production (prod profile, JSON logs) against a MariaDB of the
 * test's own: two replicas starting at once on an empty database, the logs, the metrics, and a
 * readiness probe that follows the database down and back up.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationsIT {

    // free ports unless given: other builds may run on this machine
    private static final int DB_PORT = Integer.getInteger("it.mariadb.port", ServiceProcess.freePort());
    private static final int PORT_A = Integer.getInteger("it.port.a", ServiceProcess.freePort());
    private static final int PORT_B = Integer.getInteger("it.port.b", ServiceProcess.freePort());
    private static final Path WORK = Path.of(System.getProperty("it.work.dir", "target/it"));
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration PROBE_BOUND = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static PrivateMariaDb db;
    private static ServiceProcess a;
    private static ServiceProcess b;

    @BeforeAll
    static void startDatabase() throws Exception {
        Assumptions.assumeTrue(PrivateMariaDb.available(),
                "SKIPPED: " + PrivateMariaDb.MARIADBD + " is not installed; OperationsIT needs a MariaDB server binary");
        Assumptions.assumeTrue(ServiceProcess.packaged(),
                "SKIPPED: " + ServiceProcess.APP_DIR + "/quarkus-run.jar is missing; run the verify phase");
        ServiceProcess.deleteRecursively(WORK);
        db = new PrivateMariaDb(WORK.resolve("mariadb"), DB_PORT);
        db.start();
        try (Connection c = db.connect(""); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE ops CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
        }
    }

    @AfterAll
    static void stopAll() throws Exception {
        for (AutoCloseable c : new AutoCloseable[] { b, a, db }) {
            if (c != null) {
                c.close();
            }
        }
    }

    @Test
    @Order(1)
    void twoReplicasStartingAtOnceOnAnEmptyDatabaseMigrateItOnce() throws Exception {
        a = ServiceProcess.start("replica-a", PORT_A, db.jdbcUrl("ops"), WORK);
        b = ServiceProcess.start("replica-b", PORT_B, db.jdbcUrl("ops"), WORK);
        a.awaitReady(START_TIMEOUT);
        b.awaitReady(START_TIMEOUT);

        long migrations;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            migrations = files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
        try (Connection c = db.connect("ops"); Statement s = c.createStatement()) {
            ResultSet rows = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT version), SUM(success)"
                    + " FROM flyway_schema_history WHERE version IS NOT NULL");
            rows.next();
            assertEquals(migrations, rows.getLong(1), "one history row per migration, none applied twice");
            assertEquals(migrations, rows.getLong(2));
            assertEquals(migrations, rows.getLong(3), "every migration succeeded");
        }
        // Flyway's lock (a named lock on MySQL/MariaDB, taken around each migration, the history re-read under it):
        // the replicas may share the work, but every migration is applied by exactly one of them.
        Pattern appliedLine = Pattern.compile("Successfully applied (\\d+) migrations?");
        long appliedTotal = 0;
        List<String> report = new ArrayList<>();
        for (ServiceProcess replica : List.of(a, b)) {
            long applied = 0;
            Matcher m = appliedLine.matcher(replica.logText());
            while (m.find()) {
                applied += Long.parseLong(m.group(1));
            }
            appliedTotal += applied;
            report.add(replica.name + " applied " + applied);
        }
        System.out.printf("OperationsIT: %d migrations, %s; history has one successful row per version%n", migrations, report);
        assertEquals(migrations, appliedTotal, "together the replicas applied each migration once: " + report);
        assertEquals(200, a.status("/q/health/ready"));
        assertEquals(200, b.status("/q/health/ready"));
    }

    @Test
    @Order(2)
    void prodLogsAreJsonWithTheRequestIdOnTheAccessLogLine() throws Exception {
        HttpResponse<String> given = a.get("/api/v1/projects/1", Map.of("X-Request-Id", "it-req-0001"));
        assertEquals(401, given.statusCode());
        assertEquals("it-req-0001", given.headers().firstValue("X-Request-Id").orElseThrow());
        assertTrue(given.body().contains("\"requestId\":\"it-req-0001\""), given.body());

        HttpResponse<String> made = a.get("/q/health/live", Map.of());
        String madeId = made.headers().firstValue("X-Request-Id").orElseThrow();
        assertFalse(madeId.isBlank());

        Thread.sleep(500); // the access log is written after the response
        List<JsonNode> lines = new ArrayList<>();
        for (String line : a.logText().split("\n")) {
            if (line.startsWith("{")) {
                lines.add(JSON.readTree(line));
            }
        }
        assertFalse(lines.isEmpty(), "prod logs are JSON lines");
        long accessLines = lines.stream()
                .filter(l -> l.path("loggerName").asText().equals("io.quarkus.http.access-log"))
                .filter(l -> l.path("message").asText().contains("requestId=it-req-0001"))
                .filter(l -> l.path("mdc").path("requestId").asText().equals("it-req-0001"))
                .count();
        assertEquals(1, accessLines, "one access-log line for the request, carrying its id");
        assertTrue(lines.stream().anyMatch(l -> l.path("message").asText().contains("requestId=" + madeId)),
                "a made-up id is logged too");

        String metrics = a.get("/q/metrics", Map.of()).body();
        assertTrue(metrics.contains("http_server_requests_seconds_count"), "HTTP server metrics");
        for (String gauge : List.of("investment_projects{stage=\"PLANNING\"}",
                "investment_problems_open{escalation_level=\"UNIT\"}", "investment_decisions_overdue")) {
            assertTrue(metrics.contains(gauge), gauge + " in /q/metrics");
        }
    }

    @Test
    @Order(3)
    void readinessFollowsTheDatabaseDownAndBackUpWhileLivenessStaysUp() throws Exception {
        b.close();
        b = null;
        assertEquals(200, a.status("/q/health/ready"));
        assertEquals(200, a.status("/q/health/live"));

        long stopped = System.nanoTime();
        db.stop();
        double down = awaitStatus(a, "/q/health/ready", 503, stopped);
        assertEquals(200, a.status("/q/health/live"), "liveness is not tied to the database");
        System.out.printf("OperationsIT: readiness DOWN %.2f s after MariaDB stopped (bound %d s)%n",
                down, PROBE_BOUND.toSeconds());
        assertTrue(down <= PROBE_BOUND.toSeconds(), "readiness DOWN within 10 s, took " + down);

        Thread.sleep(2000); // stays down while the database is away
        assertEquals(503, a.status("/q/health/ready"));
        assertEquals(200, a.status("/q/health/live"));

        db.start();
        long started = System.nanoTime();
        double up = awaitStatus(a, "/q/health/ready", 200, started);
        System.out.printf("OperationsIT: readiness UP %.2f s after MariaDB answered again (bound %d s)%n",
                up, PROBE_BOUND.toSeconds());
        assertTrue(up <= PROBE_BOUND.toSeconds(), "readiness UP within 10 s, took " + up);
        assertEquals(401, a.status("/api/v1/projects/1"), "the API serves again");
    }

    /** Seconds from {@code since} until the path answers {@code expected}; fails past twice the bound. */
    private static double awaitStatus(ServiceProcess service, String path, int expected, long since)
            throws InterruptedException {
        long deadline = since + PROBE_BOUND.multipliedBy(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (service.status(path) == expected) {
                return (System.nanoTime() - since) / 1e9;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(path + " did not answer " + expected + " within " + PROBE_BOUND.multipliedBy(2)
                + ":\n" + service.tail());
    }
}
