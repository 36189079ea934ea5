package gov.district.investment.leaders.api;

/**
 * The OpenAPI prose and examples of DecisionResource, kept beside the API records so the resource shows the
 * contract's shape at a glance; the strings are the contract's own (openapi/ is generated from them).
 */
public final class DecisionDocs {

    public static final String LIST = "Sortable: id, dueDate, projectId, meetingId, createdAt, updatedAt; default dueDate. status and overdue follow today (Asia/Shanghai).";

    public static final String CLOSE = "409 when already DONE. Optional If-Match: 412 when stale. Roles: project-office, admin; leader when it chaired the meeting or is currently assigned to the decision's project.";

    public static final String HISTORY = "Its creation and closing: who, when, before and after, oldest first.";

    private DecisionDocs() {
    }
}
