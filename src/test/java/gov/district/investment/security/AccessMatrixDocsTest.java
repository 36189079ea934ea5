package gov.district.investment.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The matrix, its page and the contract cannot drift: the table in docs/access-matrix.md is exactly the
 * matrix's rendering, and the matrix lists exactly the operations of openapi/openapi.yaml.
 * Run with {@code -Dmatrix.writeDoc=true} to re-render the table after editing the CSV.
 */
class AccessMatrixDocsTest {

    private static final Path PAGE = Path.of("docs/access-matrix.md");
    private static final Path OPENAPI = Path.of("openapi/openapi.yaml");
    private static final Pattern PATH = Pattern.compile("^  (/\\S+):\\s*$");
    private static final Pattern METHOD = Pattern.compile("^    (get|put|post|delete|patch|head|options):\\s*$");

    @Test
    void theDocumentedTableIsTheMatrixRendered() throws IOException {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        int begin = page.indexOf(AccessMatrix.BEGIN);
        int end = page.indexOf(AccessMatrix.END);
        assertTrue(begin >= 0 && end > begin,
                "docs/access-matrix.md must hold the matrix between " + AccessMatrix.BEGIN + " and " + AccessMatrix.END);
        String rendered = "\n" + AccessMatrix.load().render();
        String current = page.substring(begin + AccessMatrix.BEGIN.length(), end);
        if (Boolean.getBoolean("matrix.writeDoc") && !current.equals(rendered)) {
            Files.writeString(PAGE, page.substring(0, begin + AccessMatrix.BEGIN.length()) + rendered + page.substring(end),
                    StandardCharsets.UTF_8);
            return;
        }
        assertEquals(rendered, current,
                "docs/access-matrix.md differs from security/matrix.csv (re-render with -Dmatrix.writeDoc=true)");
    }

    @Test
    void matrixCoversExactlyTheContractsOperations() throws IOException {
        Set<String> contract = new TreeSet<>(operationsOf(Files.readAllLines(OPENAPI, StandardCharsets.UTF_8)).keySet());
        Set<String> matrix = new TreeSet<>(AccessMatrix.load().operations());
        Set<String> missing = new TreeSet<>(contract);
        missing.removeAll(matrix);
        Set<String> unknown = new TreeSet<>(matrix);
        unknown.removeAll(contract);
        assertTrue(missing.isEmpty() && unknown.isEmpty(),
                "operations without a matrix row: " + missing + "; matrix rows not in the contract: " + unknown);
    }

    /**
     * The declarative role gate (@RolesAllowed, which the contract lists per operation) and the
     * matrix agree: a role the gate lets in has a 2xx somewhere in its cell, any other role is 403.
     */
    @Test
    void roleGateAgreesWithTheMatrix() throws IOException {
        Map<String, List<String>> gates = operationsOf(Files.readAllLines(OPENAPI, StandardCharsets.UTF_8));
        AccessMatrix matrix = AccessMatrix.load();
        List<String> disagreements = new ArrayList<>();
        for (String operation : matrix.operations()) {
            List<String> gate = gates.get(operation);
            for (String role : AccessMatrix.ROLES) {
                String cell = matrix.cell(operation, role);
                boolean admitted = gate == null || gate.isEmpty() || gate.contains(role);
                if (admitted ? !cell.contains("2xx") : !cell.equals("403")) {
                    disagreements.add(operation + " " + role + ": gate " + (gate == null || gate.isEmpty() ? "any role" : gate)
                            + ", cell " + cell);
                }
            }
        }
        assertTrue(disagreements.isEmpty(), String.join("\n", disagreements));
    }

    /** "METHOD /path" → the roles its bearer requirement names (empty: any authenticated caller), in file order. */
    static Map<String, List<String>> operationsOf(List<String> lines) {
        Map<String, List<String>> operations = new LinkedHashMap<>();
        boolean inPaths = false;
        String path = null;
        List<String> roles = null;
        boolean inBearer = false;
        for (String line : lines) {
            if (!line.startsWith(" ")) {
                inPaths = line.startsWith("paths:");
                path = null;
                continue;
            }
            if (!inPaths) {
                continue;
            }
            Matcher p = PATH.matcher(line);
            if (p.matches()) {
                path = p.group(1);
                roles = null;
                continue;
            }
            Matcher m = METHOD.matcher(line);
            if (m.matches() && path != null) {
                roles = new ArrayList<>();
                operations.put(m.group(1).toUpperCase() + " " + path, roles);
                inBearer = false;
                continue;
            }
            if (roles == null) {
                continue;
            }
            if (line.equals("      - bearer:")) {
                inBearer = true;
            } else if (inBearer && line.startsWith("        - ")) {
                roles.add(line.substring("        - ".length()).trim());
            } else {
                inBearer = false;
            }
        }
        return operations;
    }
}
