package gov.district.investment.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The access matrix of {@code security/matrix.csv}: operation × role → expected outcome. It is the
 * one source the table in docs/access-matrix.md is rendered from and {@link AccessMatrixTest} walks.
 *
 * <p>
 * A cell is a status class ({@code 2xx}, {@code 403}, {@code 404}) or, where a row rule decides,
 * space-separated {@code variant:status} pairs, e.g. {@code own:2xx foreign:403}.
 */
public final class AccessMatrix {

    public static final String RESOURCE = "security/matrix.csv";
    public static final List<String> ROLES = List.of("admin", "project-office", "investment-bureau", "unit", "leader",
            "reader");
    public static final List<String> STATUSES = List.of("2xx", "403", "404");
    /** Where the rendered table sits in docs/access-matrix.md. */
    public static final String BEGIN = "<!-- access-matrix:begin (rendered from src/test/resources/security/matrix.csv by AccessMatrixDocsTest) -->";
    public static final String END = "<!-- access-matrix:end -->";

    /** One expectation: the operation, as this role, on the variant's record (null: the default one). */
    public record Cell(String operation, String role, String variant, String expected) {
        @Override
        public String toString() {
            return operation + " as " + role + (variant == null ? "" : " (" + variant + ")") + " → " + expected;
        }
    }

    /** operation → role → raw cell, in file order. */
    private final Map<String, Map<String, String>> rows;

    private AccessMatrix(Map<String, Map<String, String>> rows) {
        this.rows = rows;
    }

    public static AccessMatrix load() {
        try (InputStream in = AccessMatrix.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AccessMatrix parse(String text) {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        boolean header = true;
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split(",", -1);
            if (header) {
                List<String> columns = Arrays.asList(fields).subList(1, fields.length);
                if (!columns.equals(ROLES)) {
                    throw new IllegalStateException("columns must be operation," + String.join(",", ROLES) + ": " + line);
                }
                header = false;
                continue;
            }
            if (fields.length != ROLES.size() + 1) {
                throw new IllegalStateException("one cell per role expected: " + line);
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 0; i < ROLES.size(); i++) {
                String cell = fields[i + 1].trim();
                pairs(cell); // validates
                cells.put(ROLES.get(i), cell);
            }
            if (rows.put(fields[0].trim(), cells) != null) {
                throw new IllegalStateException("operation listed twice: " + fields[0]);
            }
        }
        return new AccessMatrix(rows);
    }

    /** variant (null for a bare status) → expected status. */
    static Map<String, String> pairs(String cell) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String token : cell.split(" +")) {
            int colon = token.indexOf(':');
            String variant = colon < 0 ? null : token.substring(0, colon);
            String status = colon < 0 ? token : token.substring(colon + 1);
            if (!STATUSES.contains(status) || pairs.containsKey(variant) || (variant == null && cell.contains(":"))) {
                throw new IllegalStateException("bad cell '" + cell + "'");
            }
            pairs.put(variant, status);
        }
        return pairs;
    }

    /** The raw cell, as written in the file. */
    public String cell(String operation, String role) {
        return rows.get(operation).get(role);
    }

    public List<String> operations() {
        return List.copyOf(rows.keySet());
    }

    public List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        rows.forEach((operation, byRole) -> byRole.forEach((role, cell) -> pairs(cell)
                .forEach((variant, status) -> cells.add(new Cell(operation, role, variant, status)))));
        return cells;
    }

    /** The rendered table: one row per operation, the cell's rule as written, pairs joined by commas. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append("| operation | ").append(String.join(" | ", ROLES)).append(" |\n");
        out.append("|---|").append("---|".repeat(ROLES.size())).append('\n');
        rows.forEach((operation, byRole) -> out.append("| `").append(operation).append("` | ")
                .append(byRole.values().stream().map(cell -> cell.replace(" ", ", ")).collect(Collectors.joining(" | ")))
                .append(" |\n"));
        return out.toString();
    }
}
