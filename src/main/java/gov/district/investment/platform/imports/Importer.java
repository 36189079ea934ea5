package gov.district.investment.platform.imports;

import gov.district.investment.platform.config.AppConfig;
import gov.district.investment.platform.error.FieldError;
import gov.district.investment.platform.error.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs an import through the contexts' own create methods. Per row (the default) each row is its
 * own transaction; all-or-nothing first tries every row in its own transaction that is always
 * rolled back (so every refusal is reported), then, when none was refused, creates all rows in one
 * transaction, rolled back whole if a row still fails.
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

    private final AppConfig config;

    public Importer(AppConfig config) {
        this.config = config;
    }

    public List<ImportTable.Line> read(byte[] body) {
        return ImportTable.read(body, config.imports().maxBytes(), config.imports().maxRows());
    }

    /**
     * @param create creates the row's record and returns its id; throws ProblemException or RowRefused
     * @param columns API field name → column header, to name the column of a refused field
     */
    public ImportResult run(List<ImportTable.Line> lines, String mode, Function<ImportTable.Line, Long> create,
                            Map<String, String> columns) {
        boolean allOrNothing = parseMode(mode);
        List<ImportResult.RowResult> results = new ArrayList<>();
        if (!allOrNothing) {
            for (ImportTable.Line line : lines) {
                results.add(attempt(line, create, columns, false));
            }
            return result("per-row", lines.size(), results);
        }
        for (ImportTable.Line line : lines) {
            results.add(attempt(line, create, columns, true));
        }
        if (results.stream().anyMatch(r -> r.status().equals("REFUSED"))) {
            return result("all-or-nothing", lines.size(), results.stream().map(r -> r.status().equals("REFUSED") ? r
                    : new ImportResult.RowResult(r.row(), "NOT_CREATED", null, List.of())).toList());
        }
        List<ImportResult.RowResult> created = new ArrayList<>();
        ImportResult.RowResult[] failed = new ImportResult.RowResult[1];
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                for (ImportTable.Line line : lines) {
                    try {
                        created.add(new ImportResult.RowResult(line.row(), "CREATED", create.apply(line), List.of()));
                    } catch (RuntimeException e) {
                        failed[0] = new ImportResult.RowResult(line.row(), "REFUSED", null, errors(e, columns));
                        QuarkusTransaction.setRollbackOnly();
                        return;
                    }
                }
            });
        } catch (RuntimeException e) {
            if (failed[0] == null) {
                failed[0] = new ImportResult.RowResult(lines.get(0).row(), "REFUSED", null, errors(e, columns));
            }
        }
        if (failed[0] != null) {
            ImportResult.RowResult refusal = failed[0];
            return result("all-or-nothing", lines.size(), lines.stream().map(l -> l.row() == refusal.row() ? refusal
                    : new ImportResult.RowResult(l.row(), "NOT_CREATED", null, List.of())).toList());
        }
        return result("all-or-nothing", lines.size(), created);
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

    /** Thrown to roll back a row that passed in all-or-nothing's first pass. */
    private static final class DryRunPassed extends RuntimeException {
        DryRunPassed() {
            super(null, null, false, false);
        }
    }

    private static List<ImportResult.RowError> errors(Throwable e, Map<String, String> columns) {
        Throwable t = e;
        while (t != null && !(t instanceof ProblemException) && !(t instanceof RowRefused)
                && !(t instanceof jakarta.validation.ConstraintViolationException) && t.getCause() != null && t.getCause() != t) {
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
