package gov.district.investment.platform.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * The dates the service accepts anywhere (bodies, path and query parameters, import cells):
 * four-digit years, the DATE range MySQL and MariaDB support. ISO-8601 also allows years like
 * +99999 or -0001, which the database cannot store (they came back as its "zero date" and made
 * every later read of the row fail) and which overflow date arithmetic.
 */
public final class SupportedDates {

    public static final LocalDate FIRST = LocalDate.of(1000, 1, 1);
    public static final LocalDate LAST = LocalDate.of(9999, 12, 31);

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
