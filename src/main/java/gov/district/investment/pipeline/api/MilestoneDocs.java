package gov.district.investment.pipeline.api;

/**
 * The OpenAPI prose and examples of MilestoneResource, kept beside the API records so the resource shows the
 * contract's shape at a glance; the strings are the contract's own (openapi/ is generated from them).
 */
public final class MilestoneDocs {

    public static final String WRITERS_DOC = "Roles: project-office, admin; unit only for projects whose ownerUnitCode is its unit.";

    public static final String CREATE = "responsibleUnitCode defaults to the project's ownerUnitCode; an unknown unit code or a doneDate in the future is 422. "
            + WRITERS_DOC;

    public static final String CREATE_EXAMPLE = "{\"name\":\"取得施工许可证\",\"type\":\"CONSTRUCTION_PERMIT\",\"dueDate\":\"2026-12-20\",\"responsibleUnitCode\":\"ZJJ\",\"note\":\"需规划局先行出具规划条件\"}";

    public static final String PLAN_BACKWARD = "Creates one milestone per step, all or none: the last step is due on targetDate, each earlier step durationDays of the step after it earlier (calendar days). The milestones belong to the project's ownerUnitCode. 422 when the first step would already be overdue. "
            + WRITERS_DOC;

    public static final String PLAN_BACKWARD_EXAMPLE = "{\"targetDate\":\"2027-06-30\",\"steps\":[{\"name\":\"取得施工许可证\",\"type\":\"CONSTRUCTION_PERMIT\",\"durationDays\":30},{\"name\":\"开工\",\"type\":\"START\",\"durationDays\":15},{\"name\":\"主体封顶\",\"type\":\"TOPPING_OUT\",\"durationDays\":150},{\"name\":\"竣工验收\",\"type\":\"COMPLETION\",\"durationDays\":60}]}";

    public static final String LIST = "Paged; sortable: "
            + "id, dueDate, doneDate, name, projectId, createdAt, updatedAt; default dueDate. status is derived from today (Asia/Shanghai).";

    public static final String GET = "The ETag header carries the version for If-Match. 404 under another project's path.";

    public static final String PATCH = "JSON Merge Patch (RFC 7396); set doneDate to mark it DONE, null clears it. status is derived (422 if a patch tries to change it). Optional If-Match: 412 when stale. "
            + WRITERS_DOC;

    public static final String DELETE = "The audit trail keeps it. Optional If-Match: 412 when stale. " + WRITERS_DOC;

    public static final String HISTORY = "Every create, change and delete: who, when, before and after, oldest first.";

    private MilestoneDocs() {
    }
}
