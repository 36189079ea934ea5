package gov.district.investment.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB server of a test's own: its own data directory, port and socket under target/, started
 * and stopped by the test (never the shared instance on 3306).
 */
final class PrivateMariaDb implements AutoCloseable {

    static final Path MARIADBD = Path.of("/usr/sbin/mariadbd");

    private final Path dir;
    private final int port;
    private Process process;

    PrivateMariaDb(Path dir, int port) {
        this.dir = dir.toAbsolutePath();
        this.port = port;
    }

    static boolean available() {
        return Files.isExecutable(MARIADBD);
    }

    int port() {
        return port;
    }

    String jdbcUrl(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database
                + "?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&characterEncoding=UTF-8";
    }

    /** Initialises the data directory on first use, then starts the server and waits until it answers. */
    void start() throws IOException, InterruptedException {
        Path data = dir.resolve("data");
        if (!Files.isDirectory(data.resolve("mysql"))) {
            Files.createDirectories(dir);
            List<String> install = new ArrayList<>(List.of(installer(), "--no-defaults", "--datadir=" + data,
                    "--auth-root-authentication-method=normal", "--skip-test-db"));
            install.addAll(userOption());
            Process p = new ProcessBuilder(install).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("install.log").toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("mariadb-install-db failed; see " + dir.resolve("install.log"));
            }
        }
        List<String> command = new ArrayList<>(List.of(MARIADBD.toString(), "--no-defaults", "--datadir=" + data,
                "--port=" + port, "--bind-address=127.0.0.1", "--socket=" + dir.resolve("mysqld.sock"),
                "--pid-file=" + dir.resolve("mysqld.pid"), "--skip-log-bin", "--innodb-buffer-pool-size=32M",
                // a throwaway server: no fsync per commit (a clean stop still writes everything), no name lookups
                "--innodb-flush-log-at-trx-commit=0", "--innodb-doublewrite=0", "--skip-name-resolve",
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_520_ci",
                "--log-error=" + dir.resolve("error.log")));
        command.addAll(userOption());
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("stdout.log").toFile())).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "mariadbd exited with " + process.exitValue() + "; see " + dir.resolve("error.log"));
            }
            try (Connection c = connect("")) {
                return;
            } catch (SQLException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("mariadbd did not answer within 60 s on port " + port);
    }

    /** Clean shutdown (SIGTERM), bounded: a server that does not stop in 30 s is killed. */
    void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        process = null;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "root", "");
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private static String installer() {
        for (String candidate : List.of("/usr/bin/mariadb-install-db", "/usr/bin/mysql_install_db",
                "/usr/local/bin/mariadb-install-db")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return "mariadb-install-db";
    }

    /** mariadbd refuses to run as root unless told to; as anyone else it runs as that user. */
    private static List<String> userOption() {
        String user = System.getProperty("user.name");
        return "root".equals(user) ? List.of("--user=root") : List.of();
    }
}
