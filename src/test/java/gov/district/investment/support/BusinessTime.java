package gov.district.investment.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The business "now" a test runs at, on its class or method (the method's wins). Each test starts
 * there; {@link TestClock#at(String)} moves it mid-test. Tests without it run on the suite's default
 * today, see {@link TestClock}.
 * <p>
 * The value is a Shanghai date ({@code 2026-11-27}, taken at {@link TestClock#DEFAULT_TIME_OF_DAY}),
 * a Shanghai local date-time ({@code 2026-11-27T10:00}) or an instant ({@code 2026-11-27T02:00:00Z}).
 * <p>
 * A class whose subject is not the calendar (error shapes, headers, tokens, locking) states a day
 * too, so it runs once. A class whose tests do not all state their time runs {@link OnAwkwardDays}
 * instead, once per awkward day.
 */
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface BusinessTime {

    String value();
}
