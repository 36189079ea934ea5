package gov.district.investment.platform.unit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import gov.district.investment.platform.domain.Conflict;
import gov.district.investment.platform.domain.FieldError;
import gov.district.investment.platform.domain.IllegalTransition;
import gov.district.investment.platform.domain.NotFound;
import gov.district.investment.platform.domain.RuleBroken;
import gov.district.investment.platform.error.ProblemException;
import gov.district.investment.platform.error.ProblemMapper;
import gov.district.investment.platform.error.ProblemType;
import gov.district.investment.platform.http.IfMatch;
import gov.district.investment.platform.json.MergePatch;
import gov.district.investment.platform.json.Text;
import gov.district.investment.platform.paging.SortSpec;
import gov.district.investment.platform.validation.CreditCodeValidator;

import static org.junit.jupiter.api.Assertions.*;

/** Rules of the shared mechanisms, without a running service. */
class PlatformRulesTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void creditCodeCheckDigit() {
        assertTrue(CreditCodeValidator.isValid("91350100M000100Y43"));
        assertTrue(CreditCodeValidator.isValid("91110000600037341L"));
        assertFalse(CreditCodeValidator.isValid("91350100M000100Y44"), "wrong check digit");
        assertFalse(CreditCodeValidator.isValid("91350100M000100Y4"), "too short");
        assertFalse(CreditCodeValidator.isValid("91350100I000100Y43"), "I is not in the alphabet");
        assertFalse(CreditCodeValidator.isValid("91350100m000100Y43"), "lower case");
        String made = CreditCodeValidator.withCheckDigit("91130302MA07L6XQ4");
        assertTrue(CreditCodeValidator.isValid(made));
    }

    @Test
    void mergePatchFollowsRfc7396() throws Exception {
        JsonNode target = mapper.readTree("{\"a\":\"b\",\"c\":{\"d\":\"e\",\"f\":\"g\"}}");
        JsonNode patch = mapper.readTree("{\"a\":\"z\",\"c\":{\"f\":null}}");
        assertEquals(mapper.readTree("{\"a\":\"z\",\"c\":{\"d\":\"e\"}}"), MergePatch.apply(target, patch));
        assertEquals(mapper.readTree("[1]"), MergePatch.apply(target, mapper.readTree("[1]")));
        assertEquals(mapper.readTree("{\"a\":\"b\",\"c\":{\"d\":\"e\",\"f\":\"g\"},\"n\":[1]}"),
                MergePatch.apply(target, mapper.readTree("{\"n\":[1]}")));
    }

    @Test
    void ifMatch() {
        IfMatch.none().check(5);
        IfMatch.parse("*").check(5);
        IfMatch.parse("\"5\"").check(5);
        IfMatch.parse("W/\"5\"").check(5);
        IfMatch.parse("\"4\", \"5\"").check(5);
        ProblemException stale = assertThrows(ProblemException.class, () -> IfMatch.parse("\"4\"").check(5));
        assertEquals(412, stale.type().status());
        assertThrows(ProblemException.class, () -> IfMatch.parse("garbage").check(5));
        assertFalse(IfMatch.parse(null).present());
        assertTrue(IfMatch.parse("\"1\"").present());
    }

    @Test
    void wellFormedText() {
        assertTrue(Text.isWellFormed("奥通360万吨钢材配送𠀀🏗"));
        assertFalse(Text.isWellFormed("bad\ud800"));
        assertFalse(Text.isWellFormed("\udc00bad"));
        assertFalse(Text.isWellFormed("nul\u0000"));
    }

    @Test
    void sortSpecEndsWithIdAndRefusesUnknownFields() {
        SortSpec spec = SortSpec.of("-id", "id", "id", "name", "name", "totalInvestment", "totalInvestment");
        assertEquals(java.util.List.of(new SortSpec.Order("totalInvestment", true), new SortSpec.Order("id", true)),
                spec.parse("-totalInvestment"));
        assertEquals(java.util.List.of(new SortSpec.Order("id", true)), spec.parse(null));
        ProblemException e = assertThrows(ProblemException.class, () -> spec.parse("colour"));
        assertEquals("sort", e.errors().get(0).field());
    }

    @Test
    void eachKindOfDomainRefusalKeepsItsProblemType() {
        assertEquals(ProblemType.NOT_FOUND, ProblemMapper.typeOf(new NotFound("Project", 1)));
        assertEquals(ProblemType.VALIDATION, ProblemMapper.typeOf(new RuleBroken("since", "must not be after until")));
        assertEquals(ProblemType.ILLEGAL_TRANSITION,
                ProblemMapper.typeOf(new IllegalTransition("PLANNING cannot move to OPERATING")));
        assertEquals(ProblemType.CONFLICT, ProblemMapper.typeOf(new Conflict("already closed")));
        assertEquals("2 fields are invalid", new RuleBroken(java.util.List.of(
                new FieldError("a", "x"), new FieldError("b", "y"))).getMessage());
    }
}
