package gov.district.investment.ops;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import gov.district.investment.platform.validation.CreditCodeValidator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;

/**
 * The fuzzer's values, drawn from jqwik arbitraries (edge cases embedded) with one seeded
 * {@link Random}, so that a seed names one sequence of requests. Values that are valid for the
 * contract come first (so requests get past validation and reach the rules), then the bad ones.
 */
final class FuzzValues {

    private static final int GEN_SIZE = 1000;

    /**
     * Characters a well-behaved client sends: the CJK unified block, Latin, digits, some punctuation.
     * One alphabet rather than several ranges: jqwik combines ranges with a flatMap per character,
     * memoizing a generator for each, which is slow over a million characters.
     */
    static final String ALPHABET = alphabet();

    /** Strings a well-behaved client might send. */
    static final Arbitrary<String> TEXT = Arbitraries.strings().withChars(ALPHABET)
            .ofMinLength(1).ofMaxLength(24)
            .filter(s -> !s.isBlank());

    /** Odd but well-formed Unicode: emoji, RTL and bidi controls, combining marks, 4-byte CJK, BOM, noncharacters. */
    static final Arbitrary<String> ODD_UNICODE = Arbitraries.oneOf(
            Arbitraries.of("😀👨‍👩‍👧‍👦🏳️‍🌈", "\u202Eevil\u202C", "\u200F\u05e9\u05dc\u05d5\u05dd",
                    "e\u0301\u0301\u0301\u0301",
                    "Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357", "\ud840\udc00\ud869\udede", "\ufeffbom", "\uffff\ufffe",
                    "\u200b\u200c\u200d", "\u3000\u3000", " ", "\t", "\u00a0", "tab\there", "line\nbreak\r\n",
                    "\u0001\u0002\u001f\u007f", "\u2028\u2029", "ｆｕｌｌｗｉｄｔｈ１２３", "🀄️中文"),
            Arbitraries.strings().withChars(range('\u0300', '\u036f') + range('\u0590', '\u06ff') + range('\u2000', '\u206f')
                    + range('\ue000', '\uf8ff')).ofMinLength(1).ofMaxLength(40),
            Arbitraries.strings().all().ofMinLength(1).ofMaxLength(30)
                    .filter(s -> s.chars().noneMatch(c -> c == 0 || Character.isSurrogate((char) c))));

    /**
     * Text the JSON layer must refuse or the database could not store: NUL and lone surrogates.
     * Sent as JSON escapes (the serializer writes them as \\u0000, \\ud800 ...).
     */
    static final Arbitrary<String> ILL_FORMED = Arbitraries.of("nul\u0000inside", "\u0000", "bell\u0007", "esc\u001b[31m",
            "del\u007f", "c1\u0085", "lone\ud800high",
            "lone\udfffLow", "\udc00\ud800", "end\ud83d", "\ud83d\ud83d");

    static final Arbitrary<String> INJECTION = Arbitraries.of("' OR '1'='1", "'; DROP TABLE project; --",
            "1; SELECT SLEEP(5)", "\" OR \"\"=\"", "admin'--", "' UNION SELECT password FROM mysql.user --",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "${jndi:ldap://x/a}", "#{7*7}", "{{7*7}}",
            "%s%s%s%n", "../../../../etc/passwd", "..\\..\\windows\\win.ini", "\\", "\"", "'", "`", "%00", "%",
            "_", "*", "[", "]", "\\u0000", "null", "undefined", "NaN", "true", "[]", "{}", "0x7fffffff",
            "LIKE '%'", "name,-name", "$where", "{\"$gt\":\"\"}",
            // server-side request forgery bait: stored as text, never fetched
            "http://169.254.169.254/latest/meta-data/", "file:///etc/passwd", "gopher://127.0.0.1:3306/_", "jar:http://x/y!/z");

    static final Arbitrary<String> BAD_DATES = Arbitraries.of("2026-02-30", "99999-01-01", "+99999-01-01",
            "-0001-01-01", "0000-00-00", "2026-13-01", "2026-00-10", "2026-1-1", "2026/01/01", "20260101",
            "2026-01-01T00:00:00Z", "", " ", "yesterday", "+1000000000-01-01", "-999999999-01-01", "0001-01-01",
            "9999-12-31", "1000-01-01", "2026-11-27\u0000", "２０２６-０１-０１", "2026-W48", "1e10");

    static final Arbitrary<String> BAD_IDS = Arbitraries.of("0", "-1", "9223372036854775807", "9223372036854775808",
            "-9223372036854775809", "18446744073709551616", "abc", "1.5", "1e3", "0x10", "%20", "1%00", "%E2%80%AE1",
            "%EF%BC%91", "NaN", "null", "undefined", "'%20OR%201=1", "%27", "1;2", "99999999999999999999999999999");

    static final Arbitrary<Object> BAD_NUMBERS = Arbitraries.oneOf(
            Arbitraries.of(0, -1, -0.01, 0.001, 0.005, 1e-300, 123.456, 1e308, -1e308, Long.MAX_VALUE, Long.MIN_VALUE,
                    Integer.MAX_VALUE, Integer.MIN_VALUE),
            Arbitraries.of("1e999999999", "-1e999999999", "1e-999999999", "99999999999999999999999999999999.99",
                    "9223372036854775808", "0.0000000000000000000000000000001", "1E+2147483647", "-0",
                    "100000000000000.00", "99999999999999.99", "1" + "0".repeat(900)).map(RawJson::new),
            Arbitraries.bigDecimals().between(new BigDecimal("-1e20"), new BigDecimal("1e20")).ofScale(4).map(b -> (Object) b));

    static final Arbitrary<Object> BAD_QUERY_NUMBERS = Arbitraries.of("-1", "0", "201", "100000", "2147483648",
            "9223372036854775808", "abc", "1.5", "NaN", "Infinity", "-Infinity", "1e999999", "", " ", "0x10", "１");

    static final Arbitrary<String> BAD_IF_MATCH = Arbitraries.of("*", "\"abc\"", "W/\"1\"", "\"-1\"", "\"\"", "1",
            "\"99999999999999999999\"", "\"1\", \"2\"", "\"0\"", "garbage", "\"" + "9".repeat(4000) + "\"",
            "\"1\"\"2\"", ",,,,", "W/", "\"\\u0000\"");

    static final Arbitrary<String> UNKNOWN_PROPERTY = Arbitraries.oneOf(
            Arbitraries.of("__proto__", "constructor", "id", "version", "createdAt", "updatedAt", "stage", "code", "status",
                    "budget", "", "$ref", "name ", "NAME", "a.b", "属性"),
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12));

    private static final Arbitrary<String> HUGE = Arbitraries.strings().withChars(ALPHABET).ofLength(20_000);
    private static final Arbitrary<BigDecimal> AMOUNT = Arbitraries.bigDecimals()
            .between(new BigDecimal("0.01"), new BigDecimal("500000")).ofScale(2);
    private static final Arbitrary<Integer> DAYS_AROUND = Arbitraries.integers().between(-400, 400);
    private static final Arbitrary<Integer> DAYS_AHEAD = Arbitraries.integers().between(1, 300);

    private final Random random;
    private final Map<Arbitrary<?>, RandomGenerator<?>> generators = new IdentityHashMap<>();

    FuzzValues(long seed) {
        this.random = new Random(seed);
    }

    /** One value of the arbitrary; its edge cases (empty, min, max ...) come up now and then. */
    @SuppressWarnings("unchecked")
    <T> T draw(Arbitrary<T> arbitrary) {
        RandomGenerator<T> generator = (RandomGenerator<T>) generators.computeIfAbsent(arbitrary,
                a -> a.generatorWithEmbeddedEdgeCases(GEN_SIZE));
        return generator.next(random).value();
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    String text(int maxLength) {
        String s = draw(TEXT);
        return s.length() > maxLength ? s.substring(0, maxLength).strip().isEmpty() ? "x" : s.substring(0, maxLength) : s;
    }

    /** A 20,000-character string of CJK, Latin, digits and spaces (jqwik), longer than every column. */
    String huge() {
        return draw(HUGE);
    }

    BigDecimal amount() {
        return draw(AMOUNT);
    }

    /** A business date near today (past and future), as the rules want them. */
    LocalDate date() {
        return LocalDate.now().plusDays(draw(DAYS_AROUND));
    }

    LocalDate pastDate() {
        return LocalDate.now().minusDays(draw(DAYS_AHEAD));
    }

    LocalDate futureDate() {
        return LocalDate.now().plusDays(1 + draw(DAYS_AHEAD));
    }

    String creditCode() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder first = new StringBuilder("91");
        for (int i = 0; i < 15; i++) {
            first.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return CreditCodeValidator.withCheckDigit(first.toString());
    }

    String digits(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + random.nextInt(10)));
        }
        return sb.toString();
    }

    private static String alphabet() {
        return range('\u4e00', '\u9fa5') + range('a', 'z') + range('A', 'Z') + range('0', '9') + " -·（）()、，";
    }

    private static String range(char from, char to) {
        StringBuilder sb = new StringBuilder();
        for (char c = from; c <= to; c++) {
            sb.append(c);
        }
        return sb.toString();
    }

    /** A literal JSON fragment written as is (numbers beyond double, bodies no serializer writes). */
    record RawJson(String json) {
    }
}
