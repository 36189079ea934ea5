package gov.district.investment.security;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import gov.district.investment.security.AccessMatrix.Cell;
import gov.district.investment.support.Api;
import gov.district.investment.support.BusinessTime;
import gov.district.investment.support.DatabaseAgnostic;
import gov.district.investment.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Walks every cell of {@code security/matrix.csv}: each operation as each role (unit {@link MatrixWorld#A},
 * leader {@link MatrixWorld#leaderX}) on the record the cell's variant names, expecting the cell's status
 * class; and each operation without a token, expecting 401. Records are made once per class through
 * the API; a cell whose write consumes its record (a delete, a transition, a conversion) gets a fresh one.
 */
@QuarkusTest
@BusinessTime(MatrixWorld.NOW)
@DatabaseAgnostic
class AccessMatrixTest {

    private static MatrixWorld world;

    static Stream<Cell> cells() {
        return AccessMatrix.load().cells().stream();
    }

    static Stream<String> operations() {
        return AccessMatrix.load().operations().stream();
    }

    private static synchronized MatrixWorld world() {
        if (world == null) {
            world = MatrixWorld.create();
        }
        return world;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void cell(Cell cell) {
        MatrixWorld w = world();
        Response response = w.call(cell.operation(), Api.as(token(w, cell.role())), cell.variant());
        int status = response.statusCode();
        boolean ok = switch (cell.expected()) {
            case "2xx" -> status >= 200 && status < 300;
            default -> status == Integer.parseInt(cell.expected());
        };
        if (!ok) {
            fail(cell + " but was " + status + ": " + abbreviated(response));
        }
        if ("own-rows".equals(cell.variant())) {
            w.assertNoForeignRows(cell.operation(), response);
        }
    }

    @ParameterizedTest(name = "{0} without a token → 401")
    @MethodSource("operations")
    void withoutToken(String operation) {
        Response response = MatrixWorld.anonymous(world(), operation);
        assertEquals(401, response.statusCode(), operation + ": " + abbreviated(response));
    }

    /** Every row variant the matrix uses is one the world knows how to make; a typo would test nothing. */
    @Test
    void variantsAreKnown() {
        Set<String> unknown = new TreeSet<>();
        AccessMatrix.load().cells().stream().map(Cell::variant).filter(v -> v != null && !MatrixWorld.VARIANTS.contains(v))
                .forEach(unknown::add);
        assertTrue(unknown.isEmpty(), "unknown variants " + unknown);
        assertFalse(MatrixWorld.calls().isEmpty());
        Set<String> withoutCall = new TreeSet<>(AccessMatrix.load().operations());
        withoutCall.removeAll(MatrixWorld.calls());
        assertTrue(withoutCall.isEmpty(), "no request defined for " + withoutCall);
    }

    private static String token(MatrixWorld w, String role) {
        return switch (role) {
            case "unit" -> Tokens.unit(MatrixWorld.A);
            case "leader" -> Tokens.leader(w.leaderX);
            default -> Tokens.role(role);
        };
    }

    private static String abbreviated(Response response) {
        String body = new String(response.asByteArray(), StandardCharsets.UTF_8);
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    /** A request without credentials, for the 401 walk. */
    static RequestSpecification noToken() {
        return given().contentType(ContentType.JSON).accept("*/*");
    }
}
