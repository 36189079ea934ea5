package gov.district.investment.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import gov.district.investment.platform.time.BusinessClock;

/**
 * The one business clock of the test suite: it replaces {@link BusinessClock} in every @QuarkusTest.
 * <p>
 * {@link TestClockCallback} sets it before each test class and each test: to the {@link BusinessTime}
 * the test states (a fixed clock), or else to the suite's default today. That default is the real
 * clock, unless {@value #TODAY_PROPERTY} (system property) or {@value #TODAY_ENV} (environment) names
 * another day: then the clock starts there and ticks, as if the machine's date had been moved
 * ({@code ./mvnw verify -Dtest.today=2028-02-29}). {@link AwkwardDays} moves it for one run of a class.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestClock extends BusinessClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final LocalTime DEFAULT_TIME_OF_DAY = LocalTime.of(10, 0);
    public static final String TODAY_PROPERTY = "test.today";
    public static final String TODAY_ENV = "TEST_TODAY";

    /** Set by {@link AwkwardDays} for one run of a class (a system property: it crosses class loaders). */
    static final String MOVED_DAY_PROPERTY = "test.today.moved";

    private static final Clock SYSTEM = Clock.system(ZONE);
    private static final Clock CONFIGURED = configuredToday().map(TestClock::startingAt).orElse(SYSTEM);
    /** One ticking clock per moved day, started when the day is first used. */
    private static final Map<String, Clock> MOVED = new ConcurrentHashMap<>();
    private static volatile Clock current = CONFIGURED;

    /** Fixes the business clock at a Shanghai date, local date-time or instant (see {@link BusinessTime}). */
    public static void at(String moment) {
        current = Clock.fixed(parse(moment), ZONE);
    }

    /** Back to the suite's default today (the real clock, or the moved one). */
    public static void useDefault() {
        current = defaultClock();
    }

    /** The date of the configured default today ({@value #TODAY_PROPERTY} or the real clock), before any move. */
    public static LocalDate defaultDate() {
        return LocalDate.now(CONFIGURED);
    }

    /** Moves the default today to a day ({@link #parse} formats) until called with null. */
    public static void moveDefaultTo(String day) {
        if (day == null) {
            System.clearProperty(MOVED_DAY_PROPERTY);
        } else {
            System.setProperty(MOVED_DAY_PROPERTY, day);
        }
    }

    /** The business date the service sees now: what a test builds "today", "in 20 days" ... from. */
    public static LocalDate currentDate() {
        return LocalDate.now(current);
    }

    /** What the default today is now, for the log. */
    public static String describeDefault() {
        String moved = System.getProperty(MOVED_DAY_PROPERTY);
        return Optional.ofNullable(moved).or(TestClock::configuredToday)
                .map(t -> "moved to " + t + " (" + ZONE + "), ticking")
                .orElse("the real clock (" + ZONE + ")");
    }

    @Override
    protected Clock clock() {
        return current;
    }

    static Instant parse(String moment) {
        String text = moment.trim();
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atTime(DEFAULT_TIME_OF_DAY).atZone(ZONE).toInstant();
            }
            if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(text).toInstant();
            }
            return LocalDateTime.parse(text).atZone(ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("business time '" + moment
                    + "': expected yyyy-MM-dd, yyyy-MM-ddTHH:mm[:ss] (Asia/Shanghai) or an instant", e);
        }
    }

    private static Optional<String> configuredToday() {
        String value = System.getProperty(TODAY_PROPERTY);
        if (value == null || value.isBlank()) {
            value = System.getenv(TODAY_ENV);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private static Clock defaultClock() {
        String moved = System.getProperty(MOVED_DAY_PROPERTY);
        return moved == null ? CONFIGURED : MOVED.computeIfAbsent(moved, TestClock::startingAt);
    }

    private static Clock startingAt(String moment) {
        return Clock.offset(SYSTEM, Duration.between(SYSTEM.instant(), parse(moment)));
    }
}
