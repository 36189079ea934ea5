package gov.district.investment.platform.audit;

import java.time.Instant;

/**
 * SQL for audited rows "as they stood" at an instant: per entity, the latest revision recorded
 * before it, unless that revision deleted the entity.
 *
 * <p>
 * Plain SQL rather than Envers' {@code getRevisionNumberForDate}: that lookup takes the last
 * revision of the whole table before the date and assumes revision numbers rise with time, which
 * holds in production but not once a clock can be set (tests, back-dated imports). Taking the
 * latest revision per entity among those stamped before the instant is right either way.
 */
public final class AuditAsOf {

    /** The named parameter every fragment uses; bind it with {@link #until(Instant)}. */
    public static final String UNTIL = "auditUntil";

    private AuditAsOf() {
    }

    /** Revision timestamps are epoch milliseconds (revinfo.revtstmp). */
    public static long until(Instant instant) {
        return instant.toEpochMilli();
    }

    /**
     * A derived table of {@code auditTable}'s rows at {@code :auditUntil}, with the entity's
     * columns under their own names. {@code auditTable} must be a constant, never input.
     */
    public static String rows(String auditTable) {
        return "(select a.* from " + auditTable + " a join (select x.id, max(x.rev) as rev from " + auditTable
                + " x join revinfo r on r.id = x.rev where r.revtstmp < :" + UNTIL + " group by x.id) l"
                + " on l.id = a.id and l.rev = a.rev where a.revtype <> 2)";
    }

    /**
     * A condition on alias {@code a} of {@code auditTable}: the row is its entity's state at
     * {@code :auditUntil}. For looking up a few entities by their columns; {@link #rows} suits
     * reading a whole table.
     */
    public static String isStateAt(String auditTable) {
        return "a.revtype <> 2 and a.rev = (select max(x.rev) from " + auditTable + " x join revinfo r on r.id = x.rev"
                + " where x.id = a.id and r.revtstmp < :" + UNTIL + ")";
    }
}
