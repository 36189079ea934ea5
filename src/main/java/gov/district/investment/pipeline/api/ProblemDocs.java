package gov.district.investment.pipeline.api;

/**
 * The OpenAPI prose and examples of ProblemResource, kept beside the API records so the resource shows the
 * contract's shape at a glance; the strings are the contract's own (openapi/ is generated from them).
 */
public final class ProblemDocs {

    public static final String WORKERS_DOC = "Roles: project-office, admin; unit for projects whose ownerUnitCode is its unit, or for problems assigned to it (responsibleUnitCode).";

    public static final String LIST = "Filtered, sorted and paged (without escalation histories). Sortable: id, dueDate, projectId, createdAt, updatedAt; default dueDate. overdue follows today (Asia/Shanghai).";

    public static final String EXPORT = "Roles: every reader of the list. The same filters as the list (paging and sort aside: rows by id), streamed as XLSX (default) or UTF-8 CSV with a BOM; Chinese headers, amounts as numbers with their unit in the header, dates as dates.";

    public static final String GET = "With status, escalationLevel and the escalation history. The ETag header carries the version for If-Match.";

    public static final String PATCH = "JSON Merge Patch (RFC 7396) of title, description, category, responsibleUnitCode and dueDate while it is open (409 once RESOLVED or CLOSED). status and escalationLevel change only through transitions and escalations (422 if a patch tries). A changed dueDate may not lie in the past. Optional If-Match: 412 when stale. Roles: project-office, admin; unit only for projects whose ownerUnitCode is its unit.";

    public static final String TRANSITION = "OPEN → IN_PROGRESS → RESOLVED (resolution required); OPEN or IN_PROGRESS → CLOSED without resolution (reason required). An illegal move is 409 listing allowedTargets; a missing resolution or reason is 422. Answers the changed problem. Optional If-Match: 412 when stale. "
            + WORKERS_DOC;

    public static final String TRANSITION_EXAMPLE = "{\"toStatus\":\"RESOLVED\",\"resolution\":\"征拆协议已全部签订，二期桩基恢复施工\"}";

    public static final String ESCALATE = "UNIT → LEADER → DISTRICT, with the new level's deadline (app.escalation.leader-days / district-days from today). 409 at DISTRICT or when RESOLVED or CLOSED. Problems past their deadline also escalate by rule, once a day. Optional If-Match: 412 when stale. "
            + WORKERS_DOC;

    public static final String ESCALATIONS = "Every escalation of the problem, manual and by rule, oldest first.";

    public static final String HISTORY = "Every create, change, status move and escalation: who, when, before and after, oldest first.";

    private ProblemDocs() {
    }
}
