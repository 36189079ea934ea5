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
 * Generated clients name their methods after operationIds and their API classes after tags: every
 * operation carries a unique verb-first id and one resource tag, grouped by context (x-tagGroups),
 * so adding or reordering endpoints never renames an integrator's methods or classes.
 */
@QuarkusTest
@BusinessTime("2026-11-27T10:00") // the calendar is not its subject: one stated day, one run
@DatabaseAgnostic
class ContractNamesTest {

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

    /** One tag per operation, each a resource, each in exactly one context group: one API class per resource. */
    @Test
    void everyOperationHasOneResourceTagInOneContextGroup() {
        io.restassured.path.json.JsonPath spec = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> groups = spec.getList("x-tagGroups");
        Map<String, String> groupOf = new java.util.HashMap<>();
        for (Map<String, Object> group : groups) {
            for (Object tag : (List<?>) group.get("tags")) {
                assertEquals(null, groupOf.put(tag.toString(), group.get("name").toString()), tag + " is in two groups");
            }
        }
        assertEquals(List.of("pipeline", "leaders", "leads", "reference", "platform"),
                groups.stream().map(g -> g.get("name")).toList());
        Map<String, Map<String, Map<String, Object>>> paths = spec.getMap("paths");
        for (Map.Entry<String, Map<String, Map<String, Object>>> path : paths.entrySet()) {
            for (Map.Entry<String, Map<String, Object>> operation : path.getValue().entrySet()) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                List<?> tags = (List<?>) operation.getValue().get("tags");
                String where = operation.getKey().toUpperCase() + " " + path.getKey();
                assertEquals(1, tags == null ? 0 : tags.size(), where + " has tags " + tags);
                assertTrue(groupOf.containsKey(tags.get(0).toString()), where + ": tag " + tags.get(0) + " is in no group");
            }
        }
    }

    /** A schema named by the scanner with a number (ReferenceList1) renames itself whenever another list is added. */
    @Test
    void noSchemaCarriesAGeneratedNumber() {
        Map<String, Object> schemas = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("components.schemas");
        assertEquals(List.of(), schemas.keySet().stream().filter(name -> name.matches(".*\\d$")).toList(),
                "schemas with generated numbered names");
    }
}
