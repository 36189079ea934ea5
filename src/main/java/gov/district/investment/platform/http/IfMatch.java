package gov.district.investment.platform.http;

import java.util.HashSet;
import java.util.Set;

import gov.district.investment.platform.error.ProblemException;
import gov.district.investment.platform.error.ProblemType;

/**
 * An optional {@code If-Match} precondition against a resource's {@code version}. Absent means
 * "no precondition" (simple clients still work; optimistic locking still prevents lost updates).
 */
public final class IfMatch {

    private static final IfMatch NONE = new IfMatch(false, Set.of());
    private static final IfMatch ANY = new IfMatch(true, Set.of());

    private final boolean any;
    private final Set<Long> versions;

    private IfMatch(boolean any, Set<Long> versions) {
        this.any = any;
        this.versions = versions;
    }

    public static IfMatch none() {
        return NONE;
    }

    /** Parses {@code "3"}, {@code W/"3"}, {@code "3", "4"} or {@code *}; anything else never matches. */
    public static IfMatch parse(String header) {
        if (header == null || header.isBlank()) {
            return NONE;
        }
        if (header.trim().equals("*")) {
            return ANY;
        }
        Set<Long> versions = new HashSet<>();
        for (String tag : header.split(",")) {
            String t = tag.trim();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
                try {
                    versions.add(Long.parseLong(t.substring(1, t.length() - 1)));
                } catch (NumberFormatException ignored) {
                    // an entity tag we never issued: it cannot match
                }
            }
        }
        return new IfMatch(false, versions);
    }

    public boolean present() {
        return this != NONE;
    }

    /**
     * For a PUT that would create the record: an If-Match cannot match what does not exist
     * (RFC 9110), so any precondition but none is 412.
     */
    public void checkAbsent(String what) {
        if (present()) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "If-Match was sent but " + what + " does not exist");
        }
    }

    /** Throws 412 when a precondition was sent and the current version does not satisfy it. */
    public void check(long currentVersion) {
        if (this == NONE || any || versions.contains(currentVersion)) {
            return;
        }
        throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                "If-Match does not match the current version " + currentVersion + "; read the resource again")
                .with("currentVersion", currentVersion)
                .header("ETag", ETags.of(currentVersion));
    }
}
