package gov.district.investment.support;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import io.quarkus.test.junit.QuarkusTest;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Keeps the suite independent of the real date: every @QuarkusTest states its business time or
 * runs on the awkward days, and nothing but the one clock reads "now".
 */
class ClockDisciplineTest {

    private static final Path TEST_CLASSES = Path.of("target/test-classes");
    private static final Pattern READS_THE_REAL_DATE = Pattern.compile(
            "\\b(LocalDate|LocalDateTime|LocalTime|ZonedDateTime|OffsetDateTime|YearMonth|Year|Instant)\\.now\\(|Clock\\.system");

    @Test
    void everyServiceTestStatesItsTimeOrRunsOnTheAwkwardDays() throws Exception {
        List<String> unstated = new ArrayList<>();
        for (Class<?> type : quarkusTests()) {
            boolean classPinned = type.isAnnotationPresent(BusinessTime.class);
            boolean awkward = type.isAnnotationPresent(OnAwkwardDays.class);
            boolean everyMethodPinned = testMethods(type).allMatch(m -> m.isAnnotationPresent(BusinessTime.class));
            if (!classPinned && !awkward && !everyMethodPinned) {
                unstated.add(type.getSimpleName());
            }
        }
        assertEquals(List.of(), unstated, "state the day (@BusinessTime) or run the class @OnAwkwardDays");
    }

    @Test
    void onlyTheBusinessClockReadsTheRealDate() throws IOException {
        List<String> readers = new ArrayList<>();
        scan(Path.of("src/main/java"), Path.of("src/main/java/gov/district/investment/platform/time/BusinessClock.java"),
                readers);
        // the ITs drive a separate process on the real clock; the test clock is the one reader in tests
        scan(Path.of("src/test/java"), Path.of("src/test/java/gov/district/investment/support/TestClock.java"), readers);
        readers.removeIf(r -> r.contains("/ops/") || r.contains("ClockDisciplineTest"));
        assertEquals(List.of(), readers, "take now and today from BusinessClock (tests: TestClock)");
    }

    private static void scan(Path root, Path allowed, List<String> readers) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.equals(allowed)).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (READS_THE_REAL_DATE.matcher(lines.get(i)).find()) {
                        readers.add(file + ":" + (i + 1));
                    }
                }
            }
        }
    }

    private static Stream<Method> testMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Test.class) || m.isAnnotationPresent(ParameterizedTest.class));
    }

    private static List<Class<?>> quarkusTests() throws IOException, ClassNotFoundException {
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEST_CLASSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith("Test.class")).toList()) {
                String name = TEST_CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, ClockDisciplineTest.class.getClassLoader());
                if (type.isAnnotationPresent(QuarkusTest.class)) {
                    types.add(type);
                }
            }
        }
        return types;
    }
}
