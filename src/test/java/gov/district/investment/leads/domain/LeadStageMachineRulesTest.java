package gov.district.investment.leads.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import gov.district.investment.platform.domain.Conflict;
import gov.district.investment.platform.domain.IllegalTransition;
import gov.district.investment.platform.domain.RuleBroken;

import static gov.district.investment.leads.domain.LeadStage.*;
import static org.junit.jupiter.api.Assertions.*;

/** The lead stage machine without a container: every stage's targets and the entity's invariants. */
class LeadStageMachineRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");

    @Test
    void targetsOfEveryStage() {
        assertEquals(EnumSet.of(CONTACTED, DROPPED), CLUE.allowedTargets(null));
        assertEquals(EnumSet.of(NEGOTIATING, DROPPED), CONTACTED.allowedTargets(null));
        assertEquals(EnumSet.of(SIGNED, DROPPED), NEGOTIATING.allowedTargets(null));
        assertEquals(EnumSet.of(LANDED, DROPPED), SIGNED.allowedTargets(null));
        assertEquals(EnumSet.of(DROPPED), LANDED.allowedTargets(null));
        assertEquals(Set.of(), CONVERTED.allowedTargets(null));
        for (LeadStage left : OPEN) {
            assertEquals(EnumSet.of(left), DROPPED.allowedTargets(left), "reopens to " + left);
        }
        assertTrue(SIGNED.isConvertible() && LANDED.isConvertible());
        assertFalse(NEGOTIATING.isConvertible() || DROPPED.isConvertible() || CONVERTED.isConvertible());
    }

    @Test
    void signingDroppingReopeningAndConverting() {
        Lead lead = Lead.open(NOW);
        lead.transitionTo(CONTACTED, TODAY.minusDays(10), null, null, null, TODAY, "t", NOW);
        lead.transitionTo(NEGOTIATING, TODAY.minusDays(5), null, null, null, TODAY, "t", NOW);
        RuleBroken missing = assertThrows(RuleBroken.class,
                () -> lead.transitionTo(SIGNED, TODAY, null, null, null, TODAY, "t", NOW));
        assertEquals(2, missing.violations().size());
        LeadTransition dropped = lead.transitionTo(DROPPED, TODAY.minusDays(4), " 暂缓 ", null, null, TODAY, "t", NOW);
        assertEquals("暂缓", dropped.reason);
        assertEquals(NEGOTIATING, lead.droppedFrom());
        assertThrows(Conflict.class, () -> lead.followedUp(TODAY, null, NOW));
        lead.transitionTo(NEGOTIATING, TODAY.minusDays(3), null, null, null, TODAY, "t", NOW);
        assertNull(lead.droppedFrom());
        assertThrows(IllegalTransition.class, lead::ensureConvertible);
        lead.transitionTo(SIGNED, TODAY, null, TODAY.minusDays(60), new BigDecimal("500.00"), TODAY, "t", NOW);
        assertEquals(TODAY.minusDays(60), lead.signedDate());
        lead.convertedInto(42L, TODAY, "t", NOW);
        assertEquals(CONVERTED, lead.stage());
        assertEquals(42L, lead.projectId());
        Conflict again = assertThrows(Conflict.class, () -> lead.convertedInto(43L, TODAY, "t", NOW));
        assertEquals(42L, again.facts().get("projectId"));
        assertThrows(Conflict.class, lead::ensureChangeable);
    }

    @Test
    void staleCountsFromTheLastFollowUpOrTheCreation() {
        Lead lead = Lead.open(NOW);
        LocalDate created = TODAY.minusDays(40);
        assertTrue(lead.isStale(TODAY, 30, created));
        lead.followedUp(TODAY.minusDays(29), null, NOW);
        assertFalse(lead.isStale(TODAY, 30, created));
        assertTrue(lead.isStale(TODAY.plusDays(1), 30, created));
        lead.followedUp(TODAY.minusDays(35), TODAY, NOW); // older: moves nothing
        assertEquals(TODAY.minusDays(29), lead.lastFollowUpDate());
        assertNull(lead.nextFollowUpDate);
    }
}
