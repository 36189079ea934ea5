package gov.district.investment.ops;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import gov.district.investment.ops.FuzzRequests.Kind;
import gov.district.investment.ops.FuzzRequests.Request;
import gov.district.investment.ops.FuzzSpec.Op;
import gov.district.investment.platform.time.SupportedDates;
import gov.district.investment.support.Tokens;
import net.jqwik.api.sessions.JqwikSession;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzing the contract: requests generated from openapi/openapi.yaml (jqwik arbitraries, one
 * logged seed) against the packaged jar in the prod profile on a fresh MariaDB of the test's own.
 * First valid requests for every operation create real projects, leads, problems ... so that the
 * mutated ones (wrong types, missing and unknown fields, boundary and huge numbers, 20,000-character
 * and odd Unicode strings, injection strings, bad dates, ids, enums, queries, headers, content
 * types, oversize bodies, other roles' and bad tokens) reach the rules behind them. It fails on any
 * 5xx, any error that is not problem+json with the HTTP status in its body or that shows internals,
 * and any stored record that breaks the contract (read back through the API and checked in SQL).
 * <p>
 * Alone: {@code ./mvnw verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=FuzzIT}
 * with {@code -Dfuzz.seed=N -Dfuzz.requests=N -Dfuzz.threads=N} to replay or resize a run.
 */
class FuzzIT {

    private static final long SEED = Long.getLong("fuzz.seed", 20261127L);
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 10_500);
    private static final int THREADS = Integer.getInteger("fuzz.threads", 4);
    private static final int SEED_ROUNDS = 3;
    private static final Path WORK = Path.of(System.getProperty("it.work.dir", "target/it")).resolve("fuzz");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(THREADS)).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** Internals no response may show (unless the request itself carried the text, echoed in a message). */
    private static final List<String> LEAKS = List.of("Exception", "java.", "jakarta.", "javax.", "org.hibernate",
            "org.jboss", "io.quarkus", "io.vertx", "com.fasterxml", "com.mysql", "org.mariadb", "gov.district", "\tat ",
            "Caused by", "SQLState", "SQL state", "syntax error", "select ", "insert into", "delete from", "Duplicate entry",
            "constraint", "jdbc", "could not execute", "foreign key", "NullPointer", "Stack");

    private static PrivateMariaDb db;
    private static ServiceProcess service;
    private static PrivateKey devKey;
    private static PrivateKey foreignKey;

    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Map<String, Map<Integer, AtomicInteger>> statusByOp = new ConcurrentHashMap<>();
    private final Map<Kind, Map<Integer, AtomicInteger>> statusByKind = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, AtomicInteger> failureKinds = new ConcurrentHashMap<>();
    private final AtomicInteger retries = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(PrivateMariaDb.available(),
                "SKIPPED: " + PrivateMariaDb.MARIADBD + " is not installed; FuzzIT needs a MariaDB server binary");
        Assumptions.assumeTrue(ServiceProcess.packaged(),
                "SKIPPED: " + ServiceProcess.APP_DIR + "/quarkus-run.jar is missing; run the verify phase");
        ServiceProcess.deleteRecursively(WORK);
        db = new PrivateMariaDb(WORK.resolve("mariadb"), ServiceProcess.freePort());
        db.start();
        try (Connection c = db.connect(""); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE fuzz CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
        }
        // the prod profile trusts the issuer it is given; here the dev key pair stands in for the IdP
        service = ServiceProcess.start("fuzz", Integer.getInteger("it.fuzz.port", ServiceProcess.freePort()),
                db.jdbcUrl("fuzz"), WORK,
                Map.of("MP_JWT_VERIFY_ISSUER", Tokens.ISSUER, "APP_ESCALATION_ENABLED", "false"));
        service.awaitReady(Duration.ofSeconds(180));
        devKey = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(
                Files.readString(Path.of("dev/jwt/private.pem")).replaceAll("-----[A-Z ]+-----", ""))));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        foreignKey = generator.generateKeyPair().getPrivate();
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable c : new AutoCloseable[] { service, db }) {
            if (c != null) {
                c.close();
            }
        }
    }

    @Test
    void everyGeneratedRequestIsAnsweredWithoutA5xxAndNothingInvalidIsStored() throws Exception {
        FuzzSpec spec = new FuzzSpec(Path.of("openapi/openapi.yaml"));
        System.out.printf("FuzzIT: seed %d (replay with -Dfuzz.seed=%d), %d operations, %d fuzz requests, %d threads%n",
                SEED, SEED, spec.ops.size(), REQUESTS, THREADS);
        long started = System.nanoTime();
        JqwikSession.start();
        int seeds;
        List<Request> requests = new ArrayList<>();
        FuzzRequests factory;
        try {
            FuzzValues values = new FuzzValues(SEED);
            factory = new FuzzRequests(spec, values, this::token);
            loadReferenceCodes(factory);
            seeds = seed(spec, factory);
            System.out.printf("FuzzIT: seeding sent %d valid requests in %.1f s; created %s%n", seeds,
                    (System.nanoTime() - started) / 1e9, summary(factory.known));
            List<Op> weighted = new ArrayList<>();
            for (Op op : spec.ops) {
                int weight = op.hasBody() ? 3 : 1;
                for (int i = 0; i < weight; i++) {
                    weighted.add(op);
                }
            }
            long generating = System.nanoTime();
            for (int i = 0; i < REQUESTS; i++) {
                requests.add(factory.fuzz(values.pick(weighted)));
                JqwikSession.finishTry(); // each request a "try": jqwik's memoized generators do not pile up
            }
            System.out.printf("FuzzIT: generated %d requests in %.1f s%n", REQUESTS, (System.nanoTime() - generating) / 1e9);
        } finally {
            JqwikSession.finish();
        }

        long fuzzStarted = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Request r : requests) {
                done.add(pool.submit(() -> send(r)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double fuzzSeconds = (System.nanoTime() - fuzzStarted) / 1e9;

        long checking = System.nanoTime();
        List<String> stored = new ArrayList<>();
        readBack(spec, factory, stored);
        checkTables(stored);
        System.out.printf("FuzzIT: stored data checked in %.1f s%n", (System.nanoTime() - checking) / 1e9);
        double total = (System.nanoTime() - started) / 1e9;

        report(seeds + requests.size(), fuzzSeconds, total);
        stored.stream().limit(40).forEach(s -> System.out.println("FuzzIT: STORED " + s));
        failures.stream().limit(60).forEach(f -> System.out.println("FuzzIT: FAIL " + f));
        assertTrue(seeds + requests.size() >= 10_000, "at least 10,000 requests");
        assertTrue(failures.isEmpty() && stored.isEmpty(), failures.size() + " bad responses " + failureKinds
                + ", " + stored.size() + " invalid stored records (see the FuzzIT: lines above); seed " + SEED);
    }

    // ------------------------------------------------------------------ seeding: valid requests first

    private void loadReferenceCodes(FuzzRequests factory) throws Exception {
        for (String list : List.of("industries", "areas", "units")) {
            HttpResponse<byte[]> r = call("GET", "/api/v1/reference/" + list,
                    Map.of("Authorization", "Bearer " + token("admin")), null);
            List<String> codes = new ArrayList<>();
            JSON.readTree(r.body()).path("items").forEach(i -> codes.add(i.path("code").asText()));
            factory.codes.put(list, codes);
        }
        HttpResponse<byte[]> template = call("GET", "/api/v1/projects/import/template?format=csv",
                Map.of("Authorization", "Bearer " + token("admin")), null);
        factory.importHeader = new String(template.body(), StandardCharsets.UTF_8).lines().findFirst().orElse("")
                .replace("\ufeff", "");
    }

    /** Valid requests for every operation, writes first, a few rounds so later ones find ids from earlier ones. */
    private int seed(FuzzSpec spec, FuzzRequests factory) throws Exception {
        List<Op> order = new ArrayList<>(spec.ops);
        order.sort(Comparator.comparingInt((Op op) -> switch (op.method()) {
            case "POST", "PUT" -> 0;
            case "PATCH" -> 1;
            case "GET" -> 2;
            default -> 3;
        }).thenComparingInt(op -> op.path().split("/").length));
        int sent = 0;
        for (int round = 0; round < SEED_ROUNDS; round++) {
            for (Op op : order) {
                boolean write = !op.method().equals("GET");
                if (op.method().equals("DELETE") && round < SEED_ROUNDS - 1) {
                    continue; // deletes last, so that the rest have something to work on
                }
                int n = write ? 5 : 1;
                for (int i = 0; i < n; i++) {
                    Request r = factory.seed(op);
                    JqwikSession.finishTry();
                    HttpResponse<byte[]> response = send(r);
                    sent++;
                    if (response != null && response.statusCode() / 100 == 2) {
                        response.headers().firstValue("Location").ifPresent(factory::remember);
                        if (op.method().equals("PUT") || op.method().equals("POST")) {
                            factory.remember(r.uri());
                            rememberIds(factory, r.uri(), response);
                        }
                    }
                }
            }
        }
        return sent;
    }

    /** Creates that answer 200 with the records in the body (a backward plan) still name them by id. */
    private void rememberIds(FuzzRequests factory, String uri, HttpResponse<byte[]> response) {
        try {
            JsonNode body = JSON.readTree(response.body());
            String base = uri.replaceFirst("\\?.*$", "").replaceFirst("/plan-backward$", "");
            for (JsonNode item : body.path("items")) {
                if (item.has("id")) {
                    factory.remember(base + "/" + item.get("id").asText());
                }
            }
        } catch (IOException | RuntimeException notJson) {
            // exports, imports: nothing to remember
        }
    }

    // ------------------------------------------------------------------ sending and judging

    private HttpResponse<byte[]> send(Request r) {
        HttpResponse<byte[]> response;
        try {
            try {
                response = call(r.method(), r.uri(), r.headers(), r);
            } catch (IOException e) {
                if (r.oversize() > 0) {
                    throw e;
                }
                // a pooled connection the server had just closed (after another request's 413): once more, on a new one
                retries.incrementAndGet();
                response = call(r.method(), r.uri(), r.headers(), r);
            }
        } catch (IllegalArgumentException e) {
            count(r, -2);
            return null; // a request the HTTP client itself refuses to send (e.g. a header value it forbids)
        } catch (IOException e) {
            // 413 for an oversize body may close the connection while the client still writes: fine
            if (r.oversize() > 0) {
                count(r, 413);
                return null;
            }
            fail(r, -1, "no response: " + e, null);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        count(r, response.statusCode());
        judge(r, response);
        return response;
    }

    private HttpResponse<byte[]> call(String method, String uri, Map<String, String> headers, Request r)
            throws IOException, InterruptedException {
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        if (r != null && r.oversize() > 0) {
            byte[] big = ("{\"name\":\"" + "大".repeat(r.oversize() / 3) + "\"}").getBytes(StandardCharsets.UTF_8);
            // half declare their length, half are chunked (found too large only while being read)
            body = r.seq() % 2 == 0 ? HttpRequest.BodyPublishers.ofByteArray(big)
                    : HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big));
        } else if (r != null && r.body() != null) {
            body = HttpRequest.BodyPublishers.ofByteArray(r.body());
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port + uri))
                .timeout(TIMEOUT).method(method, body);
        headers.forEach((k, v) -> {
            if (!v.isEmpty()) {
                request.header(k, v);
            }
        });
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private void count(Request r, int status) {
        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        statusByOp.computeIfAbsent(r.op().key(), k -> new ConcurrentHashMap<>())
                .computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        statusByKind.computeIfAbsent(r.kind(), k -> new ConcurrentHashMap<>())
                .computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
    }

    private void judge(Request r, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        String body = new String(response.body(), StandardCharsets.UTF_8);
        if (status >= 500) {
            fail(r, status, "server error", body);
            return;
        }
        if (status < 400) {
            return;
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            fail(r, status, "error is not problem+json but '" + type + "'", body);
            return;
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(body);
        } catch (IOException e) {
            fail(r, status, "problem body is not JSON", body);
            return;
        }
        if (problem.path("status").asInt() != status || !problem.hasNonNull("type") || !problem.hasNonNull("title")) {
            fail(r, status, "problem without type/title or with another status", body);
        }
        String sent = (URLDecoder.decode(r.uri().replace("+", "%2B"), StandardCharsets.UTF_8)
                + (r.body() == null ? "" : new String(r.body(), StandardCharsets.UTF_8))).toLowerCase(Locale.ROOT);
        for (String leak : LEAKS) {
            if (body.toLowerCase(Locale.ROOT).contains(leak.toLowerCase(Locale.ROOT))
                    && !sent.contains(leak.toLowerCase(Locale.ROOT))) {
                fail(r, status, "shows internals ('" + leak.strip() + "')", body);
                return;
            }
        }
    }

    private void fail(Request r, int status, String why, String body) {
        failureKinds.computeIfAbsent(status + " " + why, k -> new AtomicInteger()).incrementAndGet();
        failures.add(why + ": " + status + " for " + r.describe() + "\n      -> "
                + FuzzRequests.abbreviate(body == null ? "" : body, 600));
    }

    // ------------------------------------------------------------------ what was stored

    /** Every list read back whole, every created record read alone: each item must satisfy the contract. */
    private void readBack(FuzzSpec spec, FuzzRequests factory, List<String> stored) throws Exception {
        Map<String, String> admin = Map.of("Authorization", "Bearer " + token("admin"), "Accept", "application/json");
        int items = 0;
        for (Op op : spec.ops) {
            if (!op.method().equals("GET") || op.path().contains("{") || op.okSchema() == null
                    || !op.okSchema().path("properties").has("items")
                    || op.in("query").stream().noneMatch(p -> p.name().equals("page"))
                    || op.in("query").stream().anyMatch(FuzzSpec.Param::required)) {
                continue;
            }
            JsonNode itemSchema = spec.resolve(spec.resolve(op.okSchema().path("properties").path("items")).path("items"));
            for (int page = 0; page < 100; page++) {
                HttpResponse<byte[]> r = call("GET", op.path() + "?size=200&page=" + page, admin, null);
                if (r.statusCode() != 200) {
                    stored.add(op.path() + " page " + page + " answered " + r.statusCode() + ": "
                            + FuzzRequests.abbreviate(new String(r.body(), StandardCharsets.UTF_8), 300));
                    break;
                }
                JsonNode body = JSON.readTree(r.body());
                for (JsonNode item : body.path("items")) {
                    items++;
                    checkValue(spec, item, itemSchema, op.path() + "[id=" + item.path("id").asText() + "]", stored, 0);
                }
                if (page + 1 >= body.path("totalPages").asInt()) {
                    break;
                }
            }
        }
        int singles = 0;
        for (Map.Entry<String, List<String>> e : factory.known.entrySet()) {
            Op get = spec.ops.stream().filter(o -> o.method().equals("GET") && o.path().equals(e.getKey())).findFirst()
                    .orElseThrow();
            for (String path : e.getValue()) {
                HttpResponse<byte[]> r = call("GET", path, admin, null);
                singles++;
                if (r.statusCode() == 404) {
                    continue; // deleted by the fuzz
                }
                if (r.statusCode() != 200) {
                    stored.add(path + " answered " + r.statusCode());
                } else if (get.okSchema() != null) {
                    checkValue(spec, JSON.readTree(r.body()), get.okSchema(), path, stored, 0);
                }
            }
        }
        System.out.printf("FuzzIT: read back %d list items and %d created records%n", items, singles);
    }

    /** The value against its schema, and against the writable schema's limits where the view names one. */
    private void checkValue(FuzzSpec spec, JsonNode value, JsonNode schema, String where, List<String> out, int depth) {
        if (schema == null || value == null || value.isNull() || value.isMissingNode() || depth > 6) {
            return;
        }
        List<String> enums = FuzzSpec.enumValues(schema);
        if (!enums.isEmpty() && !enums.contains(value.asText())) {
            out.add(where + ": '" + value.asText() + "' is not one of " + enums);
        }
        String type = schema.path("type").asText();
        switch (type) {
            case "string" -> {
                if (!value.isTextual()) {
                    out.add(where + ": not a string: " + value);
                    return;
                }
                checkText(value.asText(), schema, where, out);
            }
            case "integer", "number" -> {
                if (!value.isNumber()) {
                    out.add(where + ": not a number: " + value);
                    return;
                }
                checkNumber(value, schema, where, out);
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    out.add(where + ": not a boolean: " + value);
                }
            }
            case "array" -> {
                JsonNode items = spec.resolve(schema.path("items"));
                int i = 0;
                for (JsonNode item : value) {
                    checkValue(spec, item, items, where + "[" + i++ + "]", out, depth + 1);
                }
            }
            default -> {
                if (!value.isObject()) {
                    return;
                }
                for (String required : FuzzSpec.required(schema)) {
                    if (!value.hasNonNull(required)) {
                        out.add(where + ": required '" + required + "' is missing");
                    }
                }
                Map<String, JsonNode> writable = spec.properties(writableSchema(spec, schema));
                for (Map.Entry<String, JsonNode> p : spec.properties(schema).entrySet()) {
                    JsonNode v = value.get(p.getKey());
                    checkValue(spec, v, p.getValue(), where + "." + p.getKey(), out, depth + 1);
                    JsonNode limits = writable.get(p.getKey());
                    if (limits != null && v != null && !v.isNull()) {
                        if (v.isTextual()) {
                            checkText(v.asText(), limits, where + "." + p.getKey(), out);
                        } else if (v.isNumber()) {
                            checkNumber(v, limits, where + "." + p.getKey(), out);
                        }
                    }
                }
            }
        }
    }

    private static JsonNode writableSchema(FuzzSpec spec, JsonNode view) {
        String name = view.path("x-schema-name").asText();
        if (name.isEmpty()) {
            return null;
        }
        JsonNode input = spec.schema(name + "Input");
        return input == null || input.isMissingNode() ? null : input;
    }

    private static void checkText(String s, JsonNode schema, String where, List<String> out) {
        if (s.indexOf('\u0000') >= 0 || !gov.district.investment.platform.json.Text.isWellFormed(s)) {
            out.add(where + ": ill-formed text stored");
        }
        if (schema.has("maxLength") && s.length() > schema.get("maxLength").asInt()) {
            out.add(where + ": " + s.length() + " characters, more than " + schema.get("maxLength").asInt());
        }
        if ("\\S".equals(schema.path("pattern").asText()) && s.isBlank()) {
            out.add(where + ": blank");
        }
    }

    private static void checkNumber(JsonNode v, JsonNode schema, String where, List<String> out) {
        if (schema.has("minimum") && v.decimalValue().compareTo(schema.get("minimum").decimalValue()) < 0) {
            out.add(where + ": " + v + " below the minimum " + schema.get("minimum"));
        }
        if (schema.has("exclusiveMinimum") && schema.get("exclusiveMinimum").isNumber()
                && v.decimalValue().compareTo(schema.get("exclusiveMinimum").decimalValue()) <= 0) {
            out.add(where + ": " + v + " not above " + schema.get("exclusiveMinimum"));
        }
        if (schema.has("maximum") && v.decimalValue().compareTo(schema.get("maximum").decimalValue()) > 0) {
            out.add(where + ": " + v + " above the maximum " + schema.get("maximum"));
        }
    }

    /**
     * Table-wide invariants in SQL: no NUL or other control character in any text, no negative amount, no blank required text,
     * dates in range.
     */
    private void checkTables(List<String> out) throws Exception {
        int checks = 0;
        try (Connection c = db.connect("fuzz"); Statement s = c.createStatement()) {
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rs = s
                    .executeQuery("SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns"
                            + " WHERE table_schema = 'fuzz' AND table_name <> 'flyway_schema_history' ORDER BY table_name, ordinal_position")) {
                while (rs.next()) {
                    columns.add(new String[] { rs.getString(1), rs.getString(2), rs.getString(3).toLowerCase(Locale.ROOT),
                            rs.getString(4) });
                }
            }
            for (String[] col : columns) {
                String table = col[0];
                String column = "`" + col[1] + "`";
                String where = switch (col[2]) {
                    case "char", "varchar", "text", "mediumtext", "longtext", "tinytext" ->
                        "INSTR(CAST(" + column + " AS BINARY), UNHEX('00')) > 0 OR " + column + " REGEXP " + C0_CONTROLS
                                + ("NO".equals(col[3]) && !NULLABLE_BLANK.contains(table + "." + col[1])
                                        ? " OR CHAR_LENGTH(TRIM(" + column + ")) = 0"
                                        : "");
                    case "decimal" -> column + " < 0";
                    case "date" ->
                        column + " < '" + SupportedDates.FIRST + "' OR " + column + " > '" + SupportedDates.LAST + "'";
                    default -> null;
                };
                if (where == null) {
                    continue;
                }
                checks++;
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM `" + table + "` WHERE " + where)) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        out.add("table " + table + "." + col[1] + " (" + col[2] + "): " + rs.getLong(1) + " rows where "
                                + where);
                    }
                }
            }
        }
        System.out.printf("FuzzIT: %d column invariants checked in SQL%n", checks);
    }

    /** A character class of the C0 controls the API refuses (all but tab, LF and CR), and DEL. */
    private static final String C0_CONTROLS = "CONCAT('[', CHAR(1), '-', CHAR(8), CHAR(11), CHAR(12), CHAR(14), '-', CHAR(31), CHAR(127), ']')";

    /** NOT NULL text columns that may hold an empty string by design. */
    private static final Set<String> NULLABLE_BLANK = Set.of();

    // ------------------------------------------------------------------ tokens and report

    private String token(String role) {
        return tokens.computeIfAbsent(role, r -> switch (r) {
            case "expired" ->
                Tokens.builder("fuzz-expired", "admin").expiresAt(Instant.now().minusSeconds(3600)).jws().sign(devKey);
            case "foreign-key" -> Tokens.builder("fuzz-foreign", "admin").jws().sign(foreignKey);
            case "wrong-issuer" -> Tokens.builder("fuzz-issuer", "admin").issuer("https://evil.example").jws().sign(devKey);
            case "unit" -> Tokens.builder("fuzz-unit", "unit").claim("unit_code", "GCJ").jws().sign(devKey);
            case "leader" -> Tokens.builder("fuzz-leader", "leader").claim("leader_id", 1).jws().sign(devKey);
            default -> Tokens.builder("fuzz-" + r, r).jws().sign(devKey);
        });
    }

    private void report(int sent, double fuzzSeconds, double totalSeconds) {
        System.out.printf("FuzzIT: %d requests (%d fuzz at %.0f/s over %.1f s), %.1f s in all; seed %d%n", sent, REQUESTS,
                REQUESTS / fuzzSeconds, fuzzSeconds, totalSeconds, SEED);
        System.out.println("FuzzIT: statuses " + new TreeMap<>(plain(statuses)) + "; " + retries.get()
                + " requests sent again after the connection closed under them");
        new TreeMap<>(statusByKind).forEach((k, v) -> System.out.println("FuzzIT:   " + k + " " + new TreeMap<>(plain(v))));
        new TreeMap<>(statusByOp).forEach((k, v) -> System.out.println("FuzzIT:   " + k + " " + new TreeMap<>(plain(v))));
        if (!failureKinds.isEmpty()) {
            System.out.println("FuzzIT: failures by kind " + new TreeMap<>(plain(failureKinds)));
        }
    }

    private static <K> Map<K, Integer> plain(Map<K, AtomicInteger> counts) {
        Map<K, Integer> out = new HashMap<>();
        counts.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    private static String summary(Map<String, List<String>> known) {
        return known.entrySet().stream().map(e -> e.getKey().replace("/api/v1/", "") + "=" + e.getValue().size())
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
