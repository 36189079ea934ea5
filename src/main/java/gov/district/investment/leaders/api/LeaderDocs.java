package gov.district.investment.leaders.api;

/**
 * The OpenAPI prose and examples of LeaderResource, kept beside the API records so the resource shows the
 * contract's shape at a glance; the strings are the contract's own (openapi/ is generated from them).
 */
public final class LeaderDocs {

    public static final String CREATE_EXAMPLE = "{\"name\":\"王建国\",\"title\":\"常务副区长\",\"phone\":\"13803350001\"}";

    public static final String LIST = "Sortable: id, name, title, createdAt, updatedAt; default id. phone only for admin and project-office.";

    public static final String GET = "phone only for admin and project-office. The ETag header carries the version for If-Match.";

    public static final String PATCH = "JSON Merge Patch (RFC 7396) of name, title, phone and active. Deactivating a leader still assigned to projects is 409 (projectIds lists them) until they are reassigned. Optional If-Match: 412 when stale. Roles: project-office, admin.";

    public static final String HISTORY = "Every create and change: who, when, before and after, oldest first (phone only for admin and project-office).";

    public static final String PROJECTS = "Assignments current and past, newest first; current=true or false narrows to one kind.";

    public static final String DASHBOARD = "Over the projects the leader leads (LEAD) on asOf: counts by stage, plan vs completed vs 均衡进度 summed (the year of asOf, reports as known then), open problems by escalation level (as they are now), milestones and decisions overdue on asOf, and the projects behind 均衡进度, each with ids to drill into. asOf defaults to today (Asia/Shanghai); a future asOf is 422.";

    private LeaderDocs() {
    }
}
