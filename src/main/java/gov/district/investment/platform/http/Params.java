package gov.district.investment.platform.http;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import gov.district.investment.platform.error.ProblemException;
import gov.district.investment.platform.time.SupportedDates;

/**
 * Parses path and query parameters, answering 400 with the parameter's name for anything
 * malformed. Resources take parameters as strings and parse them here because the REST layer
 * would answer 404, without saying why, for an unparseable number or enum.
 */
public final class Params {

    private static final int MAX_INTEGER_DIGITS = 14;
    private static final int MAX_SCALE = 2;
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private Params() {
    }

    public static long id(String name, String raw) {
        try {
            long value = Long.parseLong(raw.trim());
            if (value <= 0) {
                throw ProblemException.badParameter(name, "must be a positive integer");
            }
            return value;
        } catch (NumberFormatException | NullPointerException e) {
            throw ProblemException.badParameter(name, "'" + raw + "' is not an integer id");
        }
    }

    public static Long optionalId(String name, String raw) {
        return blank(raw) ? null : id(name, raw);
    }

    public static <E extends Enum<E>> List<E> enums(String name, Collection<String> raw, Class<E> type) {
        List<E> values = new ArrayList<>();
        if (raw == null) {
            return values;
        }
        for (String entry : raw) {
            for (String token : entry.split(",")) {
                if (!token.isBlank()) {
                    values.add(enumValue(name, token.trim(), type));
                }
            }
        }
        return values;
    }

    public static <E extends Enum<E>> E enumValue(String name, String raw, Class<E> type) {
        try {
            return Enum.valueOf(type, raw);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badParameter(name, "unknown value '" + raw + "'; allowed: "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /** An amount in 万元 as the columns hold it: at most 14 integer digits and 2 decimals. */
    public static BigDecimal decimal(String name, String raw) {
        if (blank(raw)) {
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(raw.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badParameter(name, "'" + raw + "' is not a number");
        }
        // checked before anything renders it: 1e999999999 would print a billion digits
        if (value.scale() > MAX_SCALE || value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw ProblemException.badParameter(name, "at most " + MAX_INTEGER_DIGITS + " digits and "
                    + MAX_SCALE + " decimals");
        }
        return value;
    }

    public static Integer integer(String name, String raw, int min, int max) {
        if (blank(raw)) {
            return null;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min || value > max) {
                throw ProblemException.badParameter(name, "must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ProblemException.badParameter(name, "'" + raw + "' is not an integer");
        }
    }

    /** A calendar year the service plans for; required. */
    public static int year(String name, String raw) {
        Integer year = optionalYear(name, raw);
        if (year == null) {
            throw ProblemException.badParameter(name, "is required");
        }
        return year;
    }

    public static Integer optionalYear(String name, String raw) {
        return integer(name, raw, FIRST_YEAR, LAST_YEAR);
    }

    public static Boolean bool(String name, String raw) {
        if (blank(raw)) {
            return null;
        }
        return switch (raw.trim().toLowerCase()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.badParameter(name, "'" + raw + "' is not true or false");
        };
    }

    /** RFC 3339 timestamp with offset, e.g. 2026-11-27T08:00:00+08:00. */
    public static Instant instant(String name, String raw) {
        if (blank(raw)) {
            return null;
        }
        try {
            Instant value = OffsetDateTime.parse(raw.trim()).toInstant();
            if (!SupportedDates.contains(value)) {
                throw ProblemException.badParameter(name, SupportedDates.rule());
            }
            return value;
        } catch (DateTimeParseException e) {
            throw ProblemException.badParameter(name, "'" + raw + "' is not an RFC 3339 timestamp");
        }
    }

    public static LocalDate date(String name, String raw) {
        if (blank(raw)) {
            return null;
        }
        try {
            LocalDate value = LocalDate.parse(raw.trim());
            if (!SupportedDates.contains(value)) {
                throw ProblemException.badParameter(name, SupportedDates.rule());
            }
            return value;
        } catch (DateTimeParseException e) {
            throw ProblemException.badParameter(name, "'" + raw + "' is not a date (yyyy-MM-dd)");
        }
    }

    public static YearMonth month(String name, String raw) {
        if (blank(raw)) {
            return null;
        }
        try {
            YearMonth value = YearMonth.parse(raw.trim());
            if (!SupportedDates.contains(value)) {
                throw ProblemException.badParameter(name, SupportedDates.rule());
            }
            return value;
        } catch (DateTimeParseException e) {
            throw ProblemException.badParameter(name, "'" + raw + "' is not a month (yyyy-MM)");
        }
    }

    /** Free text filter: trimmed, bounded, null when blank. */
    public static String text(String name, String raw, int maxLength) {
        if (blank(raw)) {
            return null;
        }
        String value = raw.trim();
        if (value.length() > maxLength) {
            throw ProblemException.badParameter(name, "at most " + maxLength + " characters");
        }
        return value;
    }

    private static boolean blank(String raw) {
        return raw == null || raw.isBlank();
    }
}
