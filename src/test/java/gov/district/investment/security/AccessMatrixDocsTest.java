package gov.district.investment.security;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The matrix, the README and the contract cannot drift: the README's table is exactly the
 * matrix's rendering, and the matrix lists exactly the operations of openapi/openapi.yaml.
 * Run with {@code -Dmatrix.writeReadme=true} to re-render the README's table after editing the CSV.
 */
class AccessMatrixDocsTest {

    private static final Path README = Path.of("README.md");
    private static final Path OPENAPI = Path.of("openapi/openapi.yaml");
    private static final Pattern PATH = Pattern.compile("^  (/\\S+):\\s*$");
    private static final Pattern METHOD = Pattern.compile("^    (get|put|post|delete|patch|head|options):\\s*$");

    @Test
    void readmeTableIsTheMatrixRendered() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int begin = readme.indexOf(AccessMatrix.BEGIN);
        int end = readme.indexOf(AccessMatrix.END);
        assertTrue(begin >= 0 && end > begin, "README.md must hold the matrix between " + AccessMatrix.BEGIN + " and " + AccessMatrix.END);
        String rendered = "\n" + AccessMatrix.load().render();
        String current = readme.substring(begin + AccessMatrix.BEGIN.length(), end);
        if (Boolean.getBoolean("matrix.writeReadme") && !current.equals(rendered)) {
            Files.writeString(README, readme.substring(0, begin + AccessMatrix.BEGIN.length()) + rendered + readme.substring(end),
                    StandardCharsets.UTF_8);
            return;
        }
        assertEquals(rendered, current, "README's access matrix differs from security/matrix.csv (re-render with -Dmatrix.writeReadme=true)");
    }

    @Test
    void matrixCoversExactlyTheContractsOperations() throws IOException {
        Set<String> contract = new TreeSet<>(operationsOf(Files.readAllLines(OPENAPI, StandardCharsets.UTF_8)));
        Set<String> matrix = new TreeSet<>(AccessMatrix.load().operations());
        Set<String> missing = new TreeSet<>(contract);
        missing.removeAll(matrix);
        Set<String> unknown = new TreeSet<>(matrix);
        unknown.removeAll(contract);
        assertTrue(missing.isEmpty() && unknown.isEmpty(),
                "operations without a matrix row: " + missing + "; matrix rows not in the contract: " + unknown);
    }

    /** "METHOD /path" for every operation under paths: (the generated file's two-space layout). */
    static List<String> operationsOf(List<String> lines) {
        List<String> operations = new ArrayList<>();
        boolean inPaths = false;
        String path = null;
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
                continue;
            }
            Matcher m = METHOD.matcher(line);
            if (m.matches() && path != null) {
                operations.add(m.group(1).toUpperCase() + " " + path);
            }
        }
        return operations;
    }
}
