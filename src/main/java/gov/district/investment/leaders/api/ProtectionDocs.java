package gov.district.investment.leaders.api;

/**
 * The OpenAPI prose and examples of ProtectionResource, kept beside the API records so the resource shows the
 * contract's shape at a glance; the strings are the contract's own (openapi/ is generated from them).
 */
public final class ProtectionDocs {

    public static final String PUT = "Creates (201) or replaces (200) the project's one listing. An unknown contactUnitCode or until before since is 422. If-Match: 412 when stale (or sent for a listing that does not exist). Roles: project-office, admin.";

    public static final String PUT_EXAMPLE = "{\"since\":\"2026-03-01\",\"until\":\"2027-12-31\",\"contactUnitCode\":\"FGJ\",\"note\":\"未经区领导批准，任何部门不得入企检查\"}";

    public static final String DELETE = "The audit trail keeps it; the project keeps its registered inspections. Optional If-Match: 412 when stale. Roles: project-office, admin.";

    public static final String HISTORY = "Every listing, change and removal: who, when, before and after, oldest first.";

    public static final String INSPECT = "409 when the project is not listed on the inspection's date; a date in the future is 422. Roles: project-office, admin; unit when it is the listing's contactUnitCode; leader when currently assigned to the project.";

    public static final String INSPECT_EXAMPLE = "{\"date\":\"2026-11-20\",\"agency\":\"区市场监督管理局\",\"purpose\":\"特种设备安全检查\",\"approvedBy\":\"王建国（常务副区长）\"}";

    public static final String INSPECTIONS = "Sortable: id, date, projectId, createdAt; default newest date first. Across projects at GET /api/v1/protected-projects/inspections.";

    private ProtectionDocs() {
    }
}
