package gov.district.investment.leaders.api;

/**
 * The OpenAPI prose and examples of ProtectedProjectResource, kept beside the API records so the resource shows the
 * contract's shape at a glance; the strings are the contract's own (openapi/ is generated from them).
 */
public final class ProtectedProjectDocs {

    public static final String LIST = "Every listing; active=true those in force today (Asia/Shanghai). Sortable: projectId, since, until, updatedAt, id; default projectId.";

    public static final String INSPECTIONS = "Sortable: id, date, projectId, createdAt; default newest date first.";

    private ProtectedProjectDocs() {
    }
}
