package gov.district.investment.support;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.extension.AfterClassTemplateInvocationCallback;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContext;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContextProvider;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class ({@link OnAwkwardDays}) on the suite's default today and then again on each
 * awkward day after it, in the same JVM: the next 1 January just after midnight in Shanghai (still
 * 31 December in UTC), the next 31 December late in the evening, the next 29 February, and the day
 * after the next monthly reporting deadline ({@code app.reporting.deadline-day}). Each run moves the
 * default today (as {@code -Dtest.today} does) for that class's tests; a test that states its time
 * with {@link BusinessTime} is not affected.
 * <p>
 * {@code -Dtest.awkward-days=2027-01-01T00:30,...} names other days; {@code -Dtest.awkward-days=none}
 * runs each class once (the MariaDB leg of CI, whose subject is SQL, not the calendar).
 */
public class AwkwardDays implements ClassTemplateInvocationContextProvider {

    public static final String DAYS_PROPERTY = "test.awkward-days";

    @Override
    public boolean supportsClassTemplate(ExtensionContext context) {
        return context.getTestClass().map(c -> c.isAnnotationPresent(OnAwkwardDays.class)).orElse(false);
    }

    @Override
    public Stream<ClassTemplateInvocationContext> provideClassTemplateInvocationContexts(ExtensionContext context) {
        List<ClassTemplateInvocationContext> runs = new ArrayList<>();
        runs.add(run(null));
        days().forEach(day -> runs.add(run(day)));
        return runs.stream();
    }

    /** The awkward days after the suite's default today, or those named by {@value #DAYS_PROPERTY}. */
    static List<String> days() {
        String named = System.getProperty(DAYS_PROPERTY, "").trim();
        if (named.equalsIgnoreCase("none")) {
            return List.of();
        }
        if (!named.isEmpty()) {
            return Arrays.stream(named.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }
        LocalDate today = TestClock.defaultDate();
        int deadlineDay = ConfigProvider.getConfig().getOptionalValue("app.reporting.deadline-day", Integer.class).orElse(10);
        LocalDate afterDeadline = today.withDayOfMonth(1).plusMonths(1).withDayOfMonth(deadlineDay + 1);
        return List.of(
                at(LocalDate.of(today.getYear() + 1, 1, 1), LocalTime.of(0, 30)),
                at(LocalDate.of(today.getYear(), 12, 31), LocalTime.of(23, 30)),
                at(nextLeapDay(today), LocalTime.of(10, 0)),
                at(afterDeadline, LocalTime.of(9, 0)));
    }

    private static LocalDate nextLeapDay(LocalDate from) {
        int year = from.getYear();
        while (!Year.isLeap(year) || MonthDay.of(2, 29).atYear(year).isBefore(from)) {
            year++;
        }
        return LocalDate.of(year, 2, 29);
    }

    private static String at(LocalDate day, LocalTime time) {
        return LocalDateTime.of(day, time).toString();
    }

    private static ClassTemplateInvocationContext run(String day) {
        return new ClassTemplateInvocationContext() {
            @Override
            public String getDisplayName(int invocationIndex) {
                return day == null ? "default today" : "on " + day;
            }

            @Override
            public void prepareInvocation(ExtensionContext context) {
                TestClock.moveDefaultTo(day);
            }

            /** Classes after this one run on the suite's default today again. */
            @Override
            public List<Extension> getAdditionalExtensions() {
                return List.of((AfterClassTemplateInvocationCallback) after -> TestClock.moveDefaultTo(null));
            }
        };
    }
}
