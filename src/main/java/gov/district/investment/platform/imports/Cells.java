package gov.district.investment.platform.imports;

import gov.district.investment.platform.enums.LabelledEnum;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Typed reading of an import row's cells; a bad cell refuses the row naming its column. */
public final class Cells {

    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/M/d");

    private Cells() {
    }

    public static BigDecimal decimal(ImportTable.Line line, String column) {
        String v = line.get(column);
        if (v == null) {
            return null;
        }
        try {
            return new BigDecimal(v.replace(",", ""));
        } catch (NumberFormatException e) {
            throw new Importer.RowRefused(column, "must be a number, not '" + v + "'");
        }
    }

    public static LocalDate date(ImportTable.Line line, String column) {
        String v = line.get(column);
        if (v == null) {
            return null;
        }
        try {
            return v.contains("/") ? LocalDate.parse(v, SLASHED) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new Importer.RowRefused(column, "must be a date such as 2026-03-15, not '" + v + "'");
        }
    }

    public static Boolean bool(ImportTable.Line line, String column) {
        String v = line.get(column);
        if (v == null) {
            return null;
        }
        return switch (v.toLowerCase()) {
            case "是", "true", "y", "yes", "1" -> true;
            case "否", "false", "n", "no", "0" -> false;
            default -> throw new Importer.RowRefused(column, "must be 是 or 否, not '" + v + "'");
        };
    }

    /** The enum by its code or its Chinese label. */
    public static <E extends Enum<E> & LabelledEnum> E enumValue(ImportTable.Line line, String column, Class<E> type) {
        String v = line.get(column);
        if (v == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(v) || e.label().equals(v)) {
                return e;
            }
        }
        throw new Importer.RowRefused(column, "unknown value '" + v + "'");
    }
}
