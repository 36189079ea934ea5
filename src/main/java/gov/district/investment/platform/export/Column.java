package gov.district.investment.platform.export;

import java.util.function.Function;

/**
 * One column of an export: its Chinese header (amounts carry their unit, e.g. 总投资(万元)), how the
 * cell is typed, and how a row gives its value (String, Number, LocalDate, Boolean or null).
 */
public record Column<T>(String header, Kind kind, Function<T, Object> value) {

    public enum Kind {
        TEXT,
        NUMBER,
        DATE
    }

    public static <T> Column<T> text(String header, Function<T, Object> value) {
        return new Column<>(header, Kind.TEXT, value);
    }

    public static <T> Column<T> number(String header, Function<T, Object> value) {
        return new Column<>(header, Kind.NUMBER, value);
    }

    public static <T> Column<T> date(String header, Function<T, Object> value) {
        return new Column<>(header, Kind.DATE, value);
    }
}
