package gov.district.investment.platform.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * The dates the service accepts anywhere (bodies, path and query parameters). ISO-8601 allows
 * years like +99999 or -0001, which MySQL/MariaDB cannot store (they come back as the "zero
 * date" and make every later read of the row fail) and which overflow date arithmetic; a
 * project's dates lie far inside this range, the database's (1000-9999) far outside it.
 */
public final class SupportedDates {

    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2199, 12, 31);

    private SupportedDates() {
    }

    public static boolean contains(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }

    public static boolean contains(YearMonth month) {
        return contains(month.atDay(1));
    }

    public static boolean contains(Instant instant) {
        return contains(LocalDate.ofInstant(instant, ZoneOffset.UTC));
    }

    /** The rule as a field error message says it. */
    public static String rule() {
        return "must lie between " + FIRST + " and " + LAST;
    }
}
