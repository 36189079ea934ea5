package gov.district.investment.ops;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import gov.district.investment.ops.FuzzSpec.Op;
import gov.district.investment.ops.FuzzSpec.Param;
import gov.district.investment.ops.FuzzValues.RawJson;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Builds requests from the contract: a valid request for an operation (real ids and reference
 * codes, values inside every documented limit), and that request with one mutation applied.
 */
final class FuzzRequests {

    /** What a request tries; the run reports the statuses per kind. */
    enum Kind {
        SEED,
        VALID,
        ROLE,
        AUTH,
        WRONG_TYPE,
        MISSING_REQUIRED,
        NULLS,
        EXTRA_FIELD,
        NUMBER,
        HUGE_STRING,
        ODD_UNICODE,
        ILL_FORMED,
        INJECTION,
        BAD_DATE,
        BAD_PATH_ID,
        BAD_BODY_ID,
        BAD_ENUM,
        BAD_QUERY,
        BAD_HEADER,
        CONTENT_TYPE,
        MALFORMED_JSON,
        BIG_ARRAY,
        OVERSIZE_BODY,
        WRONG_METHOD,
        UNKNOWN_PATH
    }

    record Request(int seq, Op op, Kind kind, String method, String uri, Map<String, String> headers, byte[] body,
            int oversize) {

        String describe() {
            String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            return "#" + seq + " " + kind + " " + method + " " + abbreviate(uri, 300)
                    + (headers.isEmpty() ? "" : " headers=" + abbreviate(headers.toString(), 300))
                    + (oversize > 0 ? " body=<" + oversize + " bytes>"
                            : text.isEmpty() ? "" : " body=" + abbreviate(text, 400));
        }
    }

    /** Bodies are written by Jackson; RawJson goes out as written, so numbers past double can be sent. */
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new SimpleModule()
            .addSerializer(RawJson.class, new StdSerializer<>(RawJson.class) {
                @Override
                public void serialize(RawJson value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                    gen.writeRawValue(value.json());
                }
            }));
    /** For ill-formed text: every non-ASCII char as a \\u escape, lone surrogates included. */
    static final ObjectMapper ESCAPING = JSON.copy().enable(JsonGenerator.Feature.ESCAPE_NON_ASCII);

    private static final Arbitrary<Kind> BODY_KINDS = Arbitraries.frequency(
            Tuple.of(14, Kind.VALID), Tuple.of(4, Kind.ROLE),
            Tuple.of(2, Kind.AUTH), Tuple.of(7, Kind.WRONG_TYPE),
            Tuple.of(5, Kind.MISSING_REQUIRED), Tuple.of(3, Kind.NULLS),
            Tuple.of(5, Kind.EXTRA_FIELD), Tuple.of(7, Kind.NUMBER),
            Tuple.of(5, Kind.HUGE_STRING), Tuple.of(6, Kind.ODD_UNICODE),
            Tuple.of(4, Kind.ILL_FORMED), Tuple.of(5, Kind.INJECTION),
            Tuple.of(6, Kind.BAD_DATE), Tuple.of(4, Kind.BAD_PATH_ID),
            Tuple.of(4, Kind.BAD_BODY_ID), Tuple.of(4, Kind.BAD_ENUM),
            Tuple.of(2, Kind.BAD_QUERY), Tuple.of(4, Kind.BAD_HEADER),
            Tuple.of(3, Kind.CONTENT_TYPE), Tuple.of(4, Kind.MALFORMED_JSON),
            Tuple.of(2, Kind.BIG_ARRAY), Tuple.of(1, Kind.OVERSIZE_BODY),
            Tuple.of(1, Kind.WRONG_METHOD), Tuple.of(1, Kind.UNKNOWN_PATH));

    private static final Arbitrary<Kind> QUERY_KINDS = Arbitraries.frequency(
            Tuple.of(10, Kind.VALID), Tuple.of(4, Kind.ROLE),
            Tuple.of(2, Kind.AUTH), Tuple.of(10, Kind.BAD_QUERY),
            Tuple.of(4, Kind.HUGE_STRING), Tuple.of(4, Kind.ODD_UNICODE),
            Tuple.of(4, Kind.INJECTION), Tuple.of(5, Kind.BAD_DATE),
            Tuple.of(5, Kind.BAD_PATH_ID), Tuple.of(4, Kind.BAD_ENUM),
            Tuple.of(3, Kind.BAD_HEADER), Tuple.of(1, Kind.WRONG_METHOD),
            Tuple.of(1, Kind.UNKNOWN_PATH));

    private final FuzzSpec spec;
    private final FuzzValues values;
    private final Function<String, String> tokens;
    /** Concrete paths of created resources, by the template they match (filled while seeding). */
    final Map<String, List<String>> known = new LinkedHashMap<>();
    final Map<String, List<String>> codes = new LinkedHashMap<>();
    String importHeader = "";
    private int seq;

    FuzzRequests(FuzzSpec spec, FuzzValues values, Function<String, String> tokens) {
        this.spec = spec;
        this.values = values;
        this.tokens = tokens;
    }

    // ---------------------------------------------------------------- registry of created resources

    /** Remembers a created resource (a Location, or the path of a PUT on a natural key). */
    void remember(String concretePath) {
        String path = concretePath.replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*$", "");
        for (Op op : spec.ops) {
            if (!op.method().equals("GET") || !op.path().contains("{")) {
                continue;
            }
            Matcher m = op.pattern().matcher(path);
            if (m.matches() && !m.group(m.groupCount()).matches("[a-z-]+")) {
                List<String> list = known.computeIfAbsent(op.path(), k -> new ArrayList<>());
                if (!list.contains(path)) {
                    list.add(path);
                }
            }
        }
    }

    private List<Long> ids(String collection) {
        List<Long> out = new ArrayList<>();
        for (String p : known.getOrDefault("/api/v1/" + collection + "/{id}", List.of())) {
            out.add(Long.parseLong(p.substring(p.lastIndexOf('/') + 1)));
        }
        return out;
    }

    private Object idFor(String name) {
        String collection = switch (name) {
            case "investorId" -> "investors";
            case "leaderId", "chairLeaderId" -> "leaders";
            case "projectId", "projectIds" -> "projects";
            case "problemId" -> "problems";
            case "meetingId" -> "dispatch-meetings";
            default -> null;
        };
        List<Long> pool = collection == null ? List.of() : ids(collection);
        return pool.isEmpty() ? (long) (1 + values.nextInt(30)) : values.pick(pool);
    }

    // ---------------------------------------------------------------- valid requests

    Request seed(Op op) {
        return build(op, Kind.SEED);
    }

    Request fuzz(Op op) {
        Kind kind = values.draw(op.hasBody() && !isImport(op) ? BODY_KINDS : QUERY_KINDS);
        return build(op, kind);
    }

    private static boolean isImport(Op op) {
        return op.path().endsWith("/import");
    }

    private Request build(Op op, Kind kind) {
        currentSchema = op.bodySchema();
        Map<String, String> headers = new LinkedHashMap<>();
        String role = kind == Kind.ROLE
                ? values.pick(List.of("project-office", "investment-bureau", "unit", "leader", "reader"))
                : "admin";
        headers.put("Authorization", "Bearer " + tokens.apply(role));
        headers.put("Accept", "application/json");
        String path = fillPath(op);
        Map<String, String> query = validQuery(op);
        Object body = op.hasBody() && !isImport(op) ? validBody(op.bodySchema(), 0) : null;
        byte[] raw = null;
        String method = op.method();
        int oversize = 0;
        boolean escape = false;
        if (op.hasBody()) {
            headers.put("Content-Type", isImport(op) ? "text/csv" : op.bodyType());
        }
        if (op.params().stream().anyMatch(p -> p.name().equals("Idempotency-Key")) && values.chance(0.3)) {
            headers.put("Idempotency-Key", UUID.randomUUID().toString());
        }
        switch (kind) {
            case SEED, VALID, ROLE -> {
            }
            case AUTH -> headers.put("Authorization", values.pick(List.of("", "Bearer", "Bearer ", "Bearer garbage",
                    "Bearer " + tokens.apply("expired"), "Bearer " + tokens.apply("foreign-key"),
                    "Bearer " + tokens.apply("wrong-issuer"), "Basic YWRtaW46YWRtaW4=", "Bearer a.b.c",
                    "Bearer " + tokens.apply("admin") + "x")));
            case WRONG_TYPE -> mutateProperty(body, (name, schema) -> wrongType(schema), null);
            case MISSING_REQUIRED -> {
                if (body instanceof Map<?, ?> map) {
                    List<String> required = FuzzSpec.required(op.bodySchema());
                    if (!required.isEmpty()) {
                        map.remove(values.pick(required));
                    } else if (values.chance(0.5)) {
                        body = new LinkedHashMap<>();
                    }
                }
            }
            case NULLS -> mutateProperty(body, (name, schema) -> null, null);
            case EXTRA_FIELD -> {
                if (body instanceof Map<?, ?> map) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> m = (Map<String, Object>) map;
                    m.put(values.draw(FuzzValues.UNKNOWN_PROPERTY), values.pick(List.of(1, "x", true, List.of(), Map.of())));
                }
            }
            case NUMBER -> mutateProperty(body, (name, schema) -> values.draw(FuzzValues.BAD_NUMBERS), "numeric");
            case HUGE_STRING -> {
                if (!mutateString(body, query, op, values.huge())) {
                    query.put("q", values.huge());
                }
            }
            case ODD_UNICODE -> mutateString(body, query, op, values.draw(FuzzValues.ODD_UNICODE));
            case ILL_FORMED -> {
                escape = true;
                mutateString(body, query, op, values.draw(FuzzValues.ILL_FORMED));
            }
            case INJECTION -> mutateString(body, query, op, values.draw(FuzzValues.INJECTION));
            case BAD_DATE -> {
                String bad = values.draw(FuzzValues.BAD_DATES);
                if (!mutateProperty(body, (name, schema) -> bad, "date")) {
                    List<Param> dates = op.in("query").stream().filter(p -> isDateParam(p.name())).toList();
                    if (!dates.isEmpty()) {
                        query.put(values.pick(dates).name(), bad);
                    } else if (op.path().contains("{year}")) {
                        path = path.replaceFirst("/(\\d{4})(/|$)",
                                "/" + encode(values.pick(List.of("0", "-1", "99999", "2026x", "１"))) + "$2");
                    } else if (op.path().contains("{month}")) {
                        path = path.replaceFirst("/\\d{4}-\\d{2}(/|$)",
                                "/" + encode(values.pick(List.of("2026-13", "2026-00", "99999-01", "2026-1", "2026"))) + "$1");
                    }
                }
            }
            case BAD_PATH_ID -> path = badPathId(op, path);
            case BAD_BODY_ID -> mutateProperty(body, (name, schema) -> values.pick(List.of(0, -1, Long.MAX_VALUE,
                    new RawJson("9223372036854775808"), new RawJson("-9223372036854775809"), "1", 1.5, 999_999_999L)), "id");
            case BAD_ENUM -> {
                String bad = values
                        .pick(List.of("NOPE", "planning", "", " PLANNING", "PLANNING ", "0", "规划", "PLANNING,", "\u0130D"));
                if (!mutateProperty(body, (name, schema) -> bad, "enum")) {
                    List<Param> enums = op.in("query").stream()
                            .filter(p -> !FuzzSpec.enumValues(itemSchema(p.schema())).isEmpty()).toList();
                    if (!enums.isEmpty()) {
                        query.put(values.pick(enums).name(), bad);
                    }
                }
            }
            case BAD_QUERY -> badQuery(op, query);
            case BAD_HEADER -> {
                if (values.chance(0.5)) {
                    headers.put("If-Match", values.draw(FuzzValues.BAD_IF_MATCH));
                } else {
                    headers.put(
                            values.pick(
                                    List.of("Idempotency-Key", "X-Request-Id", "Accept", "Accept-Language", "Content-Type")),
                            values.pick(List.of("x".repeat(256), "k".repeat(4000), "", " ", "\t", "ü", "a\u00ff",
                                    "application/xml", "*/*;q=abc", "text/html, application/json;q=0.1",
                                    "application/problem+json",
                                    "multipart/form-data; boundary=x", "application/json; charset=utf-7")));
                }
            }
            case CONTENT_TYPE -> headers.put("Content-Type", values.pick(List.of("text/plain", "application/xml",
                    "application/x-www-form-urlencoded", "application/json; charset=ISO-8859-1",
                    "application/json; charset=bogus",
                    "application/merge-patch+json", "application/json", "multipart/form-data", "*/*",
                    "application/javascript")));
            case MALFORMED_JSON -> raw = values.pick(List.of("{", "{\"a\":}", "{\"name\":\"x\",}", "[]", "\"x\"", "1", "null",
                    "", "{\"a\":1}{\"b\":2}", "\u0000", "{'name':'x'}", "{\"name\":\"\\ud800\"}", "{\"name\":\"\\u00\"}",
                    "[".repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(3000) + "1" + "}".repeat(3000), "NaN",
                    "{\"totalInvestment\":NaN}",
                    "{\"totalInvestment\":Infinity}", "{\"x\":01}", "\ufeff{}", "{\"" + "k".repeat(60_000) + "\":1}"))
                    .getBytes(StandardCharsets.UTF_8);
            case BIG_ARRAY -> {
                if (!mutateProperty(body, (name, schema) -> bigArray(schema), "array")) {
                    raw = ("[" + "1,".repeat(20_000) + "1]").getBytes(StandardCharsets.UTF_8);
                }
            }
            case OVERSIZE_BODY -> oversize = 1_100_000 + values.nextInt(400_000);
            case WRONG_METHOD -> method = values.pick(List.of("PUT", "PATCH", "DELETE", "POST", "OPTIONS", "TRACE", "GET"));
            case UNKNOWN_PATH ->
                path = path + values.pick(List.of("/x", "/../../etc", "/%2e%2e", "//", "/%E2%80%AE", "/~", "/.json"));
        }
        if (isImport(op) && raw == null && oversize == 0) {
            raw = importBody(kind);
            if (raw.length > 0 && raw[0] == 'P') {
                headers.put("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            }
        }
        if (raw == null && body != null) {
            try {
                String text = (escape ? ESCAPING : JSON).writeValueAsString(body);
                raw = text.getBytes(StandardCharsets.UTF_8);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return new Request(seq++, op, kind, method, path + queryString(query), headers, raw, oversize);
    }

    private static boolean isDateParam(String name) {
        return List.of("asOf", "date", "from", "to", "dueBefore", "updatedSince", "month").contains(name);
    }

    private String fillPath(Op op) {
        String template = op.path();
        String best = null;
        for (String k : known.keySet()) {
            if ((template.equals(k) || template.startsWith(k + "/")) && (best == null || k.length() > best.length())
                    && !known.get(k).isEmpty()) {
                best = k;
            }
        }
        String path = template;
        if (best != null) {
            path = values.pick(known.get(best)) + template.substring(best.length());
        }
        Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = switch (name) {
                case "year" -> String.valueOf(values.pick(List.of(2025, 2026, 2026, 2027)));
                case "month" -> YearMonth.now().minusMonths(values.nextInt(4)).toString();
                case "id" -> {
                    String collection = path.substring("/api/v1/".length()).split("/")[0];
                    List<Long> pool = ids(collection);
                    yield pool.isEmpty() ? String.valueOf(1 + values.nextInt(20)) : String.valueOf(values.pick(pool));
                }
                default -> String.valueOf(idFor(name));
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private String badPathId(Op op, String path) {
        String bad = values.draw(FuzzValues.BAD_IDS);
        List<String> segments = new ArrayList<>(List.of(path.split("/", -1)));
        String[] template = op.path().split("/", -1);
        List<Integer> slots = new ArrayList<>();
        for (int i = 0; i < template.length && i < segments.size(); i++) {
            if (template[i].startsWith("{")) {
                slots.add(i);
            }
        }
        if (slots.isEmpty()) {
            return path + "/" + bad;
        }
        segments.set(values.pick(slots), bad);
        return String.join("/", segments);
    }

    private Map<String, String> validQuery(Op op) {
        Map<String, String> query = new LinkedHashMap<>();
        for (Param p : op.in("query")) {
            if (!p.required() && !values.chance(0.3)) {
                continue;
            }
            query.put(p.name(), validParam(p));
        }
        return query;
    }

    private String validParam(Param p) {
        JsonNode schema = p.schema();
        List<String> enums = FuzzSpec.enumValues(itemSchema(schema));
        if (!enums.isEmpty()) {
            return values.pick(enums)
                    + (schema.path("type").asText().equals("array") && values.chance(0.3) ? "," + values.pick(enums) : "");
        }
        return switch (p.name()) {
            case "page" -> String.valueOf(values.nextInt(3));
            case "size" -> String.valueOf(1 + values.nextInt(200));
            case "sort" -> values
                    .pick(List.of("-updatedAt", "updatedAt", "id", "-id", "name", "-totalInvestment", "dueDate", "createdAt"));
            case "q", "agency" -> values.text(10);
            case "unit" -> code("units");
            case "industry" -> code("industries");
            case "area" -> code("areas");
            case "year", "startedYear" -> String.valueOf(values.pick(List.of(2025, 2026, 2027)));
            case "month" -> YearMonth.now().minusMonths(values.nextInt(4)).toString();
            case "updatedSince" ->
                Instant.now().minus(values.nextInt(48), ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
            case "asOf", "date", "from", "to", "dueBefore" -> values.date().toString();
            case "format" -> values.pick(List.of("csv", "xlsx"));
            case "minInvestment", "maxInvestment" -> values.amount().toPlainString();
            default -> switch (schema.path("type").asText()) {
                case "boolean" -> String.valueOf(values.chance(0.5));
                case "integer" -> String.valueOf(idFor(p.name()));
                case "number" -> values.amount().toPlainString();
                default -> values.text(10);
            };
        };
    }

    private void badQuery(Op op, Map<String, String> query) {
        List<Param> params = op.in("query");
        if (params.isEmpty() || values.chance(0.15)) {
            query.put(values.pick(List.of("page", "size", "sort", "unknownParam", "q")),
                    String.valueOf(values.draw(FuzzValues.BAD_QUERY_NUMBERS)));
            return;
        }
        Param p = values.pick(params);
        String bad = switch (p.name()) {
            case "sort" -> values.pick(List.of("nope", "-", ",", ",,,", "name;DROP TABLE project", "-id,-id", "+name",
                    "password", "class", "a".repeat(300), "name,-nope", "--id", "totalInvestment desc"));
            case "format" -> values.pick(List.of("pdf", "", "CSV", "xls", "../csv"));
            default -> switch (p.schema().path("type").asText()) {
                case "boolean" -> values.pick(List.of("yes", "1", "TRUE", "", "null", "t"));
                default -> String.valueOf(values.draw(FuzzValues.BAD_QUERY_NUMBERS));
            };
        };
        query.put(p.name(), bad);
    }

    private String code(String list) {
        List<String> pool = codes.getOrDefault(list, List.of());
        return pool.isEmpty() ? "GCJ" : values.pick(pool);
    }

    private JsonNode itemSchema(JsonNode schema) {
        if (schema != null && schema.path("type").asText().equals("array")) {
            return spec.resolve(schema.path("items"));
        }
        return schema;
    }

    Object validBody(JsonNode schema, int depth) {
        Map<String, Object> body = new LinkedHashMap<>();
        List<String> required = FuzzSpec.required(schema);
        for (Map.Entry<String, JsonNode> e : spec.properties(schema).entrySet()) {
            if (required.contains(e.getKey()) || values.chance(0.5)) {
                body.put(e.getKey(), validValue(e.getKey(), e.getValue(), depth));
            }
        }
        return body;
    }

    private Object validValue(String name, JsonNode schema, int depth) {
        List<String> enums = FuzzSpec.enumValues(schema);
        if (!enums.isEmpty()) {
            return values.pick(enums);
        }
        String type = schema.path("type").asText();
        int maxLength = schema.path("maxLength").asInt(200);
        return switch (type) {
            case "string" -> {
                if (schema.path("format").asText().equals("date")) {
                    yield validDate(name).toString();
                }
                yield switch (name) {
                    case "industryCode" -> code("industries");
                    case "areaCode" -> code("areas");
                    case "ownerUnitCode", "responsibleUnitCode", "contactUnitCode" -> code("units");
                    case "creditCode", "ownerCreditCode" -> values.creditCode();
                    case "nationalProjectCode" ->
                        "2026-" + values.digits(6) + "-" + values.digits(2) + "-" + values.digits(2) + "-" + values.digits(6);
                    case "phone" -> "139" + values.digits(8);
                    case "email" -> "u" + values.digits(4) + "@example.cn";
                    default -> values.text(Math.min(maxLength, 40));
                };
            }
            case "integer" -> {
                if (name.endsWith("Id")) {
                    yield idFor(name);
                }
                long min = schema.path("minimum").asLong(0);
                long max = schema.path("maximum").asLong(min + 400);
                yield min + values.nextInt((int) Math.min(max - min + 1, 1000));
            }
            case "number" -> values.amount();
            case "boolean" -> values.chance(0.5);
            case "array" -> {
                List<Object> items = new ArrayList<>();
                JsonNode item = spec.resolve(schema.path("items"));
                int n = values.nextInt(4);
                for (int i = 0; i < n; i++) {
                    items.add(name.equals("projectIds") ? idFor(name) : validValue(singular(name), item, depth + 1));
                }
                yield items;
            }
            case "object" -> depth > 3 ? Map.of() : validBody(schema, depth + 1);
            default -> spec.properties(schema).isEmpty() ? values.text(20) : validBody(schema, depth + 1);
        };
    }

    private static String singular(String name) {
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }

    private java.time.LocalDate validDate(String name) {
        String n = name.toLowerCase();
        if (n.contains("due") || n.contains("next") || n.contains("target") || n.contains("until")
                || n.contains("completion")) {
            return values.futureDate();
        }
        if (n.contains("effective") || n.contains("signed") || n.contains("done") || n.contains("since") || n.equals("date")) {
            return values.chance(0.3) ? java.time.LocalDate.now().minusDays(1) : values.pastDate();
        }
        return values.date();
    }

    // ---------------------------------------------------------------- mutations

    private interface Mutation {
        Object value(String name, JsonNode schema);
    }

    /**
     * Replaces one property (top level, or inside a nested object or array item) chosen among those
     * that fit {@code filter} (null: any; "numeric", "date", "id", "enum", "array", "string").
     */
    @SuppressWarnings("unchecked")
    private boolean mutateProperty(Object body, Mutation mutation, String filter) {
        if (!(body instanceof Map<?, ?>)) {
            return false;
        }
        List<Object[]> slots = new ArrayList<>(); // {container map, name, schema}
        collectSlots((Map<String, Object>) body, currentSchema, filter, slots, 0);
        if (slots.isEmpty()) {
            return false;
        }
        Object[] slot = values.pick(slots);
        ((Map<String, Object>) slot[0]).put((String) slot[1], mutation.value((String) slot[1], (JsonNode) slot[2]));
        return true;
    }

    private JsonNode currentSchema;

    @SuppressWarnings("unchecked")
    private void collectSlots(Map<String, Object> body, JsonNode schema, String filter, List<Object[]> slots, int depth) {
        for (Map.Entry<String, JsonNode> e : spec.properties(schema).entrySet()) {
            JsonNode s = e.getValue();
            String type = s.path("type").asText();
            boolean fits = filter == null
                    || filter.equals("numeric") && (type.equals("number") || type.equals("integer"))
                    || filter.equals("date") && s.path("format").asText().equals("date")
                    || filter.equals("id") && e.getKey().endsWith("Id")
                    || filter.equals("enum") && !FuzzSpec.enumValues(s).isEmpty()
                    || filter.equals("array") && type.equals("array")
                    || filter.equals("string") && type.equals("string") && FuzzSpec.enumValues(s).isEmpty()
                            && !s.path("format").asText().equals("date");
            if (fits) {
                slots.add(new Object[] { body, e.getKey(), s });
            }
            Object value = body.get(e.getKey());
            if (depth < 3 && value instanceof List<?> list && !list.isEmpty()) {
                JsonNode item = spec.resolve(s.path("items"));
                if (list.get(0) instanceof Map<?, ?> m) {
                    collectSlots((Map<String, Object>) m, item, filter, slots, depth + 1);
                } else if (filter != null && filter.equals("string") && item.path("type").asText().equals("string")) {
                    // a string inside an array (attendees): replace the array by a one-item array
                    slots.add(new Object[] { body, e.getKey(), s });
                }
            }
        }
    }

    private boolean mutateString(Object body, Map<String, String> query, Op op, String value) {
        if (body instanceof Map<?, ?> && mutateProperty(body,
                (name, schema) -> schema.path("type").asText().equals("array") ? List.of(value) : value, "string")) {
            return true;
        }
        List<Param> strings = op.in("query").stream().filter(p -> p.schema().path("type").asText().equals("string")
                || p.schema().path("type").asText().isEmpty()).toList();
        if (!strings.isEmpty()) {
            query.put(values.pick(strings).name(), value);
            return true;
        }
        return false;
    }

    private Object wrongType(JsonNode schema) {
        String type = schema.path("type").asText();
        List<Object> candidates = new ArrayList<>(List.of("text", 42, -7.5, true, List.of(1, 2), Map.of("a", 1), ""));
        candidates.removeIf(c -> switch (type) {
            case "string" -> c instanceof String;
            case "integer", "number" -> c instanceof Number;
            case "boolean" -> c instanceof Boolean;
            case "array" -> c instanceof List;
            case "object" -> c instanceof Map;
            default -> false;
        });
        return values.pick(candidates);
    }

    private Object bigArray(JsonNode schema) {
        JsonNode item = spec.resolve(schema.path("items"));
        int n = schema.path("maxItems").asInt(50) + 1 + values.nextInt(2000);
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add(item.path("type").asText().equals("integer") ? (Object) (long) (i + 1)
                    : item.path("type").asText().equals("string") ? "x" + i : validBody(item, 3));
        }
        return items;
    }

    private byte[] importBody(Kind kind) {
        if (kind != Kind.SEED && kind != Kind.VALID && values.chance(0.3)) {
            // not a workbook: random bytes, or the start of a ZIP that goes nowhere
            byte[] junk = new byte[1 + values.nextInt(5000)];
            for (int i = 0; i < junk.length; i++) {
                junk[i] = (byte) values.nextInt(256);
            }
            if (values.chance(0.5)) {
                junk[0] = 'P';
                if (junk.length > 3) {
                    junk[1] = 'K';
                    junk[2] = 3;
                    junk[3] = 4;
                }
            }
            return junk;
        }
        StringBuilder csv = new StringBuilder(importHeader).append("\n");
        int rows = 1 + values.nextInt(4);
        int columns = Math.max(1, importHeader.split(",").length);
        for (int r = 0; r < rows; r++) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                String cell = switch (kind) {
                    case HUGE_STRING -> values.huge();
                    case ODD_UNICODE -> values.draw(FuzzValues.ODD_UNICODE);
                    case INJECTION -> values.draw(FuzzValues.INJECTION);
                    case BAD_DATE -> values.draw(FuzzValues.BAD_DATES);
                    default -> importCell(c);
                };
                cells.add("\"" + cell.replace("\"", "\"\"") + "\"");
            }
            csv.append(String.join(",", cells)).append("\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A plausible cell for the template's column c (name, description, codes, owner, credit code, national code, stats, amount,
     * level, dates).
     */
    private String importCell(int c) {
        return switch (c) {
            case 0 -> "导入项目" + values.text(8);
            case 2 -> code("industries");
            case 3 -> code("areas");
            case 4 -> code("units");
            case 6 -> values.chance(0.5) ? values.creditCode() : "";
            case 8 -> values.pick(List.of("是", "否"));
            case 9 ->
                values.chance(0.9) ? values.amount().toPlainString() : String.valueOf(values.draw(FuzzValues.BAD_NUMBERS));
            case 10 -> values.pick(List.of("NONE", "DISTRICT", "区级", ""));
            case 11, 12 -> values.date().toString();
            default -> values.chance(0.5) ? values.text(12) : "";
        };
    }

    private static String queryString(Map<String, String> query) {
        if (query.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        query.forEach((k, v) -> sb.append(sb.isEmpty() ? "?" : "&").append(encode(k)).append('=').append(encode(v)));
        return sb.toString();
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…(" + s.length() + " chars)";
    }
}
