package gov.district.investment.platform.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import gov.district.investment.platform.enums.LabelledEnum;
import gov.district.investment.platform.time.SupportedDates;
import gov.district.investment.platform.validation.Magnitude;

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
        BigDecimal value;
        try {
            value = new BigDecimal(v.replace(",", ""));
        } catch (NumberFormatException e) {
            throw new Importer.RowRefused(column, "must be a number, not '" + v + "'");
        }
        if (!Magnitude.isStorable(value)) {
            throw new Importer.RowRefused(column, Magnitude.rule());
        }
        return value;
    }

    public static LocalDate date(ImportTable.Line line, String column) {
        String v = line.get(column);
        if (v == null) {
            return null;
        }
        LocalDate value;
        try {
            value = v.contains("/") ? LocalDate.parse(v, SLASHED) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new Importer.RowRefused(column, "must be a date such as 2026-03-15, not '" + v + "'");
        }
        if (!SupportedDates.contains(value)) {
            throw new Importer.RowRefused(column, SupportedDates.rule());
        }
        return value;
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
