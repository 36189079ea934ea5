package gov.district.investment.platform;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import gov.district.investment.support.BusinessTime;
import gov.district.investment.support.DatabaseAgnostic;
import io.quarkus.test.junit.QuarkusTest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generated clients name their methods after operationIds: every operation carries one, unique,
 * verb first, so adding or reordering endpoints never renames an integrator's methods.
 */
@QuarkusTest
@BusinessTime("2026-11-27T10:00") // the calendar is not its subject: one stated day, one run
@DatabaseAgnostic
class OperationIdsTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");
    private static final Pattern VERB_FIRST = Pattern.compile(
            "^(list|get|create|put|patch|delete|transition|escalate|close|convert|assign|end|export|import|plan)[A-Z][A-Za-z]*$");

    @Test
    void everyOperationHasAUniqueVerbFirstOperationId() {
        Map<String, Map<String, Map<String, Object>>> paths = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        List<String> missing = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int operations = 0;
        for (Map.Entry<String, Map<String, Map<String, Object>>> path : paths.entrySet()) {
            for (Map.Entry<String, Map<String, Object>> operation : path.getValue().entrySet()) {
                if (!METHODS.contains(operation.getKey())) {
                    continue; // path-level parameters
                }
                operations++;
                Object id = operation.getValue().get("operationId");
                String where = operation.getKey().toUpperCase() + " " + path.getKey();
                if (id == null) {
                    missing.add(where);
                    continue;
                }
                assertTrue(VERB_FIRST.matcher(id.toString()).matches(), where + ": " + id + " is not verb-first camelCase");
                assertTrue(seen.add(id.toString()), where + ": operationId " + id + " is used twice");
            }
        }
        assertEquals(List.of(), missing, "operations without an operationId");
        assertTrue(operations >= 100, "the contract lists " + operations + " operations");
    }
}
