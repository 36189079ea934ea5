package gov.district.investment.platform.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import gov.district.investment.platform.config.AppConfig;
import gov.district.investment.platform.domain.FieldError;
import gov.district.investment.platform.error.ProblemException;
import gov.district.investment.platform.error.ProblemType;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Runs an import through the contexts' own create methods. Per row (the default) each row is its
 * own transaction. All-or-nothing creates every row in one transaction; at the first refused row
 * that transaction is rolled back and each remaining row is only tried, in its own transaction
 * that is always rolled back, so the answer still gives every row's errors while each row runs once.
 */
@ApplicationScoped
public class Importer {

    /** A row's own refusal: the column named and why. */
    public static final class RowRefused extends RuntimeException {
        final List<ImportResult.RowError> errors;

        public RowRefused(String column, String message) {
            super(message, null, false, false);
            this.errors = List.of(new ImportResult.RowError(column, message));
        }
    }

    /** The media types an import accepts as a raw body; multipart/form-data takes the file in a part named file. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** For the import operations' descriptions (OpenAPI). */
    public static final String UPLOAD_DOC = "The file is the raw body (Content-Type " + XLSX
            + ", text/csv or application/octet-stream) "
            + "or the part named file of a multipart/form-data form (curl -F file=@leads.xlsx). XLSX (first sheet) or CSV (UTF-8 with or "
            + "without BOM, or GB18030 as Excel saves it on Chinese Windows) is recognised from the file's content, never from its name "
            + "or declared type; anything else (a legacy .xls, a PDF) is 415. The first row holds the headers. At most app.imports.max-bytes "
            + "(5 MiB) and app.imports.max-rows (5000) data rows, else 413. mode=per-row (default) creates each valid row in its own "
            + "transaction; mode=all-or-nothing creates nothing unless every row is valid (rows after the first refused one are still "
            + "checked, so the answer lists every refusal). The answer gives each row's number (the header is row 1), status, created id "
            + "or errors (column, message).";

    private final AppConfig config;

    public Importer(AppConfig config) {
        this.config = config;
    }

    /**
     * Reads the upload (limits and type sniffing in {@link ImportTable}) and creates its rows.
     *
     * @param create creates the row's record and returns its id; throws ProblemException or RowRefused
     */
    public ImportResult run(Upload upload, String mode, ImportSpec spec, Function<ImportTable.Line, Long> create) {
        boolean allOrNothing = parseMode(mode); // a bad mode is 400 before the file is read
        List<ImportTable.Line> lines = ImportTable.read(upload, config.imports().maxBytes(), config.imports().maxRows());
        Map<String, String> columns = spec.headerOfField();
        if (!allOrNothing) {
            List<ImportResult.RowResult> results = new ArrayList<>();
            for (ImportTable.Line line : lines) {
                results.add(attempt(line, create, columns, false));
            }
            return result("per-row", lines.size(), results);
        }
        List<ImportResult.RowResult> results = new ArrayList<>();
        int[] next = { 0 };
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                while (next[0] < lines.size()) {
                    ImportTable.Line line = lines.get(next[0]++);
                    try {
                        results.add(new ImportResult.RowResult(line.row(), "CREATED", create.apply(line), List.of()));
                    } catch (RuntimeException e) {
                        results.add(new ImportResult.RowResult(line.row(), "REFUSED", null, errors(e, columns)));
                        QuarkusTransaction.setRollbackOnly();
                        return;
                    }
                }
            });
        } catch (RuntimeException e) {
            // a refused row's create marked the transaction rollback-only, so ending it throws: expected
            if (results.stream().noneMatch(r -> r.status().equals("REFUSED"))) {
                // every row passed but the commit failed: nothing was created, and no row is to blame
                org.jboss.logging.Logger.getLogger(Importer.class).warn("all-or-nothing import failed at commit", e);
                throw new ProblemException(ProblemType.CONFLICT,
                        "The import could not be stored; nothing was created. Try again")
                        .header("Retry-After", "1");
            }
        }
        if (results.stream().noneMatch(r -> r.status().equals("REFUSED"))) {
            return result("all-or-nothing", lines.size(), results);
        }
        List<ImportResult.RowResult> answer = new ArrayList<>(results.stream()
                .map(r -> r.status().equals("REFUSED") ? r
                        : new ImportResult.RowResult(r.row(), "NOT_CREATED", null, List.of()))
                .toList());
        for (int i = next[0]; i < lines.size(); i++) {
            answer.add(attempt(lines.get(i), create, columns, true));
        }
        return result("all-or-nothing", lines.size(), answer);
    }

    private static ImportResult.RowResult attempt(ImportTable.Line line, Function<ImportTable.Line, Long> create,
            Map<String, String> columns, boolean dryRun) {
        try {
            Long id = QuarkusTransaction.requiringNew().call(() -> {
                Long created = create.apply(line);
                if (dryRun) {
                    throw new DryRunPassed(); // rolls the row back
                }
                return created;
            });
            return dryRun ? new ImportResult.RowResult(line.row(), "NOT_CREATED", null, List.of())
                    : new ImportResult.RowResult(line.row(), "CREATED", id, List.of());
        } catch (DryRunPassed e) {
            return new ImportResult.RowResult(line.row(), "NOT_CREATED", null, List.of());
        } catch (RuntimeException e) {
            if (e.getCause() instanceof DryRunPassed) {
                return new ImportResult.RowResult(line.row(), "NOT_CREATED", null, List.of());
            }
            return new ImportResult.RowResult(line.row(), "REFUSED", null, errors(e, columns));
        }
    }

    /** Thrown to roll back a row that is only tried (all-or-nothing after a refusal). */
    private static final class DryRunPassed extends RuntimeException {
        DryRunPassed() {
            super(null, null, false, false);
        }
    }

    private static List<ImportResult.RowError> errors(Throwable e, Map<String, String> columns) {
        Throwable t = e;
        while (t != null && !(t instanceof ProblemException) && !(t instanceof RowRefused)
                && !(t instanceof jakarta.validation.ConstraintViolationException) && t.getCause() != null
                && t.getCause() != t) {
            t = t.getCause();
        }
        if (t instanceof jakarta.validation.ConstraintViolationException v) {
            List<ImportResult.RowError> out = new ArrayList<>();
            v.getConstraintViolations().forEach(c -> {
                String field = c.getPropertyPath().toString();
                out.add(new ImportResult.RowError(columns.getOrDefault(field, field), c.getMessage()));
            });
            return out;
        }
        if (t instanceof RowRefused r) {
            return r.errors;
        }
        if (t instanceof ProblemException p) {
            if (p.errors() == null || p.errors().isEmpty()) {
                return List.of(new ImportResult.RowError(null, p.getMessage()));
            }
            List<ImportResult.RowError> out = new ArrayList<>();
            for (FieldError f : p.errors()) {
                out.add(new ImportResult.RowError(columns.getOrDefault(f.field(), f.field()), f.message()));
            }
            return out;
        }
        org.jboss.logging.Logger.getLogger(Importer.class).warn("import row failed", e);
        return List.of(new ImportResult.RowError(null, "could not be stored"));
    }

    private static boolean parseMode(String mode) {
        if (mode == null || mode.isBlank() || mode.equals("per-row")) {
            return false;
        }
        if (mode.equals("all-or-nothing")) {
            return true;
        }
        throw ProblemException.badParameter("mode", "must be per-row or all-or-nothing");
    }

    private static ImportResult result(String mode, int total, List<ImportResult.RowResult> rows) {
        int created = (int) rows.stream().filter(r -> r.status().equals("CREATED")).count();
        int refused = (int) rows.stream().filter(r -> r.status().equals("REFUSED")).count();
        return new ImportResult(mode, total, created, refused, rows);
    }
}
