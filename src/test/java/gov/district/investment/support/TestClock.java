package gov.district.investment.support;

import gov.district.investment.platform.time.BusinessClock;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The one business clock of the test suite: it replaces {@link BusinessClock} in every @QuarkusTest.
 * <p>
 * {@link TestClockCallback} sets it before each test class and each test: to the {@link BusinessTime}
 * the test states (a fixed clock), or else to the suite's default today. That default is the real
 * clock, unless {@value #TODAY_PROPERTY} (system property) or {@value #TODAY_ENV} (environment) names
 * another day: then the clock starts there and ticks, as if the machine's date had been moved
 * ({@code ./mvnw verify -Dtest.today=2028-02-29}). CI runs the tests without a stated time on such days.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestClock extends BusinessClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final LocalTime DEFAULT_TIME_OF_DAY = LocalTime.of(10, 0);
    public static final String TODAY_PROPERTY = "test.today";
    public static final String TODAY_ENV = "TEST_TODAY";

    private static final Clock DEFAULT = defaultClock();
    private static volatile Clock current = DEFAULT;

    /** Fixes the business clock at a Shanghai date, local date-time or instant (see {@link BusinessTime}). */
    public static void at(String moment) {
        current = Clock.fixed(parse(moment), ZONE);
    }

    /** Back to the suite's default today (the real clock, or the moved one). */
    public static void useDefault() {
        current = DEFAULT;
    }

    /** The default clock's date now: what a test without a stated time sees as today. */
    public static LocalDate defaultToday() {
        return LocalDate.now(DEFAULT);
    }

    /** What the default today is, for the log line at the start of the run. */
    public static String describeDefault() {
        return configuredToday().map(t -> "moved to " + t + " (" + ZONE + "), ticking")
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
        Clock system = Clock.system(ZONE);
        return configuredToday()
                .map(today -> Clock.offset(system, Duration.between(system.instant(), parse(today))))
                .orElse(system);
    }
}
