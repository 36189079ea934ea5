package gov.district.investment.leaders.api;

/**
 * The OpenAPI prose and examples of ProjectLeaderResource, kept beside the API records so the resource shows the
 * contract's shape at a glance; the strings are the contract's own (openapi/ is generated from them).
 */
public final class ProjectLeaderDocs {

    public static final String ASSIGN = "Only key projects (level not NONE) take leaders (422). The leader must exist and be active (422 on leaderId). One LEAD at a time: a new LEAD ends the current one on since (its until); a leader already on the project in another role has that assignment ended the same way; the same leader in the same role again is 409. since defaults to today and may not lie in the future. Roles: project-office, admin.";

    public static final String ASSIGN_EXAMPLE = "{\"leaderId\":3,\"role\":\"LEAD\",\"since\":\"2026-01-15\"}";

    public static final String LIST = "Current and past assignments, newest first; current ones have no until.";

    public static final String END = "Sets until to today; the assignment stays in the project's list and the leader's projects. 404 when the leader has no current assignment to the project. Roles: project-office, admin.";

    private ProjectLeaderDocs() {
    }
}
