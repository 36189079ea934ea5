package gov.district.investment.support;

import org.junit.jupiter.api.Tag;

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
 * Tagged {@value #TAG}: such a test cannot see the default today, so the CI legs that move the default
 * to awkward days leave it out.
 */
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Tag(BusinessTime.TAG)
public @interface BusinessTime {

    String TAG = "pinned-clock";

    String value();
}
