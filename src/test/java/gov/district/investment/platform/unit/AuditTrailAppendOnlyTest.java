package gov.district.investment.platform.unit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No code path changes the audit trail: outside the Flyway migrations (schema only), nothing in the
 * application updates, deletes or truncates an {@code *_aud} table or {@code revinfo}. Envers only
 * ever inserts there, so the only statements that touch those tables from the service are reads.
 */
class AuditTrailAppendOnlyTest {

    private static final Pattern WRITE_TO_AUDIT = Pattern.compile(
            "(?is)\\b(update|delete\\s+from|delete|truncate(\\s+table)?|drop\\s+table|alter\\s+table|replace\\s+into)"
                    + "\\s+[`\"]?\\w*(_aud|revinfo)\\b");
    private static final Pattern READ_OF_AUDIT = Pattern.compile("(?i)\\b\\w+_aud\\b|\\brevinfo\\b");

    @Test
    void nothingOutsideMigrationsWritesToAuditTables() throws IOException {
        List<String> offenders = new ArrayList<>();
        int readers = 0;
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/main/resources"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile)
                        .filter(f -> !f.toString().contains("db" + java.io.File.separator + "migration"))
                        .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".sql")
                                || f.toString().endsWith(".properties"))
                        .toList()) {
                    String text = Files.readString(file);
                    Matcher m = WRITE_TO_AUDIT.matcher(text);
                    while (m.find()) {
                        offenders.add(file + ": " + m.group());
                    }
                    if (READ_OF_AUDIT.matcher(text).find()) {
                        readers++;
                    }
                }
            }
        }
        assertEquals(List.of(), offenders);
        // the scan does look at the code that reads the trail (as-of queries, history), so a miss is not vacuous
        assertTrue(readers >= 5, "expected the as-of readers in the scan, found " + readers);
    }

    @Test
    void thePatternCatchesWhatItMustCatch() {
        for (String sql : List.of("update project_aud set", "DELETE FROM revinfo where", "delete lead_aud",
                "truncate table investor_aud", "update `problem_aud` set")) {
            assertTrue(WRITE_TO_AUDIT.matcher(sql).find(), sql);
        }
        assertTrue(!WRITE_TO_AUDIT.matcher("select a.id from project_aud a join revinfo r").find());
    }
}
