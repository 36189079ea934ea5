package gov.district.investment.platform.export;

import gov.district.investment.platform.error.ProblemException;

/** The formats of exports (and import templates). */
public enum ExportFormat {
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    CSV("text/csv; charset=UTF-8", "csv");

    public final String contentType;
    public final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    /** {@code xlsx} (the default) or {@code csv}, case-insensitive; anything else is 400 naming the parameter. */
    public static ExportFormat parse(String raw) {
        if (raw == null || raw.isBlank() || raw.equalsIgnoreCase("xlsx")) {
            return XLSX;
        }
        if (raw.equalsIgnoreCase("csv")) {
            return CSV;
        }
        throw ProblemException.badParameter("format", "must be xlsx or csv");
    }
}
